package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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

/**
 * The year's workflow with the keyboard alone, never the mouse: the list of screens by arrow keys
 * (F6 returns to it), Tab in reading order into each screen (tables included, arrows inside),
 * Ctrl+S, Ctrl+F, F1 and Escape.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWorkflowUiTest {
    /** More Tab presses than any screen has stops: a control not reached by then is unreachable. */
    static final int MAX_TABS = 120;
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
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private static boolean id(Node n, String id) {
        return n != null && id.equals(n.getId());
    }

    /** Presses Tab until the focus is on a node matching; the focus order passed is returned. */
    private java.util.List<String> tabUntil(FxRobot robot, Predicate<Node> target, String what) {
        java.util.List<String> passed = new java.util.ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            if (target.test(focused())) {
                return passed;
            }
            passed.add(focused() == null ? "none" : focused().getId() + "/" + focused().getClass().getSimpleName());
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError(what + " not reached by Tab; passed " + passed);
    }

    /** F6 back to the list of screens, then Down/Up to the screen wanted. */
    private void goTo(FxRobot robot, String screen) {
        robot.type(KeyCode.F6);
        assertThat(focused()).isInstanceOf(ToggleButton.class);
        robot.type(KeyCode.HOME);
        for (int i = 0; i < 12 && app.window().shown() != null && !app.window().shown().id().equals(screen); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(app.window().shown().id()).isEqualTo(screen);
        assertThat(focused().getId()).isEqualTo("nav-" + screen);
    }

    @Test
    void theYearIsDoneFromTheKeyboardAlone(FxRobot robot) {
        robot.interact(() -> app.window().select("overview"));
        // Đơn vị: Tab to a field, type, Ctrl+S saves the form
        goTo(robot, "unit");
        tabUntil(robot, n -> id(n, "unit-head-name"), "the head's name");
        robot.write("Lê Văn Tám");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(store.unit().profile().orElseThrow().headName()).isEqualTo("Lê Văn Tám");

        // Cán bộ: Ctrl+F to the search; Tab reaches the table before the add-a-person bar
        goTo(robot, "staff");
        // the screen's parts stay in their places once put in reading order
        var staffPane = (javafx.scene.layout.BorderPane) app.window().screen("staff").view();
        assertThat(staffPane.getTop()).isNotNull();
        assertThat(staffPane.getCenter()).isInstanceOf(TableView.class);
        assertThat(staffPane.getBottom()).isNotNull();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(focused().getId()).isEqualTo("staff-search");
        var passed = tabUntil(robot, n -> id(n, "staff-table"), "the staff table");
        assertThat(passed).noneMatch(s -> s.startsWith("staff-new-name"));
        TableView<?> table = (TableView<?>) focused();
        robot.type(KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedIndex()).isGreaterThanOrEqualTo(0);
        robot.press(KeyCode.SHIFT);
        tabUntil(robot, n -> id(n, "staff-mark-signed"), "Đánh dấu đã ký (Shift+Tab)");
        robot.release(KeyCode.SHIFT);
        robot.type(KeyCode.SPACE);
        assertThat(store.snapshot(UiFixtures.YEAR).staffSigned()).isEqualTo(1);

        // Chấm điểm: Tab into the first points box, type; on to item 2
        goTo(robot, "scoring");
        tabUntil(robot, n -> id(n, "points-1"), "the points of item 1");
        robot.write("3");
        tabUntil(robot, n -> id(n, "points-2"), "the points of item 2");
        robot.write("2");
        assertThat(robot.lookup("#score-total").queryLabeled().getText()).isEqualTo("5/100");
        tabUntil(robot, n -> id(n, "note-2"), "the note of item 2");
        robot.write("Kế hoạch số 12");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(store.scores().ofYear(UiFixtures.YEAR)).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("2");
            assertThat(s.points()).isEqualTo(2);
            assertThat(s.note()).isEqualTo("Kế hoạch số 12");
        });

        // Tiêu chuẩn ANTT: Tab to the first "Đạt", Space answers it
        goTo(robot, "checklist");
        tabUntil(robot, n -> n instanceof RadioButton r && r.getId() != null && r.getId().startsWith("met-"),
                "a first answer");
        String code = focused().getId().substring("met-".length());
        robot.type(KeyCode.SPACE);
        assertThat(store.snapshot(UiFixtures.YEAR).checklistAnswers())
                .anySatisfy(a -> {
                    assertThat(a.criterionCode()).isEqualTo(code);
                    assertThat(a.met()).isTrue();
                });

        // Hồ sơ: the export buttons are reachable
        goTo(robot, "dossier");
        tabUntil(robot, n -> id(n, "dossier-all"), "Xuất cả ba");
        assertThat(((Button) focused()).isDisabled()).isFalse();

        // F1 opens the guide with the search focused; Escape closes it
        robot.type(KeyCode.F1);
        Window guide = robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene() != null && w.getScene().lookup("#guide") != null).findFirst().orElseThrow();
        assertThat(guide.getScene().getFocusOwner()).isInstanceOf(TextField.class);
        robot.type(KeyCode.ESCAPE);
        assertThat(guide.isShowing()).isFalse();
    }
}
