package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.storage.Store;
import vn.antq.ui.checklist.ChecklistView;
import vn.antq.ui.checklist.ChecklistViewModel;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.SyncTaskRunner;

/** Answering the ANTT checklist never moves what is under the pointer. */
@ExtendWith(ApplicationExtension.class)
class ChecklistStableLayoutUiTest {
    @TempDir
    Path dir;
    Store store;
    AppController app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        app = new AppController(stage, store, "vi", new SyncTaskRunner());
        app.start();
        // the same window whatever test ran before in this JVM: 1280×720 at the top left of the screen
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private double screenY(FxRobot robot, Node n) {
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return b.getMinY();
    }

    /** By id compared whole: the criteria's codes ("1.a") are not CSS identifiers. */
    private static RadioButton radio(FxRobot robot, String id) {
        return robot.lookup((Node n) -> id.equals(n.getId())).queryAs(RadioButton.class);
    }

    @Test
    void everyAnswerLeavesEveryRowWhereItWas(FxRobot robot) {
        robot.clickOn("#nav-checklist");
        ChecklistView view = (ChecklistView) app.window().screen("checklist");
        List<String> codes = view.viewModel().lines().stream()
                .filter(l -> l.kind() == ChecklistViewModel.Kind.ANSWER).map(ChecklistViewModel.Line::code).toList();
        assertThat(codes).hasSizeGreaterThan(5);
        RadioButton last = radio(robot, "met-" + codes.get(codes.size() - 1));
        RadioButton second = radio(robot, "unmet-" + codes.get(1));
        double lastY = screenY(robot, last);
        double secondY = screenY(robot, second);
        String verdictBefore = robot.lookup("#checklist-verdict").queryLabeled().getText();
        int reasonsBefore = view.viewModel().reasons().size();

        // one by one, as the clerk clicks them: met for each, then one unmet
        RadioButton first = radio(robot, "met-" + codes.get(0));
        robot.interact(first::fire);
        assertThat(screenY(robot, second)).isEqualTo(secondY);
        for (int i = 1; i < codes.size(); i++) {
            RadioButton met = radio(robot, "met-" + codes.get(i));
            robot.interact(met::fire);
            assertThat(screenY(robot, last)).as("after answering %s", codes.get(i)).isEqualTo(lastY);
            assertThat(screenY(robot, second)).isEqualTo(secondY);
        }
        robot.interact(second::fire);
        assertThat(screenY(robot, last)).isEqualTo(lastY);
        // the results did change meanwhile: the panel kept its height, not its content
        assertThat(robot.lookup("#checklist-verdict").queryLabeled().getText()).isNotEqualTo(verdictBefore);
        assertThat(view.viewModel().reasons().size()).isNotEqualTo(reasonsBefore);
    }
}
