package vn.antq.ui.dossier;

import java.io.File;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import vn.antq.signing.CertificateInfo;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.UiContext;

/** The "Ký số" card of the Hồ sơ screen (see {@link SignViewModel}). */
final class SignSection {
    private SignSection() {
    }

    static VBox build(UiContext ctx, SignViewModel vm) {
        ChoiceBox<SignViewModel.Kind> kind = new ChoiceBox<>(FXCollections.observableArrayList(SignViewModel.Kind.values()));
        kind.setId("sign-kind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(SignViewModel.Kind k) {
                return k == null ? "" : ctx.t("ui.sign.kind." + k.name());
            }

            @Override
            public SignViewModel.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField path = new TextField();
        path.setId("sign-path");
        path.setPromptText(ctx.t("ui.sign.path"));
        path.textProperty().bindBidirectional(vm.pathProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button(ctx.t("ui.sign.browse"));
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            File f = fc.showOpenDialog(browse.getScene() == null ? null : browse.getScene().getWindow());
            if (f != null) {
                vm.pathProperty().set(f.getPath());
            }
        });
        path.disableProperty().bind(vm.kindProperty().isEqualTo(SignViewModel.Kind.WINDOWS));
        browse.disableProperty().bind(path.disableProperty());
        PasswordField password = new PasswordField();
        password.setId("sign-password");
        password.setPromptText(ctx.t("ui.sign.password"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Button list = new Button(ctx.t("ui.sign.list"));
        list.setId("sign-list");
        list.setOnAction(e -> vm.list());
        ListView<CertificateInfo> certs = new ListView<>(vm.certificates());
        certs.setId("sign-certificates");
        certs.setPrefHeight(90);
        vn.antq.ui.common.Placeholders.set(certs, ctx.t("ui.sign.none"));
        certs.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(CertificateInfo c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : vm.describe(c));
            }
        });
        Button use = new Button(ctx.t("ui.sign.use"));
        use.setId("sign-use");
        use.disableProperty().bind(certs.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> vm.choose(certs.getSelectionModel().getSelectedItem()));
        Button none = new Button(ctx.t("ui.sign.clear"));
        none.setId("sign-clear");
        none.setOnAction(e -> vm.clear());
        Label chosen = new Label();
        chosen.setId("sign-message");
        chosen.setWrapText(true);
        chosen.textProperty().bind(vm.messageProperty());
        Label hint = new Label(ctx.t("ui.sign.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return Forms.card(ctx.t("ui.sign.title"), hint, Forms.toolbar(kind, path, browse),
                Forms.toolbar(password, list), certs, Forms.toolbar(use, none), chosen);
    }
}
