package vn.antq.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.antq.ui.common.DateTableCell;

/** Drives the checked date cells and pickers of the screens as a clerk does: double click, type, Enter, calendar. */
public final class DateCellRobot {
    private DateCellRobot() {
    }

    /** The cell of a table's column (by id) in a row. */
    public static TableCell<?, ?> cell(FxRobot robot, String tableId, int row, String columnId) {
        return robot.lookup(tableId + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    /** Double-clicks a date cell and waits until its date field is open. */
    public static DateTableCell<?> open(FxRobot robot, String tableId, int row, String columnId) {
        DateTableCell<?> cell = (DateTableCell<?>) cell(robot, tableId, row, columnId);
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        if (cell.field() == null) {
            throw new AssertionError("the date cell of row " + row + " did not open for editing");
        }
        return cell;
    }

    /** Types a date into an open date cell (replacing its text) and presses Enter. */
    public static void typeInto(FxRobot robot, DateTableCell<?> cell, String text) {
        DatePicker p = cell.field().picker();
        robot.interact(() -> {
            p.getEditor().requestFocus();
            p.getEditor().selectAll();
        });
        write(robot, text);
        robot.type(KeyCode.ENTER);
    }

    /** Types into a date picker (replacing its text) and presses Enter. */
    public static void typeInto(FxRobot robot, DatePicker p, String text) {
        robot.clickOn(p.getEditor());
        robot.interact(() -> p.getEditor().selectAll());
        write(robot, text);
        robot.type(KeyCode.ENTER);
    }

    /** Replaces the selected text: types it, or deletes the selection for "". */
    private static void write(FxRobot robot, String text) {
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    /** Opens a picker's calendar and clicks a day of the month it shows. */
    public static void pick(FxRobot robot, DatePicker p, LocalDate day) {
        robot.interact(p::show);
        WaitForAsyncUtils.waitForFxEvents();
        DateCell target = robot.lookup(".date-picker-popup .day-cell").queryAllAs(DateCell.class).stream()
                .filter(c -> Objects.equals(c.getItem(), day) && c.isVisible()
                        && !c.getStyleClass().contains("previous-month") && !c.getStyleClass().contains("next-month"))
                .findFirst().orElseThrow(() -> new AssertionError("no day cell " + day + " in the calendar"));
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a condition on the screen holds (the writes run through the task runner). */
    public static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met", e);
        }
    }

    /** The text of a label found by id. */
    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
