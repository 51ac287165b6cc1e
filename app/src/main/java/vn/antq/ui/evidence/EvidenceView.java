package vn.antq.ui.evidence;

import java.io.File;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.Placeholders;

/** Minh chứng: the evidence files, drop zone, links, check, open. */
public final class EvidenceView extends ScreenBase {
    private final UiContext ctx;
    private final EvidenceViewModel vm;

    public EvidenceView(UiContext ctx) {
        super("evidence");
        this.ctx = ctx;
        this.vm = new EvidenceViewModel(ctx);
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    @Override
    protected Node build() {
        VBox head = Forms.page(ctx.t("ui.evidence.title"), ctx.t("ui.evidence.subtitle"));
        ComboBox<EvidenceViewModel.Target> target = new ComboBox<>(vm.targets());
        target.setId("evidence-target");
        vn.antq.ui.common.Forms.hint(target, ctx.t("ui.evidence.target.prompt"));
        target.setAccessibleText(ctx.t("ui.evidence.target.prompt"));
        target.setPrefWidth(420);
        // a read-only data folder takes no file: the zone says so instead of inviting a drop
        Label drop = new Label(ctx.t(ctx.readOnly() ? "ui.evidence.drop.readOnly" : "ui.evidence.drop"));
        drop.setId("evidence-drop-text");
        drop.setWrapText(true);
        if (ctx.readOnly()) {
            drop.getStyleClass().add("antq-warn");
        }
        Button choose = new Button(ctx.t("ui.evidence.choose"));
        choose.setId("evidence-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(vn.antq.ui.common.Forms.plain(ctx.t("ui.evidence.choose")));
            List<File> files = chooser.showOpenMultipleDialog(ctx.owner());
            if (files != null && !files.isEmpty()) {
                vm.add(files.stream().map(File::toPath).toList(), target.getValue());
            }
        });
        HBox zone = Forms.toolbar(drop, Forms.spacer(), choose);
        zone.setId("evidence-drop");
        zone.getStyleClass().add("antq-drop-zone");
        zone.setOnDragOver(e -> {
            // not accepted from a read-only folder (the cursor says "no"), as every save is off there
            if (!ctx.readOnly() && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!zone.getStyleClass().contains("drag-over")) {
                    zone.getStyleClass().add("drag-over");
                }
            }
            e.consume();
        });
        zone.setOnDragExited(e -> zone.getStyleClass().remove("drag-over"));
        zone.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = !ctx.readOnly() && db.hasFiles();
            if (ok) {
                vm.add(db.getFiles().stream().filter(File::isFile).map(File::toPath).toList(), target.getValue());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        Label summary = new Label();
        summary.setId("evidence-summary");
        summary.getStyleClass().add("text-bold");
        summary.textProperty().bind(vm.summaryProperty());
        Button verify = new Button(ctx.t("ui.evidence.verify"));
        verify.setId("evidence-verify");
        verify.setOnAction(e -> vm.verify());
        vn.antq.ui.common.ReadOnlyMode.reads(verify);
        head.getChildren().addAll(Forms.toolbar(new Label(ctx.t("ui.evidence.target")), target), zone,
                Forms.toolbar(summary, Forms.spacer(), verify));

        TableView<EvidenceViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("evidence-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Placeholders.set(table, ctx.t("ui.evidence.none"));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(EvidenceViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("danger");
                if (!empty && r != null && r.problem()) {
                    getStyleClass().add("danger");
                }
            }
        });
        TableColumn<EvidenceViewModel.Row, String> name = new TableColumn<>(ctx.t("ui.evidence.col.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<EvidenceViewModel.Row, String> sup = new TableColumn<>(ctx.t("ui.evidence.col.supports"));
        sup.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().supports()));
        TableColumn<EvidenceViewModel.Row, String> det = new TableColumn<>(ctx.t("ui.evidence.col.details"));
        det.setCellValueFactory(c -> new SimpleStringProperty(vm.details(c.getValue())));
        TableColumn<EvidenceViewModel.Row, String> st = new TableColumn<>(ctx.t("ui.evidence.col.status"));
        st.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().status()));
        st.setMaxWidth(160);
        table.getColumns().addAll(List.of(name, sup, det, st));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);

        Button open = new Button(ctx.t("ui.evidence.open"));
        open.setId("evidence-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem()));
        vn.antq.ui.common.ReadOnlyMode.reads(open);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        Button link = new Button(ctx.t("ui.evidence.link"));
        link.setId("evidence-link");
        link.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(target.valueProperty().isNull()));
        link.setOnAction(e -> vm.link(table.getSelectionModel().getSelectedItem(), target.getValue()));
        Button unlink = new Button(ctx.t("ui.evidence.unlink"));
        unlink.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        unlink.setOnAction(e -> vm.unlinkYear(table.getSelectionModel().getSelectedItem()));
        Button remove = new Button(ctx.t("ui.button.delete"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            var r = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(ctx.owner(), ctx.messages(), ctx.t("ui.evidence.remove.title"),
                    ctx.t("ui.evidence.remove.text", r.name()))) {
                vm.remove(r);
            }
        });
        HBox actions = Forms.toolbar(open, link, unlink, Forms.spacer(), remove);
        actions.setPadding(new javafx.geometry.Insets(8, 20, 12, 20));
        BorderPane pane = new BorderPane(table);
        BorderPane.setMargin(table, new javafx.geometry.Insets(0, 20, 0, 20));
        pane.setTop(head);
        pane.setBottom(actions);
        return pane;
    }
}
