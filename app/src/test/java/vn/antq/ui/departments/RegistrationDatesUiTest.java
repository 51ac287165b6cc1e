package vn.antq.ui.departments;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.ui.DateCellRobot.open;
import static vn.antq.ui.DateCellRobot.typeInto;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.RecordDates;
import vn.antq.storage.AuditArea;
import vn.antq.storage.Store;
import vn.antq.ui.DateCellRobot;
import vn.antq.ui.ScreenFixture;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.DateTableCell;

/**
 * Issue 13 point 1: the registration dates of the unit and of each department are edited where they
 * are ticked (typed dd/MM/yyyy or picked); impossible and out-of-range dates are refused with a
 * Vietnamese message at the field and change nothing; today is only a new tick's default; unticking
 * clears the date. A real store in a temporary folder, the real screen, headless.
 */
@ExtendWith(ApplicationExtension.class)
class RegistrationDatesUiTest {
    private static final int YEAR = UiFixtures.YEAR;
    private static final String TABLE = "#departments-table";

    @TempDir
    Path dir;
    ScreenFixture<DepartmentsView> screen;
    Store store;

    @Start
    void start(Stage stage) {
        screen = ScreenFixture.show(stage, UiFixtures.smallUnit(dir), DepartmentsView::new, 1100, 600);
        store = screen.store();
    }

    @AfterEach
    void close() {
        screen.close();
    }

    /** The stored registration of the department shown in row 0 ("Đội Bảo vệ", Vietnamese order). */
    private DepartmentYear first() {
        return store.departments().ofYear(YEAR).get(0);
    }

    private static LocalDate newTick() {
        return RecordDates.defaultFor(YEAR, LocalDate.now());
    }

    @Test
    void aDepartmentsDateIsTypedOrPickedCheckedAndClearedByUnticking(FxRobot robot) {
        assertThat(first().department().name()).isEqualTo("Đội Bảo vệ");
        // an unticked department's date does not open
        DateTableCell<?> unticked = (DateTableCell<?>) DateCellRobot.cell(robot, TABLE, 0, "col-date");
        robot.doubleClickOn(unticked);
        assertThat(unticked.field()).isNull();

        // a new tick: today is its default
        TableCell<?, ?> box = DateCellRobot.cell(robot, TABLE, 0, "col-registered");
        robot.clickOn(robot.from(box).lookup(".check-box").queryAs(CheckBox.class));
        DateCellRobot.waitUntil(() -> first().registered());
        assertThat(first().date()).isEqualTo(newTick());

        // typed dd/MM/yyyy, Enter
        DateTableCell<?> cell = open(robot, TABLE, 0, "col-date");
        typeInto(robot, cell, "15/03/2026");
        DateCellRobot.waitUntil(() -> LocalDate.of(2026, 3, 15).equals(first().date()));
        assertThat(cell.field()).isNull();
        assertThat(cell.getText()).isEqualTo("15/03/2026");

        // a date that does not exist: refused at the field, nothing changes
        cell = open(robot, TABLE, 0, "col-date");
        typeInto(robot, cell, "31/02/2026");
        assertThat(cell.field()).isNotNull();
        assertThat(cell.field().message().getText())
                .isEqualTo("“31/02/2026” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.");
        assertThat(cell.field().message().isVisible()).isTrue();
        // out of the year's window: refused too
        typeInto(robot, cell, "15/03/2019");
        assertThat(cell.field().message().getText())
                .isEqualTo("Ngày 15/03/2019 nằm ngoài khoảng cho phép (từ 01/01/2025 đến 31/12/2026); ngày không được đổi.");
        robot.type(KeyCode.ESCAPE);
        assertThat(cell.field()).isNull();
        assertThat(cell.getText()).isEqualTo("15/03/2026");
        assertThat(first().date()).isEqualTo(LocalDate.of(2026, 3, 15));

        // d/M/yyyy is read too
        cell = open(robot, TABLE, 0, "col-date");
        typeInto(robot, cell, "2/3/2026");
        DateCellRobot.waitUntil(() -> LocalDate.of(2026, 3, 2).equals(first().date()));

        // picked in the calendar (it opens on the month of the date)
        cell = open(robot, TABLE, 0, "col-date");
        DatePicker picker = cell.field().picker();
        DateCellRobot.pick(robot, picker, LocalDate.of(2026, 3, 20));
        DateCellRobot.waitUntil(() -> LocalDate.of(2026, 3, 20).equals(first().date()));

        // every change is in the audit trail
        assertThat(store.audit().ofYear(YEAR)).filteredOn(a -> a.area() == AuditArea.DEPARTMENT_REGISTRATION)
                .extracting(a -> a.newValue()).contains("true 2026-03-15", "true 2026-03-02", "true 2026-03-20");

        // unticking clears the date; ticking again dates it as a new tick, not with the old date
        box = DateCellRobot.cell(robot, TABLE, 0, "col-registered");
        robot.clickOn(robot.from(box).lookup(".check-box").queryAs(CheckBox.class));
        DateCellRobot.waitUntil(() -> !first().registered());
        assertThat(first().date()).isNull();
        assertThat(DateCellRobot.cell(robot, TABLE, 0, "col-date").getText()).isEmpty();
        box = DateCellRobot.cell(robot, TABLE, 0, "col-registered");
        robot.clickOn(robot.from(box).lookup(".check-box").queryAs(CheckBox.class));
        DateCellRobot.waitUntil(() -> first().registered());
        assertThat(first().date()).isEqualTo(newTick());
    }

