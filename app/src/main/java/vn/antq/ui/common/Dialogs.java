package vn.antq.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.domain.CancelledException;
import vn.antq.domain.DomainException;
import vn.antq.i18n.Messages;

/** Message boxes in the user's language. Errors show a readable sentence, never a stack trace. */
public final class Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private Dialogs() {
    }

    /** The sentence a user sees for a failure: the domain's own message, or a general one. */
    public static String describe(Throwable error, Messages messages) {
        Throwable e = error;
        while (e != null && !(e instanceof DomainException) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof DomainException d) {
            return d.message(messages);
        }
        LOG.error("Unexpected error", error);
        String detail = error == null ? "" : error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return messages.get("ui.error.unexpected", detail);
    }

    public static void error(Window owner, Messages messages, Throwable error) {
        if (error instanceof CancelledException) {
            info(owner, messages, messages.get("ui.dialog.cancelled"), error.getMessage() == null
                    ? "" : ((CancelledException) error).message(messages));
            return;
        }
        show(owner, Alert.AlertType.ERROR, messages.get("ui.dialog.error"), describe(error, messages), messages);
    }

    public static void info(Window owner, Messages messages, String title, String text) {
        show(owner, Alert.AlertType.INFORMATION, title, text, messages);
    }

    private static void show(Window owner, Alert.AlertType type, String title, String text, Messages messages) {
        Alert alert = new Alert(type);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    /** Asks a yes/no question; true on yes. */
    public static boolean confirm(Window owner, Messages messages, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        ButtonType yes = new ButtonType(messages.get("ui.button.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("ui.button.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }
}
