package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.storage.Store;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.SyncTaskRunner;

/** Trợ giúp → Hướng dẫn and the overview's next step, on a real store. */
@ExtendWith(ApplicationExtension.class)
class GuideUiTest {
    @TempDir
    Path dir;
    Store store;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        new AppController(stage, store, "vi", new SyncTaskRunner()).start();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theOverviewSaysWhatToDoNextFromTheRecords(FxRobot robot) {
        // nothing registered yet: registration is the first deadline lacking something
        assertThat(robot.lookup("#overview-next").queryAs(Label.class).getText())
                .isEqualTo("Đơn vị chưa đăng ký phấn đấu (mục 8a)");
        assertThat(robot.lookup("#overview-next-when").queryAs(Label.class).getText())
                .startsWith("Cho hạn “Đăng ký phấn đấu, ký cam kết (quý I)” ngày 31/03/2026");
    }

    @Test
    void theGuideOpensFromTheHelpMenuIsSearchableAndSwitchesToEnglish(FxRobot robot) {
        robot.clickOn("Trợ giúp");
        robot.clickOn("Hướng dẫn");
        Window guide = robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene() != null && w.getScene().lookup("#guide") != null).findFirst().orElseThrow();
        var body = guide.getScene().lookup("#guide-body");
        assertThat(robot.from(body).lookup("Mục 8c — tối đa 50 điểm").tryQuery()).isPresent();
        robot.clickOn(guide.getScene().lookup("#guide-search")).write("cam ket quy I");
        assertThat(robot.from(body).lookup("Mục 8c — tối đa 50 điểm").tryQuery()).isEmpty();
        assertThat(robot.from(body).lookup((Label l) -> l.getText().startsWith("Trong quý I")).tryQuery()).isPresent();
        robot.write(" xyzzy");
        assertThat(((Label) guide.getScene().lookup("#guide-no-match")).getText()).contains("xyzzy");
        robot.clickOn((Button) guide.getScene().lookup("#guide-language"));
        assertThat(((Button) guide.getScene().lookup("#guide-language")).getText()).isEqualTo("_Tiếng Việt"); // Alt+T
        robot.interact(() -> ((javafx.scene.control.TextField) guide.getScene().lookup("#guide-search")).clear());
        assertThat(robot.from(body).lookup("Item 8c — at most 50 points").tryQuery()).isPresent();
        robot.clickOn((Button) guide.getScene().lookup("#guide-close"));
        assertThat(guide.isShowing()).isFalse();
    }
}
