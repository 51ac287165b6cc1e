package vn.antq.ui.departments;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.antq.ui.common.DateField;
import vn.antq.ui.common.DateTableCell;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.Placeholders;

/** Phòng ban: departments and their registration for the year; the unit's own registration on top. */
public final class DepartmentsView extends ScreenBase {
    private final UiContext ctx;
    private final DepartmentsViewModel vm;

    public DepartmentsView(UiContext ctx) {
        super("departments");
        this.ctx = ctx;
        this.vm = new DepartmentsViewModel(ctx);
    }

    public DepartmentsViewModel viewModel() {
        return vm;
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    @Override
    protected BorderPane build() {
        VBox head = Forms.page(ctx.t("ui.departments.title"), ctx.t("ui.departments.subtitle"));
        CheckBox unitReg = new CheckBox(ctx.t("ui.departments.unitRegistered"));
        unitReg.setId("unit-registered");
        unitReg.selectedProperty().bindBidirectional(vm.unitRegisteredProperty());
        // the unit's registration date: typed or picked, checked (a refused date shows why, beside it)
        DateField unitDateField = new DateField(ctx.messages(), vm::dateRule, d -> vm.unitRegisteredOnProperty().set(d));
        unitDateField.show(vm.unitRegisteredOnProperty().get());
        vm.unitRegisteredOnProperty().addListener((o, a, b) -> unitDateField.show(b));
        DatePicker unitDate = unitDateField.picker();
        unitDate.setId("unit-registered-on");
        unitDateField.message().setId("unit-registered-on-message");
        unitDate.setAccessibleText(ctx.t("ui.departments.unitRegisteredOn"));
        unitDate.disableProperty().bind(unitReg.selectedProperty().not());
        Label hint8a = new Label(ctx.t("ui.departments.unitHint"));
        hint8a.getStyleClass().add("text-muted");
        HBox unitBar = Forms.toolbar(unitReg, new Label(ctx.t("ui.departments.unitRegisteredOn")), unitDate, hint8a);
        VBox unitBox = new VBox(4, unitBar, unitDateField.message());
        Label summary = new Label();
        summary.setId("departments-summary");
        summary.getStyleClass().add("text-bold");
        summary.textProperty().bind(vm.summaryProperty());
        Button all = new Button(ctx.t("ui.departments.registerAll"));
        all.setId("departments-register-all");
        all.setOnAction(e -> vm.registerAll());
        head.getChildren().addAll(Forms.card(ctx.t("ui.departments.unitCard"), unitBox),
                Forms.toolbar(summary, Forms.spacer(), all));

        TableView<DepartmentsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("departments-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Placeholders.set(table, ctx.t("ui.departments.empty"));
        table.setAccessibleText(ctx.t("ui.departments.title"));
        TableColumn<DepartmentsViewModel.Row, String> name = new TableColumn<>(ctx.t("ui.departments.col.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(e -> vm.rename(e.getRowValue(), e.getNewValue()));
        TableColumn<DepartmentsViewModel.Row, Boolean> reg = new TableColumn<>(ctx.t("ui.departments.col.registered"));
        reg.setId("col-registered");
        reg.setCellValueFactory(c -> c.getValue().registeredProperty());
        reg.setCellFactory(CheckBoxTableCell.forTableColumn(reg));
        reg.setMaxWidth(160);
        TableColumn<DepartmentsViewModel.Row, LocalDate> date = new TableColumn<>(ctx.t("ui.departments.col.date"));
        date.setCellValueFactory(c -> c.getValue().dateProperty());
        date.setId("col-date");
        // the date of a ticked department edits in place (calendar or typed dd/MM/yyyy); today is only a new tick's default
        Label err = new Label();
        err.setId("departments-error");
        err.getStyleClass().add("antq-warn");
        err.setWrapText(true);
        date.setCellFactory(col -> new DateTableCell<>(ctx.messages(), vm::dateRule,
                r -> r.registeredProperty().get(), (r, d) -> {
                    err.setText("");
                    vm.setDate(r, d);
                }, err::setText));
        date.setEditable(true);
        date.setMinWidth(160);
        date.setMaxWidth(200);
        TableColumn<DepartmentsViewModel.Row, String> staff = new TableColumn<>(ctx.t("ui.departments.col.staff"));
        staff.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().staffText()));
        staff.setEditable(false);
        staff.setMaxWidth(180);
        table.getColumns().addAll(List.of(name, reg, date, staff));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);
        // Enter renames the focused department; the space bar ticks its registration
        table.setOnKeyPressed(e -> {
            int i = table.getFocusModel().getFocusedIndex();
            if (table.getEditingCell() != null || i < 0) {
                return;
            }
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                table.edit(i, name);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                var r = table.getItems().get(i);
                r.registeredProperty().set(!r.registeredProperty().get());
                e.consume();
            }
        });

        TextField newName = new TextField();
        newName.setId("department-new-name");
        vn.antq.ui.common.Forms.hint(newName, ctx.t("ui.departments.new.prompt"));
        newName.setAccessibleText(ctx.t("ui.departments.new.prompt"));
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button add = new Button(ctx.t("ui.button.add"));
        add.setId("department-add");
        Runnable doAdd = () -> vm.add(newName.getText()).ifPresentOrElse(err::setText, () -> {
            err.setText("");
            newName.clear();
        });
        add.setOnAction(e -> doAdd.run());
        newName.setOnAction(e -> doAdd.run());
        Button delete = new Button(ctx.t("ui.button.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(ctx.owner(), ctx.messages(), ctx.t("ui.departments.delete.title"),
                    ctx.t("ui.departments.delete.text", row.name()))) {
                vm.delete(row);
            }
        });
        HBox addBar = Forms.toolbar(newName, add, err, Forms.spacer(), delete);
        addBar.setPadding(new Insets(8, 20, 12, 20));
        BorderPane pane = new BorderPane(table);
        BorderPane.setMargin(table, new Insets(0, 20, 0, 20));
        pane.setTop(head);
        pane.setBottom(addBar);
        return pane;
    }
}
