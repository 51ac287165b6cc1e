package vn.antq.ui.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The staff table's keys (issue 14): Space toggles the pledge of the selected people wherever the
 * focus is in the row (the pledge check box, the name cell…) and never starts editing; a name or a
 * position is edited only on Enter, F2 or a double click (a single click or Space on a cell does not
 * replace its text); Escape cancels the edit. The text columns are editable only while an edit asked
 * for that way is under way, so TableView's own "Space or click edits the focused cell" cannot start one.
 * The pledge date is edited the same way (a double click on it, or Enter / F2 with the focus on it),
 * and only on a signed row: an unsigned pledge has no date.
 */
final class StaffTableKeys {
    private StaffTableKeys() {
    }

    /**
     * Wires the keys.
     *
     * @param name       the name column (Enter and F2 edit it unless the focus is on the position)
     * @param position   the position column
     * @param date       the pledge date column (edited only on a signed row)
     * @param toggle     marks the given rows: signed when not all are, else unsigned
     */
    static void install(TableView<StaffRow> table, TableColumn<StaffRow, String> name,
            TableColumn<StaffRow, String> position, TableColumn<StaffRow, ?> date, Consumer<List<StaffRow>> toggle) {
        List<TableColumn<StaffRow, ?>> editable = List.of(name, position, date);
        for (TableColumn<StaffRow, ?> c : editable) {
            c.setEditable(false);
        }
        table.editingCellProperty().addListener((o, was, now) -> {
            if (now == null) {
                for (TableColumn<StaffRow, ?> c : editable) {
                    c.setEditable(false);
                }
            } else if (!editingText(table, editable)) {
                // TableView's click on a selected cell names an edit no cell takes: drop it, so Space still ticks
                javafx.application.Platform.runLater(() -> {
                    if (table.getEditingCell() == now) {
                        table.edit(-1, null);
                    }
                });
            }
        });
        table.addEventFilter(KeyEvent.ANY, e -> {
            if (editingText(table, editable) || e.getTarget() instanceof TextInputControl) {
                return; // typing in an edit: every key is the text's, Escape cancels it
            }
            boolean space = e.getCode() == KeyCode.SPACE || " ".equals(e.getCharacter());
            if (space) {
                e.consume(); // not the check box's, not TableView's "edit the focused cell"
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    // the focus inside a row (its check box) that is not selected: that row is the one meant
                    int focusedRow = rowOf(e.getTarget() instanceof javafx.scene.Node n ? n : null);
                    if (focusedRow >= 0 && !table.getSelectionModel().isSelected(focusedRow)) {
                        table.getSelectionModel().clearAndSelect(focusedRow);
                    }
                    List<StaffRow> sel = new ArrayList<>(table.getSelectionModel().getSelectedItems());
                    if (!sel.isEmpty()) {
                        toggle.accept(sel);
                    }
                }
                return;
            }
            if (e.getEventType() == KeyEvent.KEY_PRESSED && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2)
                    && !e.isShortcutDown() && !e.isAltDown()) {
                int row = table.getFocusModel().getFocusedIndex();
                if (row >= 0) {
                    TableColumn<StaffRow, ?> focused = table.getFocusModel().getFocusedCell().getTableColumn();
                    edit(table, row, focused == position || focused == date ? focused : name, date);
                    e.consume();
                }
            }
        });
        // a click on a row's check box (which takes neither focus nor selection) makes that row the selected one
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && !e.isShiftDown()
                    && e.getPickResult().getIntersectedNode() != null && inCheckBox(e.getPickResult().getIntersectedNode())) {
                int row = rowOf(e.getPickResult().getIntersectedNode());
                if (row >= 0 && !table.getSelectionModel().isSelected(row)) {
                    table.getSelectionModel().clearAndSelect(row);
                }
                table.requestFocus();
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || editingText(table, editable)) {
                return;
            }
            TableCell<?, ?> cell = cellOf(e.getPickResult().getIntersectedNode());
            if (cell != null && !cell.isEmpty() && editable.contains(cell.getTableColumn())) {
                @SuppressWarnings("unchecked")
                TableColumn<StaffRow, ?> column = (TableColumn<StaffRow, ?>) cell.getTableColumn();
                edit(table, cell.getIndex(), column, date);
                e.consume();
            }
        });
    }

    /** Starts editing one cell (the column is editable until the edit ends); an unsigned row's date is not edited. */
    static void edit(TableView<StaffRow> table, int row, TableColumn<StaffRow, ?> column, TableColumn<StaffRow, ?> date) {
        if (column == date && !table.getItems().get(row).signedProperty().get()) {
            table.getSelectionModel().clearAndSelect(row);
            return;
        }
        column.setEditable(true);
        table.getSelectionModel().clearAndSelect(row);
        table.edit(row, column);
    }

    /** Whether a name or position is being edited (an edit asked for by Enter, F2 or a double click). */
    private static boolean editingText(TableView<StaffRow> table, List<TableColumn<StaffRow, ?>> editable) {
        var cell = table.getEditingCell();
        return cell != null && editable.contains(cell.getTableColumn()) && cell.getTableColumn().isEditable();
    }

    private static boolean inCheckBox(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null && !(n instanceof TableCell<?, ?>); n = n.getParent()) {
            if (n instanceof javafx.scene.control.CheckBox) {
                return true;
            }
        }
        return false;
    }

    /** The index of the table row holding a node, or -1. */
    private static int rowOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableRow<?> r) {
                return r.isEmpty() ? -1 : r.getIndex();
            }
        }
        return -1;
    }

    private static TableCell<?, ?> cellOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> c) {
                return c;
            }
        }
        return null;
    }
}
