package vn.antq.ui.common;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import vn.antq.i18n.Messages;

/**
 * A table cell showing a date (dd/MM/yyyy) that edits with a checked {@link DateField} (calendar or
 * typed date) when its row allows it: a refused date shows its reason under the field and changes
 * nothing; an accepted one goes to the save action, whose write updates the row. Enter or a picked
 * day saves, Escape cancels; a date typed and left (a click elsewhere) is saved too, or its refusal
 * reported to {@code refused}, so nothing typed vanishes silently.
 *
 * @param <S> the row type
 */
public final class DateTableCell<S> extends TableCell<S, LocalDate> {
    private final Messages messages;
    private final Supplier<DateInput> rule;
    private final Predicate<S> editableRow;
    private final BiConsumer<S, LocalDate> save;
    private final Consumer<String> refused;
    private DateField field;

    /**
     * @param editableRow  whether a row's date may be edited (e.g. only when its box is ticked)
     * @param save         writes an accepted date of a row
     * @param refused      shows a refusal when the editor closes on a refused date
     */
    public DateTableCell(Messages messages, Supplier<DateInput> rule, Predicate<S> editableRow,
            BiConsumer<S, LocalDate> save, Consumer<String> refused) {
        this.messages = messages;
        this.rule = rule;
        this.editableRow = editableRow;
        this.save = save;
        this.refused = refused;
    }

    private S rowItem() {
        TableRow<S> row = getTableRow();
        return row == null ? null : row.getItem();
    }

    @Override
    public void startEdit() {
        S item = rowItem();
        if (item == null || !editableRow.test(item)) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new DateField(messages, rule, d -> {
            S target = rowItem();
            LocalDate was = getItem();
            DateField f = field;
            field = null;
            cancelEdit();
            if (target != null && !java.util.Objects.equals(was, d)) {
                save.accept(target, d);
            }
            if (f != null) {
                f.message().setText("");
            }
        });
        field.show(getItem());
        field.picker().getEditor().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                // taken here, so the table never sees this Enter (it would start another edit)
                e.consume();
                DateField f = field;
                if (f != null && f.commitText() && field == f) {
                    field = null;
                    cancelEdit(); // the same date as before: nothing to save
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                DateField f = field;
                field = null;
                if (f != null) {
                    cancelEdit();
                }
                e.consume();
            }
        });
        VBox box = new VBox(2, field.picker(), field.message());
        setText(null);
        setGraphic(box);
        field.picker().requestFocus();
        field.picker().getEditor().selectAll();
    }

    @Override
    public void cancelEdit() {
        DateField f = field;
        field = null;
        if (f != null && !Dates.format(getItem()).equals(f.picker().getEditor().getText().strip())) {
            // left with a typed date: saved when accepted, its refusal shown where the screen shows errors
            DateInput.Result r = rule.get().check(messages, f.picker().getEditor().getText());
            S target = rowItem();
            super.cancelEdit();
            show(getItem());
            if (!r.ok()) {
                refused.accept(r.error());
            } else if (target != null && r.date() != null) {
                save.accept(target, r.date());
            }
            return;
        }
        super.cancelEdit();
        show(getItem());
    }

    @Override
    protected void updateItem(LocalDate d, boolean empty) {
        super.updateItem(d, empty);
        if (isEditing() && field != null) {
            return;
        }
        show(empty ? null : d);
        if (empty) {
            setText(null);
        }
    }

    private void show(LocalDate d) {
        setGraphic(null);
        setText(Dates.format(d));
    }

    /** Whether the cell is editing with a date field (for tests). */
    public DateField field() {
        return field;
    }
}