    @Test
    void theUnitsRegistrationDateIsTypedCheckedAndClearedByUnticking(FxRobot robot) {
        robot.clickOn("#unit-registered");
        DateCellRobot.waitUntil(() -> store.years().get(YEAR).orElseThrow().registered());
        assertThat(store.years().get(YEAR).orElseThrow().registeredOn()).isEqualTo(newTick());
        DatePicker picker = robot.lookup("#unit-registered-on").queryAs(DatePicker.class);
        assertThat(picker.getEditor().getText()).isEqualTo(vn.antq.domain.Dates.format(newTick()));

        typeInto(robot, picker, "20/02/2026");
        DateCellRobot.waitUntil(() -> LocalDate.of(2026, 2, 20).equals(store.years().get(YEAR).orElseThrow().registeredOn()));
        assertThat(DateCellRobot.text(robot, "#unit-registered-on-message")).isEmpty();

        typeInto(robot, picker, "30/02/2026");
        assertThat(DateCellRobot.text(robot, "#unit-registered-on-message"))
                .isEqualTo("“30/02/2026” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(store.years().get(YEAR).orElseThrow().registeredOn()).isEqualTo(LocalDate.of(2026, 2, 20));

        // a registration after Q1 is accepted (the review flags it), a date in another year is not
        typeInto(robot, picker, "10/04/2026");
        DateCellRobot.waitUntil(() -> LocalDate.of(2026, 4, 10).equals(store.years().get(YEAR).orElseThrow().registeredOn()));
        assertThat(DateCellRobot.text(robot, "#unit-registered-on-message")).isEmpty();
        typeInto(robot, picker, "10/04/2062");
        assertThat(DateCellRobot.text(robot, "#unit-registered-on-message")).startsWith("Ngày 10/04/2062 nằm ngoài khoảng");
        assertThat(store.years().get(YEAR).orElseThrow().registeredOn()).isEqualTo(LocalDate.of(2026, 4, 10));

        robot.clickOn("#unit-registered");
        DateCellRobot.waitUntil(() -> !store.years().get(YEAR).orElseThrow().registered());
        assertThat(store.years().get(YEAR).orElseThrow().registeredOn()).isNull();
        assertThat(store.audit().ofYear(YEAR)).filteredOn(a -> a.area() == AuditArea.UNIT_REGISTRATION)
                .extracting(a -> a.newValue()).contains("2026-02-20", "2026-04-10");
    }
}
