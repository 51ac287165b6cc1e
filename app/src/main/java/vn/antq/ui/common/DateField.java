package vn.antq.ui.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import vn.antq.i18n.Messages;

/**
 * A checked date field: a date picker (calendar, or typed dd/MM/yyyy, also d/M/yyyy) whose typed or
 * picked date goes through a {@link DateInput}; a refused date never becomes the value (the field
 * keeps the date it had) and the reason shows in the field's message label, next to it. An accepted
 * date that differs from the value goes to the commit action (the value shows it at once; the
 * caller's write may put it back with {@link #show}). Typed text is taken on Enter and when the
 * focus leaves, so nothing typed is silently lost.
 */
public final class DateField {
    private final DatePicker picker = new DatePicker();
    private final Label message = new Label();
    private final Messages messages;
    private final Supplier<DateInput> rule;
    private final Consumer<LocalDate> commit;
    private boolean showing;

    /**
     * @param rule    what the field accepts now (asked at each check: the year may change)
     * @param commit  receives each accepted date that differs from the value
     */
    public DateField(Messages messages, Supplier<DateInput> rule, Consumer<LocalDate> commit) {
        this.messages = messages;
        this.rule = rule;
        this.commit = commit;
        picker.setEditable(true);
        picker.setPromptText("dd/MM/yyyy");
        // wide enough for the whole "dd/MM/yyyy"
        picker.setPrefWidth(150);
        picker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                // the picker's own commit (Enter, focus lost): a refused text leaves the value as it was
                return accept(text) ? Dates.parse(text) : picker.getValue();
            }
        });
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setDisable(empty || d == null || !rule.get().allows(d));
            }
        });
        picker.valueProperty().addListener((o, was, now) -> {
            if (showing || Objects.equals(was, now)) {
                return;
            }
            DateInput.Result r = rule.get().check(messages, now);
            if (!r.ok()) {
                message.setText(r.error());
                showing = true;
                try {
                    picker.setValue(was);
                } finally {
                    showing = false;
                }
                return;
            }
            message.setText("");
            commit.accept(now);
        });
        picker.getEditor().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(picker.getValue());
            }
        });
        picker.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitText();
            }
        });
        message.getStyleClass().add("antq-warn");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
    }

    /** Checks the text; false (with the message shown) when refused. An unchanged text is always accepted. */
    private boolean accept(String text) {
        if (Objects.equals(text == null ? "" : text.strip(), Dates.format(picker.getValue()))) {
            message.setText("");
            return true;
        }
        DateInput.Result r = rule.get().check(messages, text);
        message.setText(r.ok() ? "" : r.error());
        return r.ok();
    }

    /** Takes what is typed now (as Enter does); returns false when it was refused. */
    public boolean commitText() {
        String text = picker.getEditor().getText();
        if (!accept(text)) {
            return false;
        }
        picker.setValue(Dates.parse(text));
        return true;
    }

    /** Shows a date without committing it (loading, or the write's outcome); clears the message. */
    public void show(LocalDate date) {
        showing = true;
        try {
            picker.setValue(date);
            picker.getEditor().setText(Dates.format(date));
        } finally {
            showing = false;
        }
        message.setText("");
    }

    public DatePicker picker() {
        return picker;
    }

    /** The message saying why the last date was refused ("" when none). */
    public Label message() {
        return message;
    }
}
