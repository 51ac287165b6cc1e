package vn.antq.ui.backup;

import java.io.File;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.Placeholders;

/** Sao lưu: backup and restore through the store. */
public final class BackupView extends ScreenBase {
    private final UiContext ctx;
    private final BackupViewModel vm;

    public BackupView(UiContext ctx) {
        super("backup");
        this.ctx = ctx;
        this.vm = new BackupViewModel(ctx);
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    @Override
    protected Node build() {
        VBox page = Forms.page(ctx.t("ui.backup.title"), ctx.t("ui.backup.subtitle"));
        Button backup = new Button(ctx.t("ui.backup.now"));
        backup.setId("backup-now");
        backup.getStyleClass().add("accent");
        backup.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ctx.t("ui.backup.now"));
            chooser.setInitialFileName(vm.suggestedName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.t("ui.filter.zip"), "*.zip"));
            File f = chooser.showSaveDialog(ctx.owner());
            if (f != null) {
                vm.backup(f.toPath(), () -> { });
            }
        });
        Button restore = new Button(ctx.t("ui.backup.restore"));
        restore.setId("backup-restore");
        restore.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ctx.t("ui.backup.restore"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.t("ui.filter.zip"), "*.zip"));
            File f = chooser.showOpenDialog(ctx.owner());
            if (f != null && Dialogs.confirm(ctx.owner(), ctx.messages(), ctx.t("ui.backup.restore"),
                    ctx.t("ui.backup.restore.confirm", f.getName()))) {
                vm.restore(f.toPath());
            }
        });
        TableView<BackupViewModel.BackupFile> table = new TableView<>(vm.backups());
        table.setId("backup-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Placeholders.set(table, ctx.t("ui.backup.none"));
        table.setPrefHeight(300);
        TableColumn<BackupViewModel.BackupFile, String> name = new TableColumn<>(ctx.t("ui.backup.col.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<BackupViewModel.BackupFile, String> when = new TableColumn<>(ctx.t("ui.backup.col.when"));
        when.setCellValueFactory(c -> new SimpleStringProperty(vm.when(c.getValue())));
        TableColumn<BackupViewModel.BackupFile, String> size = new TableColumn<>(ctx.t("ui.backup.col.size"));
        size.setCellValueFactory(c -> new SimpleStringProperty(Forms.size(c.getValue().size())));
        table.getColumns().addAll(List.of(name, when, size));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);
        Button restoreSel = new Button(ctx.t("ui.backup.restoreSelected"));
        restoreSel.setId("backup-restore-selected");
        restoreSel.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restoreSel.setOnAction(e -> {
            var f = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(ctx.owner(), ctx.messages(), ctx.t("ui.backup.restore"),
                    ctx.t("ui.backup.restore.confirm", f.name()))) {
                vm.restore(f.path());
            }
        });
        Label msg = new Label();
        msg.setId("backup-message");
        msg.setWrapText(true);
        msg.textProperty().bind(vm.messageProperty());
        Label folder = new Label(ctx.t("ui.backup.folder", vm.dataDir().toString()));
        folder.setWrapText(true);
        folder.getStyleClass().add("text-muted");
        page.getChildren().addAll(Forms.toolbar(backup, restore), msg,
                Forms.card(ctx.t("ui.backup.list"), table, Forms.toolbar(restoreSel), folder));
        page.setMaxWidth(900);
        return Forms.scroll(page);
    }
}
