package vn.antq.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.storage.Store;
import vn.antq.ui.ScreenFixture;
import vn.antq.ui.UiFixtures;

/** Issue 14, point 6: Space toggles the pledge wherever the focus is in the row; names edit on Enter, F2, double click. */
@ExtendWith(ApplicationExtension.class)
class StaffTableKeysUiTest {
    @TempDir
    Path dir;
    ScreenFixture<StaffView> screen;
    Store store;
    TableView<StaffRow> table;

    @Start
    void start(Stage stage) {
        screen = ScreenFixture.show(stage, UiFixtures.smallUnit(dir), StaffView::new, 1100, 600);
        store = screen.store();
    }

    @AfterEach
    void close() {
        screen.close();
    }

    private TableView<StaffRow> table(FxRobot robot) {
        return ScreenFixture.table(robot, "#staff-table");
    }

    /** The cell of the first column whose header is {@code header}, in row {@code row}. */
    private TableCell<?, ?> cell(FxRobot robot, int row, String header) {
        return robot.lookup("#staff-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() != null
                        && header.equals(c.getTableColumn().getText()))
                .findFirst().orElseThrow();
    }

    private boolean signed(String name) {
        return store.staff().ofYear(UiFixtures.YEAR).stream().filter(p -> p.staff().fullName().equals(name))
                .map(StaffPledge::signed).findFirst().orElseThrow();
    }

    private String nameAt(int row) {
        return table.getItems().get(row).name();
    }

    @Test
    void spaceTogglesThePledgeWhereverTheFocusIsInTheRowAndNeverEdits(FxRobot robot) {
        table = table(robot);
        String first = nameAt(0);
        // a click on the name cell of the selected row (it used to start editing), then Space
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(cell(robot, 0, "Họ và tên"));
        assertThat(table.getEditingCell()).isNull();
        robot.type(KeyCode.SPACE);
        assertThat(table.getEditingCell()).isNull();
        assertThat(signed(first)).isTrue();
        assertThat(nameAt(0)).isEqualTo(first);
        robot.type(KeyCode.SPACE);
        assertThat(signed(first)).isFalse();

        // the focus on the row's check box: Space toggles once (not the box and the row both)
        String second = nameAt(1);
        Node box = cell(robot, 1, "Đã ký").lookup(".check-box");
        robot.clickOn(box);
        assertThat(((CheckBox) box).isSelected()).isTrue();
        assertThat(signed(second)).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(signed(second)).isFalse();
        assertThat(table.getEditingCell()).isNull();
    }

    @Test
    void aNameIsEditedOnF2EnterOrDoubleClickAndEscapeCancels(FxRobot robot) {
        table = table(robot);
        String first = nameAt(0);
        robot.clickOn(cell(robot, 0, "Họ và tên"));
        robot.type(KeyCode.F2);
        assertThat(table.getEditingCell()).isNotNull();
        robot.type(KeyCode.ESCAPE);
        assertThat(table.getEditingCell()).isNull();
        assertThat(nameAt(0)).isEqualTo(first);

        // a double click edits; typed spaces are the name's; Escape leaves the stored name as it was
        robot.doubleClickOn(cell(robot, 0, "Họ và tên"), MouseButton.PRIMARY);
        assertThat(table.getEditingCell()).isNotNull();
        robot.write("Tên Sai");
        robot.type(KeyCode.ESCAPE);
        assertThat(table.getEditingCell()).isNull();
        assertThat(store.staff().ofYear(UiFixtures.YEAR)).extracting(p -> p.staff().fullName()).contains(first)
                .doesNotContain("Tên Sai");
        assertThat(signed(first)).isFalse();

        // Enter edits the selected person's name; Enter again saves it
        robot.clickOn(cell(robot, 0, "Họ và tên"));
        robot.type(KeyCode.ENTER);
        assertThat(table.getEditingCell()).isNotNull();
        robot.write("Lê Văn Tâm");
        robot.type(KeyCode.ENTER);
        assertThat(table.getEditingCell()).isNull();
        assertThat(store.staff().ofYear(UiFixtures.YEAR)).extracting(p -> p.staff().fullName()).contains("Lê Văn Tâm")
                .doesNotContain(first);
        assertThat(signed("Lê Văn Tâm")).isFalse();
    }
}
