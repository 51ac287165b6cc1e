package vn.antq.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The restored window always lies wholly on one connected screen. */
class WindowStateTest {
    // a 1280×720 laptop with a 40 px task bar, and (sometimes) a 1920×1080 monitor on its right
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 680);
    static final Rectangle2D MONITOR = new Rectangle2D(1280, 0, 1920, 1040);

    private static boolean inside(Rectangle2D r, Rectangle2D screen) {
        return r.getMinX() >= screen.getMinX() && r.getMinY() >= screen.getMinY() && r.getMaxX() <= screen.getMaxX()
                && r.getMaxY() <= screen.getMaxY();
    }

    @Test
    void aWindowThatFitsIsRestoredWhereItWas() {
        var p = WindowState.place("100;50;1000;600;false", List.of(LAPTOP, MONITOR), LAPTOP);
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(100, 50, 1000, 600));
        assertThat(p.maximized()).isFalse();
        var m = WindowState.place("1400;100;1600;900;true", List.of(LAPTOP, MONITOR), LAPTOP);
        assertThat(m.bounds()).isEqualTo(new Rectangle2D(1400, 100, 1600, 900));
        assertThat(m.maximized()).isTrue();
    }

    @Test
    void aSessionOnALargerScreenIsShrunkAndMovedOntoTheSmallerOne() {
        // saved on 1366×768 at (43, 24), 1320×740: on 1280×720 the right column and status bar were off screen
        var p = WindowState.place("43;24;1320;740;false", List.of(LAPTOP), LAPTOP);
        assertThat(inside(p.bounds(), LAPTOP)).isTrue();
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(0, 0, 1280, 680));
        var q = WindowState.place("400;300;1000;600;false", List.of(LAPTOP), LAPTOP);
        assertThat(q.bounds()).isEqualTo(new Rectangle2D(280, 80, 1000, 600));
    }

    @Test
    void aWindowAcrossTwoScreensGoesWhollyOntoTheOneItOverlapsMost() {
        var p = WindowState.place("1000;100;1200;700;false", List.of(LAPTOP, MONITOR), LAPTOP);
        assertThat(inside(p.bounds(), MONITOR)).isTrue();
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(1280, 100, 1200, 700));
    }

    @Test
    void aWindowOnAScreenNoLongerConnectedOpensCentredOnThePrimary() {
        var p = WindowState.place("1400;100;1600;900;false", List.of(LAPTOP), LAPTOP);
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(0, 0, 1280, 680));
        var small = new Rectangle2D(0, 0, 1920, 1040);
        var q = WindowState.place("-3000;-3000;1000;700;false", List.of(small), small);
        assertThat(q.bounds()).isEqualTo(new Rectangle2D(320, 160, 1280, 720));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "1;2;3", "a;b;c;d;false", "10;10;-5;600;false", "10;10;300;200;false"})
    void nothingUsableSavedGivesTheDefaultCentred(String saved) {
        var screen = new Rectangle2D(0, 0, 1920, 1040);
        var p = WindowState.place(saved, List.of(screen), screen);
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(320, 160, 1280, 720));
        assertThat(inside(p.bounds(), screen)).isTrue();
    }
}
