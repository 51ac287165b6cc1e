package vn.antq.ui.common;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * A screen that is a form with a Save button (Đơn vị, Họp đánh giá): it reloads when shown unless
 * the clerk has unsaved edits, reports them when the window closes, and shows the save bar.
 */
public abstract class FormScreen extends ScreenBase {
    /** What a form's view model offers the screen. */
    public interface Model {
        boolean isDirty();

        ReadOnlyBooleanProperty dirtyProperty();

        /** The confirmation after a save. */
        ReadOnlyStringProperty messageProperty();

        void reload();

        /** Saves; a problem with the input comes back as the message to show. */
        Optional<String> save();
    }

    private final Model model;
    private final Label error = new Label();

    protected FormScreen(String id, Model model) {
        super(id);
        this.model = model;
    }

    @Override
    public void onShow() {
        if (!model.isDirty()) {
            model.reload();
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return model.isDirty();
    }

    @Override
    public void saveChanges() {
        // Ctrl+S as the Save button: a message left by a refused save goes once a save succeeds
        model.save().ifPresentOrElse(error::setText, () -> error.setText(""));
    }

    /** Save (enabled while there are edits), "not saved yet", the input problem and the confirmation. */
    protected Node saveBar(UiContext ctx, String buttonId, boolean defaultButton) {
        Button save = new Button(ctx.t("ui.button.save"));
        save.setId(buttonId);
        save.getStyleClass().add("accent");
        save.setDefaultButton(defaultButton);
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> model.save().ifPresentOrElse(error::setText, () -> error.setText("")));
        error.getStyleClass().add("antq-warn");
        error.setId(buttonId + "-error");
        Label msg = new Label();
        msg.getStyleClass().add("antq-ok");
        msg.textProperty().bind(model.messageProperty());
        Label unsaved = new Label(ctx.t("ui.unit.unsaved"));
        unsaved.getStyleClass().add("antq-warn");
        unsaved.visibleProperty().bind(model.dirtyProperty());
        return Forms.toolbar(save, unsaved, error, msg);
    }
}
