package vn.antq.ui.settings;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.antq.ui.common.Deadlines;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;

/** Cài đặt: language, classification profile, deadlines, recipient police. */
public final class SettingsView extends ScreenBase {
    private final UiContext ctx;
    private final SettingsViewModel vm;
    private final Label error = new Label();

    public SettingsView(UiContext ctx) {
        super("settings");
        this.ctx = ctx;
        this.vm = new SettingsViewModel(ctx);
    }

    public SettingsViewModel viewModel() {
        return vm;
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    private javafx.scene.control.ListCell<String> profileCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : vm.profileName(id));
            }
        };
    }

    @Override
    protected Node build() {
        VBox page = Forms.page(ctx.t("ui.settings.title"), null);
        // language
        ToggleGroup langs = new ToggleGroup();
        RadioButton vi = new RadioButton("Tiếng Việt");
        vi.setId("lang-vi");
        vi.setToggleGroup(langs);
        RadioButton en = new RadioButton("English");
        en.setId("lang-en");
        en.setToggleGroup(langs);
        (vm.languageProperty().get().equals("en") ? en : vi).setSelected(true);
        vi.setOnAction(e -> vm.applyLanguage("vi"));
        en.setOnAction(e -> vm.applyLanguage("en"));
        VBox language = Forms.card(ctx.t("ui.settings.language"), new HBox(16, vi, en));

        // profile
        Label name = new Label();
        name.setId("settings-profile-name");
        name.getStyleClass().add("text-bold");
        name.textProperty().bind(vm.profileNameProperty());
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(vm.profileNoteProperty());
        VBox levels = new VBox(2);
        levels.setId("settings-thresholds");
        vm.thresholds().addListener((javafx.collections.ListChangeListener<String>) c -> {
            levels.getChildren().clear();
            for (String t : vm.thresholds()) {
                levels.getChildren().add(new Label("• " + t));
            }
        });
        ComboBox<String> ids = new ComboBox<>(vm.profileIds());
        ids.setId("settings-profile-id");
        ids.setAccessibleText(ctx.t("ui.settings.profile.use"));
        ids.valueProperty().bindBidirectional(vm.profileIdProperty());
        // the profiles by their names ("Ngưỡng mặc định"), never their ids ("default-2022")
        ids.setCellFactory(lv -> profileCell());
        ids.setButtonCell(profileCell());
        Button use = new Button(ctx.t("ui.settings.profile.use"));
        use.setOnAction(e -> vm.useProfile(ids.getValue()));
        Button importBtn = new Button(ctx.t("ui.settings.profile.import"));
        importBtn.setId("settings-profile-import");
        importBtn.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(vn.antq.ui.common.Forms.plain(ctx.t("ui.settings.profile.import")));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.t("ui.filter.json"), "*.json"));
            File f = chooser.showOpenDialog(ctx.owner());
            if (f != null) {
                vm.importProfile(f.toPath());
            }
        });
        Label profileHint = new Label(ctx.t("ui.settings.profile.hint"));
        profileHint.setWrapText(true);
        profileHint.getStyleClass().add("text-muted");
        VBox profile = Forms.card(ctx.t("ui.settings.profile"), name, note, levels,
                Forms.toolbar(ids, use, importBtn), profileHint);

        // deadlines and recipient
        GridPane grid = Forms.grid();
        int r = 0;
        for (String[] d : List.of(new String[] {Deadlines.REGISTRATION, "ui.deadline.registration"},
                new String[] {Deadlines.ANTT, "ui.deadline.antt"},
                new String[] {Deadlines.CLASSIFICATION, "ui.deadline.classification"},
                new String[] {Deadlines.LOCAL, "ui.deadline.local"})) {
            TextField f = new TextField();
            f.setId("deadline-" + d[0]);
            f.setPromptText("dd/MM");
            f.setPrefColumnCount(6);
            f.setMaxWidth(100);
            f.textProperty().bindBidirectional(vm.deadline(d[0]));
            Runnable save = () -> vm.saveDeadline(d[0], f.getText()).ifPresentOrElse(error::setText,
                    () -> error.setText(""));
            f.setOnAction(e -> save.run());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    save.run();
                }
            });
            Forms.row(grid, r++, ctx.t(d[1]) + ":", f);
            f.setMaxWidth(100);
        }
        TextField localLabel = new TextField();
        vn.antq.ui.common.Forms.hint(localLabel, ctx.t("ui.settings.localLabel.prompt"));
        localLabel.textProperty().bindBidirectional(vm.localLabelProperty());
        localLabel.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.saveLocalLabel(localLabel.getText());
            }
        });
        Forms.row(grid, r++, ctx.t("ui.settings.localLabel"), localLabel);
        TextField police = new TextField();
        police.setId("settings-police");
        police.textProperty().bindBidirectional(vm.policeProperty());
        police.setOnAction(e -> vm.savePolice(police.getText()));
        police.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.savePolice(police.getText());
            }
        });
        Forms.row(grid, r, ctx.t("ui.settings.police"), police);
        error.getStyleClass().add("antq-warn");
        VBox deadlines = Forms.card(ctx.t("ui.settings.deadlines"), grid, error);
        Label message = new Label();
        message.setId("settings-message");
        message.getStyleClass().add("antq-ok");
        message.textProperty().bind(vm.messageProperty());
        page.getChildren().addAll(language, profile, deadlines, message);
        page.setMaxWidth(900);
        page.setPadding(new Insets(16, 20, 20, 20));
        return Forms.scroll(page);
    }
}
