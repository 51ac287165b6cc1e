package vn.antq.ui.staff;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.antq.importer.StaffField;
import vn.antq.importer.StaffImport;
import vn.antq.importer.StaffImportPreview;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.Placeholders;

/** Import of a staff workbook: preview with column mapping and per-row problems, then import. */
public final class StaffImportDialog {
    private final UiContext ctx;
    private final StaffImportViewModel vm;
    private final BorderPane root = new BorderPane();
    private final FlowPane mapping = new FlowPane(12, 8);
    private final TableView<StaffImportViewModel.Line> table = new TableView<>();
    private boolean filling;

    public StaffImportDialog(UiContext ctx, Runnable afterImport) {
        this.ctx = ctx;
        this.vm = new StaffImportViewModel(ctx);
        root.setId("import-dialog");
        root.getStyleClass().add("antq-root");
        Label intro = new Label(ctx.t("ui.import.intro"));
        intro.setWrapText(true);
        Button choose = new Button(ctx.t("ui.import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(vn.antq.ui.common.Forms.plain(ctx.t("ui.import.choose")));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(ctx.t("ui.filter.staffLists"), StaffImport.filePatterns()),
                    new FileChooser.ExtensionFilter(ctx.t("ui.filter.all.files"), "*.*"));
            File f = chooser.showOpenDialog(root.getScene() == null ? ctx.owner() : root.getScene().getWindow());
            if (f != null) {
                vm.open(f.toPath());
            }
        });
        Button template = new Button(ctx.t("ui.import.template"));
        template.setId("import-template");
        template.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(vn.antq.ui.common.Forms.plain(ctx.t("ui.import.template")));
            chooser.setInitialFileName(ctx.t("ui.import.templateName"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.t("ui.filter.excel"), "*.xlsx"));
            File f = chooser.showSaveDialog(root.getScene() == null ? ctx.owner() : root.getScene().getWindow());
            if (f != null) {
                vm.saveTemplate(f.toPath());
            }
        });
        Label summary = new Label();
        summary.setId("import-summary");
        summary.getStyleClass().add("text-bold");
        summary.textProperty().bind(vm.summaryProperty());
        ListView<String> fileProblems = new ListView<>(vm.fileProblems());
        fileProblems.setId("import-file-problems");
        fileProblems.setPrefHeight(60);
        fileProblems.setCellFactory(lv -> vn.antq.ui.common.Cells.wrappingListCell());
        Placeholders.general(fileProblems, ctx);
        fileProblems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.fileProblems()));
        fileProblems.managedProperty().bind(fileProblems.visibleProperty());
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("import-sheet");
        Placeholders.general(sheet, ctx);
        Label sheetLabel = new Label(ctx.t("ui.import.sheet"));
        sheetLabel.setLabelFor(sheet);
        HBox sheetBox = new HBox(6, sheetLabel, sheet);
        sheetBox.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.sheets()).greaterThan(1));
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());
        vm.previewProperty().addListener((o, a, p) -> {
            if (p != null) {
                sheet.getSelectionModel().select(p.sheetName());
            }
        });
        sheet.setOnAction(e -> {
            if (sheet.getValue() != null) {
                vm.openSheet(sheet.getValue());
            }
        });
        ListView<String> notes = new ListView<>(vm.notes());
        notes.setId("import-notes");
        notes.setPrefHeight(70);
        notes.setAccessibleText(ctx.t("ui.import.notes"));
        Placeholders.general(notes, ctx);
        notes.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.notes()));
        notes.managedProperty().bind(notes.visibleProperty());
        mapping.setId("import-mapping");
        VBox top = new VBox(8, intro, Forms.toolbar(choose, template, summary, sheetBox), fileProblems, notes,
                new Label(ctx.t("ui.import.mapping")), mapping);
        top.setPadding(new Insets(12));
        root.setTop(top);

        table.setId("import-table");
        table.setItems(vm.lines());
        Placeholders.set(table, ctx.t("ui.import.noFile"));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(StaffImportViewModel.Line l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().remove("danger");
                if (!empty && l != null && !l.valid()) {
                    getStyleClass().add("danger");
                }
            }
        });
        ListView<String> plan = new ListView<>(vm.planLines());
        plan.setId("import-plan");
        Placeholders.set(plan, ctx.t("ui.import.noFile"));
        Label planTitle = new Label(ctx.t("ui.import.plan"));
        planTitle.getStyleClass().add("text-bold");
        VBox planBox = new VBox(4, planTitle, plan);
        VBox.setVgrow(plan, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.SplitPane center = new javafx.scene.control.SplitPane(table, planBox);
        center.setOrientation(javafx.geometry.Orientation.VERTICAL);
        center.setDividerPositions(0.55);
        BorderPane.setMargin(center, new Insets(0, 12, 0, 12));
        root.setCenter(center);

        CheckBox skip = new CheckBox(ctx.t("ui.import.skipInvalid"));
        skip.setId("import-skip-invalid");
        skip.selectedProperty().bindBidirectional(vm.skipInvalidProperty());
        Button apply = new Button(ctx.t("ui.import.apply"));
        apply.setId("import-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.canImportProperty().not());
        apply.setOnAction(e -> vm.apply(afterImport));
        Button close = new Button(ctx.t("ui.button.close"));
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> ((Stage) root.getScene().getWindow()).close());
        Label result = new Label();
        result.setId("import-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        CheckBox createDepartments = new CheckBox(ctx.t("ui.import.createDepartments"));
        createDepartments.setId("import-create-departments");
        createDepartments.selectedProperty().bindBidirectional(vm.createDepartmentsProperty());
        CheckBox markLeft = new CheckBox(ctx.t("ui.import.markMissingLeft"));
        markLeft.setId("import-mark-missing-left");
        markLeft.selectedProperty().bindBidirectional(vm.markMissingLeftProperty());
        HBox bottom = Forms.toolbar(new VBox(4, skip, createDepartments, markLeft), result, Forms.spacer(), apply,
                close);
        bottom.setPadding(new Insets(12));
        root.setBottom(bottom);
        vm.previewProperty().addListener((o, a, p) -> rebuild(p));
    }

    public StaffImportViewModel viewModel() {
        return vm;
    }

    public BorderPane root() {
        return root;
    }

    private void rebuild(StaffImportPreview p) {
        filling = true;
        mapping.getChildren().clear();
        table.getColumns().clear();
        if (p == null) {
            filling = false;
            return;
        }
        List<String> choices = new ArrayList<>();
        choices.add(ctx.t("ui.import.notImported"));
        for (int i = 0; i < p.headers().size(); i++) {
            String h = p.headers().get(i);
            choices.add(ctx.t("ui.import.column", columnLetter(i), h.isBlank() ? "—" : h));
        }
        for (StaffField f : StaffField.values()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("map-" + f.name());
            box.getItems().setAll(choices);
            box.getSelectionModel().select(p.mapping().column(f).isPresent() ? p.mapping().column(f).getAsInt() + 1 : 0);
            box.setAccessibleText(f.label(ctx.messages().locale()));
            box.valueProperty().addListener((o, a, b) -> {
                if (!filling) {
                    vm.map(f, box.getSelectionModel().getSelectedIndex() - 1);
                }
            });
            Label l = new Label(f.label(ctx.messages().locale()) + (f.required() ? " *" : "") + ":");
            l.setLabelFor(box);
            mapping.getChildren().add(new HBox(6, l, box));
        }
        TableColumn<StaffImportViewModel.Line, String> row = new TableColumn<>(ctx.t("ui.import.col.row"));
        row.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().rowNumber())));
        row.setPrefWidth(60);
        table.getColumns().add(row);
        for (int i = 0; i < p.headers().size(); i++) {
            final int col = i;
            StaffField f = p.mapping().fieldAt(i);
            String head = p.headers().get(i).isBlank() ? columnLetter(i) : p.headers().get(i);
            TableColumn<StaffImportViewModel.Line, String> c = new TableColumn<>(
                    f == null ? head : head + " → " + f.label(ctx.messages().locale()));
            c.setCellValueFactory(x -> new SimpleStringProperty(col < x.getValue().cells().size()
                    ? x.getValue().cells().get(col) : ""));
            c.setPrefWidth(130);
            table.getColumns().add(c);
        }
        TableColumn<StaffImportViewModel.Line, String> problems = new TableColumn<>(ctx.t("ui.import.col.problems"));
        problems.setId("import-col-problems");
        problems.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().problems()));
        problems.setPrefWidth(380);
        table.getColumns().add(problems);
        filling = false;
    }

    static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index;
        do {
            sb.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return sb.toString();
    }

    /** Opens the dialog over the main window. */
    static void show(UiContext ctx, Runnable afterImport) {
        StaffImportDialog d = new StaffImportDialog(ctx, afterImport);
        Stage stage = new Stage();
        if (ctx.owner() != null) {
            stage.initOwner(ctx.owner());
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.t("ui.import.title"));
        Scene scene = new Scene(d.root(), 1100, 620);
        scene.getStylesheets().add(StaffImportDialog.class.getResource("/vn/antq/ui/antq.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
