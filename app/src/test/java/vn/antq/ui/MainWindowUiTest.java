package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.Screen;
import vn.antq.storage.Store;
import vn.antq.ui.common.SyncTaskRunner;

/** Real flows of the main window on a real store: scoring, pledges and 8b, switching language. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    @TempDir
    Path dir;
    Store store;
    AppController app;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        UiFixtures.passingChecklist(store);
        app = new AppController(stage, store, "vi", new SyncTaskRunner());
        app.start();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void enteringScoresChangesTotalAndLevelAndAboveMaximumIsRefusedAtTheBox(FxRobot robot) {
        robot.clickOn("#nav-scoring");
        // 8a (registered) + 8c (checklist passes) = 51: Trung bình
        assertThat(text(robot, "#score-total")).isEqualTo("51/100");
        assertThat(text(robot, "#score-level")).isEqualTo("Trung bình");
        assertThat(text(robot, "#points-8c")).isEqualTo("50");
        robot.clickOn("#points-1").write("3");
        robot.clickOn("#points-2").write("3");
        robot.clickOn("#points-3").write("5");
        assertThat(text(robot, "#score-total")).isEqualTo("62/100");
        TextField item7 = robot.lookup("#points-7").queryAs(TextField.class); // below the fold: focus it
        robot.interact(item7::requestFocus);
        robot.write("10");
        assertThat(text(robot, "#score-total")).isEqualTo("72/100");
        assertThat(text(robot, "#score-level")).isEqualTo("Khá");
        assertThat(store.score(UiFixtures.YEAR).total()).isEqualTo(72);

        // item 1 has a maximum of 3: "9" stays in the box, refused beside it, not saved
        TextField item1 = robot.lookup("#points-1").queryAs(TextField.class);
        robot.interact(item1::clear);
        assertThat(text(robot, "#score-total")).isEqualTo("69/100");
        robot.clickOn(item1).write("9");
        assertThat(item1.getText()).isEqualTo("9");
        assertThat(text(robot, "#points-problem-1")).contains("vượt quá điểm tối đa 3");
        assertThat(text(robot, "#score-total")).isEqualTo("69/100");
        robot.interact(item1::clear);
        robot.write("2");
        assertThat(text(robot, "#score-total")).isEqualTo("71/100");
        assertThat(store.scores().ofYear(UiFixtures.YEAR)).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("1");
            assertThat(s.points()).isEqualTo(2);
        });
    }

    @Test
    void markingPledgesMovesCoverageAndRegisteringDepartmentsGivesItem8b(FxRobot robot) {
        robot.clickOn("#nav-staff");
        assertThat(text(robot, "#staff-coverage")).isEqualTo("Đã ký cam kết: 0/3 cán bộ (0%)");
        TableView<?> table = robot.lookup("#staff-table").queryTableView();
        // search without accents
        robot.clickOn("#staff-search").write("nguyen");
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> robot.lookup("#staff-search").queryAs(TextField.class).clear());
        assertThat(table.getItems()).hasSize(3);
        // one by one: select the first person and press the space bar
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.SPACE);
        assertThat(text(robot, "#staff-coverage")).isEqualTo("Đã ký cam kết: 1/3 cán bộ (33%)");
        // in bulk: select all, Đánh dấu đã ký
        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#staff-mark-signed");
        assertThat(text(robot, "#staff-coverage")).isEqualTo("Đã ký cam kết: 3/3 cán bộ (100%)");
        assertThat(store.snapshot(UiFixtures.YEAR).staffSigned()).isEqualTo(3);

        robot.clickOn("#nav-scoring");
        assertThat(text(robot, "#points-8b")).isEqualTo("0");
        robot.clickOn("#nav-departments");
        robot.clickOn("#departments-register-all");
        assertThat(text(robot, "#departments-summary")).isEqualTo("Đã đăng ký, cam kết: 2/2 phòng ban");
        robot.clickOn("#nav-scoring");
        assertThat(text(robot, "#points-8b")).isEqualTo("2");
        assertThat(text(robot, "#score-total")).isEqualTo("53/100");
        robot.clickOn("#nav-overview");
        assertThat(text(robot, "#overview-staff")).isEqualTo("Cán bộ đã ký: 3/3 (100%)");
        assertThat(text(robot, "#overview-departments")).isEqualTo("Phòng ban đã đăng ký: 2/2");
    }

    @Test
    void switchingLanguageChangesTheLabelsAndIsRemembered(FxRobot robot) {
        assertThat(robot.lookup("#nav-overview").queryAs(ToggleButton.class).getText())
                .isEqualTo("Tổng quan");
        robot.clickOn("#nav-settings");
        robot.clickOn("#lang-en");
        assertThat(robot.lookup("#nav-overview").queryAs(ToggleButton.class).getText())
                .isEqualTo("Overview");
        assertThat(robot.lookup("#nav-scoring").queryAs(ToggleButton.class).getText())
                .isEqualTo("Scoring");
        assertThat(robot.lookup("#lang-en").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(store.settings().get(AppController.SETTING_LANGUAGE)).contains("en");
        robot.clickOn("#nav-scoring");
        assertThat(robot.lookup("Total:").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-scoring").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#nav-settings");
        robot.clickOn("#lang-vi");
        assertThat(robot.lookup("#nav-overview").queryAs(ToggleButton.class).getText())
                .isEqualTo("Tổng quan");
    }

    @Test
    void theNavigationIsOneSelectedEntryMovedByClickOrArrowKeys(FxRobot robot) {
        assertThat(robot.lookup("#nav-overview").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#screen-overview").tryQuery()).isPresent();
        robot.clickOn("#nav-overview"); // clicking the selected entry keeps it selected
        assertThat(robot.lookup("#nav-overview").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup("#nav-unit").queryAs(ToggleButton.class).isSelected()).isTrue();
        // one tab stop in the column, the selected entry (as a list has)
        assertThat(robot.lookup(".antq-nav-item").queryAllAs(ToggleButton.class))
                .filteredOn(javafx.scene.Node::isFocusTraversable).extracting(javafx.scene.Node::getId)
                .containsExactly("nav-unit");
        assertThat(robot.lookup("#nav-unit").queryAs(ToggleButton.class).isFocused()).isTrue();
        assertThat(robot.lookup("#nav-overview").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#screen-unit").tryQuery()).isPresent();
        assertThat(robot.lookup("#screen-overview").tryQuery()).isEmpty();
        robot.type(KeyCode.END);
        assertThat(robot.lookup("#screen-settings").tryQuery()).isPresent();
        robot.type(KeyCode.DOWN); // already the last: stays
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.UP); // already the first: stays
        assertThat(robot.lookup("#screen-overview").tryQuery()).isPresent();
        assertThat(app.window().shown().id()).isEqualTo("overview");
    }

    @Test
    void screensAreMadeWhenFirstShownAndEachIsListedUnderItsOwnName(FxRobot robot) {
        // starting makes only the first screen
        assertThat(app.window().screens()).extracting(Screen::id).containsExactly("overview");
        for (vn.antq.ui.common.ScreenFactory entry : Screens.all()) {
            ToggleButton button = robot.lookup("#nav-" + entry.id()).queryAs(ToggleButton.class);
            assertThat(button.getText()).isEqualTo(app.context().t("ui.nav." + entry.id())).doesNotStartWith("ui.nav");
            robot.clickOn(button);
            assertThat(robot.lookup("#screen-" + entry.id()).tryQuery()).isPresent();
            assertThat(app.window().shown().id()).isEqualTo(entry.id());
        }
        assertThat(app.window().screens()).extracting(Screen::id).containsExactlyElementsOf(
                Screens.all().stream().map(vn.antq.ui.common.ScreenFactory::id).toList());
    }

    @Test
    void theYearSelectorSwitchesTheYearShown(FxRobot robot) {
        String total2026 = text(robot, "#overview-total");
        store.years().start(UiFixtures.YEAR + 1);
        robot.interact(app::showMain); // the window is rebuilt with the years newest first
        javafx.scene.control.ChoiceBox<?> years = robot.lookup("#year-selector").queryAs(javafx.scene.control.ChoiceBox.class);
        java.util.List<Object> items = java.util.List.copyOf(years.getItems());
        assertThat(items).containsExactly(UiFixtures.YEAR + 1, UiFixtures.YEAR);
        robot.clickOn("#year-selector");
        robot.clickOn(String.valueOf(UiFixtures.YEAR + 1));
        assertThat(app.context().year()).isEqualTo(UiFixtures.YEAR + 1);
        assertThat(text(robot, "#overview-total")).isEqualTo("0/100 điểm").isNotEqualTo(total2026);
        robot.clickOn("#year-selector");
        robot.clickOn(String.valueOf(UiFixtures.YEAR));
        assertThat(app.context().year()).isEqualTo(UiFixtures.YEAR);
        assertThat(text(robot, "#overview-total")).isEqualTo(total2026);
    }

    @Test
    void aboutShowsTheVersionAndTheRubric(FxRobot robot) {
        robot.clickOn("Trợ giúp");
        robot.clickOn("Giới thiệu");
        assertThat(text(robot, "#about-version")).startsWith("Phiên bản: ");
        assertThat(text(robot, "#about-rubric")).contains("510");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAs(Button.class));
    }
}
