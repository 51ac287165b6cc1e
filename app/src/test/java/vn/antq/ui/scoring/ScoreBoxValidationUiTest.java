package vn.antq.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.unit.ManualScore;
import vn.antq.storage.Store;
import vn.antq.ui.AppController;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.SyncTaskRunner;

/** A refused score is shown at its box, kept as typed, and never saved nor silently changed. */
@ExtendWith(ApplicationExtension.class)
class ScoreBoxValidationUiTest {
    @TempDir
    Path dir;
    Store store;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        AppController app = new AppController(stage, store, "vi", new SyncTaskRunner());
        app.start();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Integer saved(String code) {
        return store.scores().ofYear(UiFixtures.YEAR).stream().filter(s -> s.code().equals(code)).findFirst()
                .map(ManualScore::points).orElse(null);
    }

    private static boolean red(TextField f) {
        return f.getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    @Test
    void overMaximumNegativeAndNonNumericStayInTheBoxRedWithTheReasonBesideItAndAreNotSaved(FxRobot robot) {
        robot.clickOn("#nav-scoring");
        TextField box = robot.lookup("#points-2").queryAs(TextField.class);
        Label problem = robot.lookup("#points-problem-2").queryAs(Label.class);
        robot.clickOn(box).write("2");
        assertThat(saved("2")).isEqualTo(2);
        assertThat(red(box)).isFalse();
        assertThat(problem.isVisible()).isFalse();

        // typed key by key: "1,5" passes through "1" (a valid score, saved) before it is refused
        for (String[] typed : new String[][] {{"5", "vượt quá điểm tối đa 3", null}, {"-1", "nhỏ hơn 0", null},
            {"a", "không phải là số", null}, {"1,5", "không phải số nguyên", "1"}}) {
            robot.interact(box::clear);
            assertThat(saved("2")).isNull();
            robot.write(typed[0]);
            assertThat(box.getText()).as(typed[0]).isEqualTo(typed[0]);
            assertThat(red(box)).as(typed[0]).isTrue();
            assertThat(problem.isVisible()).isTrue();
            assertThat(problem.getText()).as(typed[0]).contains(typed[1]);
            assertThat(saved("2")).as(typed[0]).isEqualTo(typed[2] == null ? null : Integer.valueOf(typed[2]));
            assertThat(robot.lookup("#score-message").queryAs(Label.class).getText()).contains("2");
        }
        // leaving the box keeps the refused text; correcting it saves and clears the problem
        robot.clickOn("#points-1");
        assertThat(box.getText()).isEqualTo("1,5");
        assertThat(red(box)).isTrue();
        robot.clickOn(box);
        robot.interact(box::clear);
        robot.write("3");
        assertThat(box.getText()).isEqualTo("3");
        assertThat(red(box)).isFalse();
        assertThat(problem.isVisible()).isFalse();
        assertThat(robot.lookup("#score-message").queryAs(Label.class).getText()).isEmpty();
        assertThat(saved("2")).isEqualTo(3);
    }
}
