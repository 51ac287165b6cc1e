package vn.antq.ui.staff;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.Department;
import vn.antq.ui.common.DateTableCell;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.Placeholders;

/** Cán bộ: the staff table with search, department filter, pledges, scans and the Excel import. */
public final class StaffView extends ScreenBase {
    private final UiContext ctx;
    private final StaffViewModel vm;
    private TableView<StaffRow> table;

    public StaffView(UiContext ctx) {
        super("staff");
        this.ctx = ctx;
        this.vm = new StaffViewModel(ctx);
    }

    public StaffViewModel viewModel() {
        return vm;
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    @Override
    protected BorderPane build() {
        VBox head = Forms.page(ctx.t("ui.staff.title"), ctx.t("ui.staff.subtitle"));
        Label coverage = new Label();
        coverage.setId("staff-coverage");
        coverage.getStyleClass().add("text-bold");
        coverage.textProperty().bind(vm.coverageProperty());
        Label deptCoverage = new Label();
        deptCoverage.setId("staff-dept-coverage");
        deptCoverage.textProperty().bind(vm.departmentCoverageProperty());

        TextField search = new TextField();
        search.setId("staff-search");
        search.getStyleClass().add(vn.antq.ui.common.MainWindow.SEARCH);
        vn.antq.ui.common.Forms.hint(search, ctx.t("ui.staff.search.prompt"));
        search.setAccessibleText(ctx.t("ui.staff.search.prompt"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(vm.searchProperty());
        ComboBox<Department> dept = new ComboBox<>();
        dept.setId("staff-department-filter");
        vn.antq.ui.common.ReadOnlyMode.reads(dept);
        dept.setAccessibleText(ctx.t("ui.staff.filter.department"));
        dept.getItems().add(null);
        vm.departments().addListener((javafx.collections.ListChangeListener<Department>) c -> {
            Department keep = dept.getValue();
            List<Department> items = new ArrayList<>();
            items.add(null);
            items.addAll(vm.departments());
            dept.getItems().setAll(items);
            dept.setValue(keep == null ? null : vm.departments().stream().filter(d -> d.id() == keep.id())
                    .findFirst().orElse(null));
        });
        dept.setCellFactory(lv -> deptCell());
        dept.setButtonCell(deptCell());
        dept.valueProperty().bindBidirectional(vm.departmentFilterProperty());

        Button mark = new Button(ctx.t("ui.staff.markSigned"));
        mark.setId("staff-mark-signed");
        mark.getStyleClass().add("accent");
        Button unmark = new Button(ctx.t("ui.staff.markUnsigned"));
        unmark.setId("staff-mark-unsigned");
        Button scan = new Button(ctx.t("ui.staff.attachScan"));
        scan.setId("staff-attach-scan");
        Button importBtn = new Button(ctx.t("ui.staff.import"));
        importBtn.setId("staff-import");
        importBtn.setOnAction(e -> openImport());
        HBox bar1 = Forms.toolbar(new Label(ctx.t("ui.staff.filter.department")), dept, search, Forms.spacer(),
                importBtn);
        HBox bar2 = Forms.toolbar(mark, unmark, scan, Forms.spacer(), coverage);
        head.getChildren().addAll(deptCoverage, bar1, bar2);

        Label err = new Label();
        err.setId("staff-error");
        err.getStyleClass().add("antq-warn");
        err.setWrapText(true);
        table = new TableView<>(vm.rows());
        table.setId("staff-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Placeholders.set(table, ctx.t("ui.staff.empty"));
        table.setAccessibleText(ctx.t("ui.staff.table.accessible"));
        // the rows are sorted below the search's filter: the table's sort sets their order, the filter keeps it
        vm.comparatorProperty().bind(table.comparatorProperty());
        table.setSortPolicy(t -> true);

        TableColumn<StaffRow, Boolean> signed = new TableColumn<>(ctx.t("ui.staff.col.signed"));
        signed.setId("col-signed");
        signed.setCellValueFactory(c -> c.getValue().signedProperty());
        // the row's check box never takes the focus (a click leaves it on the table, see StaffTableKeys): a
        // focused box whose cell is remade (a reload after a write) would leave the scene and the scene
        // would hand the focus to its first control (the department filter since the screens are in
        // reading order), where the next Space would go
        signed.setCellFactory(col -> {
            CheckBoxTableCell<StaffRow, Boolean> cell = new CheckBoxTableCell<>();
            cell.graphicProperty().addListener((o, was, box) -> {
                if (box != null) {
                    box.setFocusTraversable(false);
                }
            });
            return cell;
        });
        signed.setEditable(true);
        signed.setMaxWidth(80);
        signed.setMinWidth(70);
        TableColumn<StaffRow, String> name = new TableColumn<>(ctx.t("ui.staff.col.name"));
        name.setId("col-name");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setComparator(VietnameseText.nameOrder());
        name.setOnEditCommit(e -> vm.update(e.getRowValue(), e.getNewValue(), e.getRowValue().position()));
        TableColumn<StaffRow, String> position = new TableColumn<>(ctx.t("ui.staff.col.position"));
        position.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().position()));
        position.setCellFactory(TextFieldTableCell.forTableColumn());
        position.setComparator(VietnameseText.order());
        position.setOnEditCommit(e -> vm.update(e.getRowValue(), e.getRowValue().name(), e.getNewValue()));
        TableColumn<StaffRow, String> department = new TableColumn<>(ctx.t("ui.staff.col.department"));
        department.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().department()));
        department.setComparator(VietnameseText.order());
        department.setEditable(false);
        TableColumn<StaffRow, java.time.LocalDate> date = new TableColumn<>(ctx.t("ui.staff.col.date"));
        date.setId("col-date");
        date.setCellValueFactory(c -> c.getValue().dateProperty());
        // a signed pledge's date edits in place (calendar or typed dd/MM/yyyy); today is only a new tick's default
        date.setCellFactory(col -> new DateTableCell<>(ctx.messages(), vm::dateRule,
                r -> r.signedProperty().get(), (r, d) -> {
                    err.setText("");
                    vm.setDate(r, d);
                }, err::setText));
        date.setMinWidth(160);
        date.setMaxWidth(200);
        TableColumn<StaffRow, String> scanCol = new TableColumn<>(ctx.t("ui.staff.col.scan"));
        scanCol.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().hasScan() ? ctx.t("ui.staff.scan.yes")
                : ""));
        scanCol.setEditable(false);
        scanCol.setMaxWidth(110);
        table.getColumns().addAll(List.of(signed, name, position, department, date, scanCol));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);
        // Space ticks the selected people's pledges (untick when all are ticked); Enter, F2 or a double click edit
        StaffTableKeys.install(table, name, position, date,
                sel -> vm.mark(sel, !sel.stream().allMatch(r -> r.signedProperty().get())));

        mark.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        unmark.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        scan.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        mark.setOnAction(e -> vm.mark(new ArrayList<>(table.getSelectionModel().getSelectedItems()), true));
        unmark.setOnAction(e -> vm.mark(new ArrayList<>(table.getSelectionModel().getSelectedItems()), false));
        scan.setOnAction(e -> {
            StaffRow row = table.getSelectionModel().getSelectedItem();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ctx.t("ui.staff.attachScan.title", row.name()));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(ctx.t("ui.filter.scans"), "*.pdf", "*.jpg", "*.jpeg", "*.png"),
                    new FileChooser.ExtensionFilter(ctx.t("ui.filter.all"), "*.*"));
            File f = chooser.showOpenDialog(ctx.owner());
            if (f != null) {
                vm.attachScan(row, f.toPath());
            }
        });

        // add a person
        TextField newName = new TextField();
        newName.setId("staff-new-name");
        vn.antq.ui.common.Forms.hint(newName, ctx.t("ui.staff.col.name"));
        newName.setAccessibleText(ctx.t("ui.staff.new.accessible"));
        HBox.setHgrow(newName, Priority.ALWAYS);
        TextField newPos = new TextField();
        vn.antq.ui.common.Forms.hint(newPos, ctx.t("ui.staff.col.position"));
        ComboBox<Department> newDept = new ComboBox<>(vm.departments());
        newDept.setId("staff-new-department");
        vn.antq.ui.common.Placeholders.set(newDept, ctx.t("ui.staff.noDepartments"));
        vn.antq.ui.common.Forms.hint(newDept, ctx.t("ui.staff.col.department"));
        newDept.setCellFactory(lv -> deptCell());
        newDept.setButtonCell(deptCell());
        Button add = new Button(ctx.t("ui.staff.add"));
        add.setId("staff-add");
        Runnable doAdd = () -> vm.add(newName.getText(), newPos.getText(), newDept.getValue())
                .ifPresentOrElse(err::setText, () -> {
                    err.setText("");
                    newName.clear();
                    newPos.clear();
                    newName.requestFocus();
                });
        add.setOnAction(e -> doAdd.run());
        newName.setOnAction(e -> doAdd.run());
        Button delete = new Button(ctx.t("ui.button.delete"));
        delete.setId("staff-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            List<StaffRow> sel = new ArrayList<>(table.getSelectionModel().getSelectedItems());
            if (Dialogs.confirm(ctx.owner(), ctx.messages(), ctx.t("ui.staff.delete.title"),
                    ctx.t("ui.staff.delete.text", sel.size()))) {
                vm.delete(sel);
            }
        });
        HBox addBar = Forms.toolbar(newName, LegacyTextButton.of(ctx, newName), newPos, newDept, add, err,
                Forms.spacer(), delete);
        addBar.setPadding(new Insets(8, 20, 12, 20));

        BorderPane pane = new BorderPane(table);
        BorderPane.setMargin(table, new Insets(0, 20, 0, 20));
        pane.setTop(head);
        pane.setBottom(addBar);
        return pane;
    }

    private ListCell<Department> deptCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Department d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d == null ? ctx.t("ui.staff.filter.all") : d.name());
            }
        };
    }

    private void openImport() {
        StaffImportDialog.show(ctx, vm::reload);
    }
}
