package vn.antq.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.ui.DateCellRobot.open;
import static vn.antq.ui.DateCellRobot.typeInto;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.unit.RecordDates;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.storage.AuditArea;
import vn.antq.storage.Store;
import vn.antq.ui.DateCellRobot;
import vn.antq.ui.ScreenFixture;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.DateTableCell;

/**
 * Issue 13 point 1: each person's pledge date is edited in the staff table where the pledge is ticked
 * (typed or picked, checked at the field); a bulk tick never redates those who had signed; unticking
 * clears the date. A real store in a temporary folder, the real screen, headless.
 */
@ExtendWith(ApplicationExtension.class)
class PledgeDatesUiTest {
    private static final int YEAR = UiFixtures.YEAR;
    private static final String TABLE = "#staff-table";

    @TempDir
    Path dir;
    ScreenFixture<StaffView> screen;
    Store store;

    @Start
    void start(Stage stage) {
        screen = ScreenFixture.show(stage, UiFixtures.smallUnit(dir), StaffView::new, 1200, 600);
        store = screen.store();
    }

    @AfterEach
    void close() {
        screen.close();
    }

    private TableView<StaffRow> table(FxRobot robot) {
        return ScreenFixture.table(robot, TABLE);
    }

    private StaffPledge stored(String name) {
        return store.staff().ofYear(YEAR).stream().filter(p -> p.staff().fullName().equals(name)).findFirst().orElseThrow();
    }

    private void tick(FxRobot robot, int row) {
        TableCell<?, ?> box = DateCellRobot.cell(robot, TABLE, row, "col-signed");
        robot.clickOn(robot.from(box).lookup(".check-box").queryAs(CheckBox.class));
    }

    @Test
    void aPledgeDateIsEditedWhereItIsTickedAndABulkTickKeepsIt(FxRobot robot) {
        TableView<StaffRow> table = table(robot);
        String first = table.getItems().get(0).name();
        String second = table.getItems().get(1).name();
        LocalDate newTick = RecordDates.defaultFor(YEAR, LocalDate.now());

        // an unsigned pledge has no date to edit
        DateTableCell<?> unsigned = (DateTableCell<?>) DateCellRobot.cell(robot, TABLE, 0, "col-date");
        robot.doubleClickOn(unsigned);
        assertThat(unsigned.field()).isNull();

        tick(robot, 0);
        DateCellRobot.waitUntil(() -> stored(first).signed());
        assertThat(stored(first).date()).isEqualTo(newTick);

        DateTableCell<?> cell = open(robot, TABLE, 0, "col-date");
        typeInto(robot, cell, "05/03/2026");
        DateCellRobot.waitUntil(() -> LocalDate.of(2026, 3, 5).equals(stored(first).date()));
        assertThat(DateCellRobot.cell(robot, TABLE, 0, "col-date").getText()).isEqualTo("05/03/2026");

        // refused at the field: not a date, blank, a day that has not come
        cell = open(robot, TABLE, 0, "col-date");
        typeInto(robot, cell, "5/13/2026");
        assertThat(cell.field().message().getText()).startsWith("“5/13/2026” không phải ngày có thật.");
        typeInto(robot, cell, "");
        assertThat(cell.field().message().getText()).isEqualTo("Hãy nhập ngày (ngày/tháng/năm, ví dụ 15/03/2026).");
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        if (RecordDates.accepts(YEAR, tomorrow)) {
            typeInto(robot, cell, vn.antq.domain.Dates.format(tomorrow));
            assertThat(cell.field().message().getText()).contains("chưa đến");
        }
        robot.type(KeyCode.ESCAPE);
        assertThat(stored(first).date()).isEqualTo(LocalDate.of(2026, 3, 5));

        // both selected, "Đánh dấu đã ký": the new one is dated as a new tick, the first keeps 05/03
        robot.interact(() -> table.getSelectionModel().selectRange(0, 2));
        robot.clickOn("#staff-mark-signed");
        DateCellRobot.waitUntil(() -> stored(second).signed());
        assertThat(stored(second).date()).isEqualTo(newTick);
        assertThat(stored(first).date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(store.audit().ofYear(YEAR)).filteredOn(a -> a.area() == AuditArea.PLEDGE)
                .extracting(a -> a.newValue()).contains("true 2026-03-05");

        // unticking clears the date
        tick(robot, 0);
        DateCellRobot.waitUntil(() -> !stored(first).signed());
        assertThat(stored(first).date()).isNull();
        assertThat(DateCellRobot.cell(robot, TABLE, 0, "col-date").getText()).isEmpty();
    }
}
