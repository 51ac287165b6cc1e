package vn.antq.ui.receiver;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.antq.domain.receiver.Commune;
import vn.antq.i18n.Messages;
import vn.antq.storage.ReceiverStore;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.TaskRunner;

/** Puts the receiver's window (or its first-start page) into the application's stage. */
public final class ReceiverWindow {
    private ReceiverWindow() {
    }

    /** Shows the table of units of an open receiver folder; returns its view model. */
    public static ReceiverViewModel show(Stage stage, ReceiverStore store, vn.antq.dossier.PackageCheck check,
            Messages messages, TaskRunner runner, Consumer<Path> opener) {
        ReceiverViewModel vm = new ReceiverViewModel(store, check, runner, messages);
        ReceiverView view = new ReceiverView(vm, opener);
        setRoot(stage, view.root(), messages.get("receiver.ui.setup.title"));
        stage.setOnCloseRequest(null);
        vm.load();
        return vm;
    }

    /**
     * The first-start page of the receiving role: the commune police's name, the commune and the head.
     * {@code create} gets the answers (refused here when the police's name is blank).
     */
    public static Parent setupPage(Messages m, Consumer<Commune> create, Runnable back) {
        Label title = new Label(m.get("receiver.ui.setup.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(m.get("receiver.ui.setup.intro"));
        intro.setWrapText(true);
        TextField police = new TextField();
        police.setId("receiver-setup-police");
        TextField commune = new TextField();
        commune.setId("receiver-setup-commune");
        TextField head = new TextField();
        head.setId("receiver-setup-head");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, m.get("receiver.ui.setup.police"), police);
        Forms.row(grid, 1, m.get("receiver.ui.setup.commune"), commune);
        Forms.row(grid, 2, m.get("receiver.ui.setup.head"), head);
        Label error = new Label();
        error.setId("receiver-setup-error");
        error.getStyleClass().add("antq-warn");
        Button ok = new Button(m.get("receiver.ui.setup.create"));
        ok.setId("receiver-setup-create");
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        ok.setOnAction(e -> {
            if (police.getText().isBlank()) {
                error.setText(m.get("receiver.error.policeName"));
                return;
            }
            create.accept(new Commune(police.getText().strip(), commune.getText().strip(), "", "",
                    head.getText().strip(), "", Commune.DEFAULT_DEADLINE));
        });
        Button cancel = new Button(m.get("receiver.ui.setup.back"));
        cancel.setOnAction(e -> back.run());
        HBox buttons = new HBox(8, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(14, title, intro, grid, error, buttons);
        card.getStyleClass().add("antq-card");
        card.setPadding(new Insets(24));
        card.setMaxWidth(640);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane root = new StackPane(card);
        root.setId("receiver-setup");
        root.getStyleClass().add("antq-root");
        root.setPadding(new Insets(24));
        return root;
    }

    /** Opens the receiver folder at start (off the FX thread) and shows its window. */
    public static void start(Stage stage, Path dir, vn.antq.dossier.PackageCheck check, Messages messages,
            TaskRunner runner, Consumer<Path> opener, Consumer<ReceiverStore> opened) {
        runner.run(p -> ReceiverStore.open(dir), store -> {
            opened.accept(store);
            show(stage, store, check, messages, runner, opener);
            stage.show();
        }, e -> {
            Dialogs.error(null, messages, e);
            javafx.application.Platform.exit();
        });
    }

    static void setRoot(Stage stage, Parent root, String title) {
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root, 1280, 720);
            var css = ReceiverWindow.class.getResource("/vn/antq/ui/antq.css");
            if (css != null) {
                scene.getStylesheets().add(css.toExternalForm());
            }
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
        vn.antq.ui.common.MnemonicTable.keepTidy(scene);
        stage.setTitle(title);
    }
}
