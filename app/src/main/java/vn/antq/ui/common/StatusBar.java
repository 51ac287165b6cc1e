package vn.antq.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.antq.i18n.Messages;

/** The bottom bar: a message, and while long work runs its progress and a Cancel button. */
public final class StatusBar extends HBox {
    private final Label message = new Label();

    public StatusBar(FxTaskRunner runner, Messages messages) {
        setId("status-bar");
        getStyleClass().add("antq-status-bar");
        setPadding(new Insets(4, 12, 4, 12));
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        message.setId("status-message");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(220);
        bar.setAccessibleText(messages.get("ui.status.progress"));
        Button cancel = new Button(messages.get("ui.button.cancelWork"));
        cancel.setId("status-cancel");
        cancel.setMnemonicParsing(true);
        if (runner != null) {
            bar.progressProperty().bind(runner.progressProperty());
            bar.visibleProperty().bind(runner.busyProperty());
            cancel.visibleProperty().bind(runner.busyProperty());
            message.textProperty().bind(javafx.beans.binding.Bindings.when(runner.busyProperty())
                    .then(runner.messageProperty()).otherwise(messages.get("ui.status.ready")));
            cancel.setOnAction(e -> runner.cancelCurrent());
        } else {
            bar.setVisible(false);
            cancel.setVisible(false);
            message.setText(messages.get("ui.status.ready"));
        }
        bar.managedProperty().bind(bar.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        getChildren().addAll(message, bar, cancel);
    }
}
