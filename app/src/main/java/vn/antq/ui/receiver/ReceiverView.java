package vn.antq.ui.receiver;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.antq.domain.UnitType;
import vn.antq.domain.receiver.CommuneSummary;
import vn.antq.domain.receiver.ReceivedPackage;
import vn.antq.i18n.Messages;
import vn.antq.ui.common.Placeholders;

/**
 * The commune police's window: the table of units received for a year (sortable by any column,
 * filtered by name or code and by unit type), receiving packages, the year's summary, and a unit's
 * documents opened with the system viewer.
 */
public final class ReceiverView {
    private final BorderPane root = new BorderPane();
    private final ReceiverViewModel vm;
    private final Messages m;
    private final TableView<ReceivedPackage> table = new TableView<>();

    public ReceiverView(ReceiverViewModel vm, Consumer<Path> opener) {
        this.vm = vm;
        this.m = vm.messages();
        root.setId("receiver");
        root.getStyleClass().add("antq-root");

        Label title = new Label();
        title.getStyleClass().add("title-2");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("receiver.ui.title", vm.communeProperty().get().police()), vm.communeProperty()));
        ChoiceBox<Integer> year = new ChoiceBox<>(vm.years());
        year.setId("receiver-year");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        year.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : String.valueOf(y);
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        TextField filter = new TextField();
        filter.setId("receiver-filter");
        filter.setPromptText(m.get("receiver.ui.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        ComboBox<UnitType> type = new ComboBox<>(FXCollections.observableArrayList(UnitType.values()));
        type.getItems().add(0, null);
        type.setId("receiver-type");
        type.setPromptText(m.get("receiver.ui.allTypes"));
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitType t) {
                return t == null ? m.get("receiver.ui.allTypes") : m.get("dossier.unitType." + t.name());
            }

            @Override
            public UnitType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(vm.typeProperty());

        Button receive = new Button(m.get("receiver.ui.receive"));
        receive.setId("receiver-receive");
        receive.getStyleClass().add("accent");
        receive.setOnAction(e -> chooseAndReceive());
        Button pdf = new Button(m.get("receiver.ui.openPdf"));
        pdf.setId("receiver-open-pdf");
        Button xlsx = new Button(m.get("receiver.ui.openXlsx"));
        xlsx.setId("receiver-open-xlsx");
        pdf.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        xlsx.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        pdf.setOnAction(e -> vm.openDocument(table.getSelectionModel().getSelectedItem(), false, opener));
        xlsx.setOnAction(e -> vm.openDocument(table.getSelectionModel().getSelectedItem(), true, opener));
        Button summary = new Button(m.get("receiver.ui.summary"));
        summary.setId("receiver-summary");
        summary.setOnAction(e -> chooseAndSummarise(opener));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(m.get("receiver.ui.year")), year, filter, type, grow, receive, pdf, xlsx,
                summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.SOMETIMES);

        columns();
        SortedList<ReceivedPackage> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("receiver-table");
        Placeholders.set(table, m.get("receiver.ui.empty"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ReceivedPackage p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("antq-row-altered");
                setTooltip(null);
                if (!empty && p != null) {
                    setTooltip(new Tooltip(p.verdictText()));
                    if (!p.valid()) {
                        getStyleClass().add("antq-row-altered");
                    }
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label status = new Label();
        status.setId("receiver-status");
        status.textProperty().bind(vm.statusProperty());
        VBox box = new VBox(10, title, bar, table, status);
        box.setPadding(new Insets(16));
        root.setCenter(box);
        root.getStylesheets().add("data:text/css,.antq-row-altered%20%7B%20-fx-background-color:%20%23fde2e1;%20%7D");
    }

    private <T> TableColumn<ReceivedPackage, T> col(String key, double width, Function<ReceivedPackage, T> value) {
        TableColumn<ReceivedPackage, T> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return c;
    }

    private void columns() {
        col("summary.col.unit", 230, ReceivedPackage::unitName);
        col("summary.col.type", 100, p -> m.get("dossier.unitType." + p.unitType().name()));
        col("receiver.ui.col.year", 50, ReceivedPackage::year);
        col("summary.col.total", 60, ReceivedPackage::total);
        TableColumn<ReceivedPackage, String> level = col("summary.col.level", 75,
                p -> p.classification().isEmpty() ? "" : m.get("receiver.level." + p.classification()));
        level.setComparator((a, b) -> Integer.compare(order(a), order(b)));
        col("receiver.ui.col.criteria", 85,
                p -> p.criteriaMet() < 0 ? "" : p.criteriaMet() + "/" + p.criteriaTotal() + (p.antt() ? " ✓" : ""));
        col("receiver.ui.col.pledges", 65, p -> p.staff() <= 0 ? "" : Math.round(100.0 * p.staffPledged() / p.staff()) + " %");
        col("summary.col.departments", 75, p -> p.departments() < 0 ? "" : p.departmentsRegistered() + "/" + p.departments());
        col("summary.col.findings", 110, p -> p.findings().isEmpty() ? "" : String.join("; ", p.findings()));
        col("summary.col.signature", 150, p -> p.signed() ? p.signer() : m.get("receiver.sig.none"));
        col("summary.col.verdict", 95, p -> m.get("receiver.verdict." + p.verdict()));
        col("summary.col.received", 85, p -> date(LocalDate.ofInstant(p.receivedAt(), CommuneSummary.ZONE)));
        col("summary.col.late", 60, p -> vm.late(p) ? m.get("summary.yes") : "");
    }

    private int order(String label) {
        for (var c : vn.antq.domain.scoring.Classification.values()) {
            if (m.get("receiver.level." + c.name()).equals(label)) {
                return c.ordinal();
            }
        }
        return 99;
    }

    private static String date(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void chooseAndReceive() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("receiver.ui.receive"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("receiver.ui.zipFiles"), "*.zip"));
        List<File> files = fc.showOpenMultipleDialog(window());
        if (files == null || files.isEmpty()) {
            return;
        }
        vm.receive(files.stream().map(File::toPath).toList(), this::showLines);
    }

    private void showLines(List<String> lines) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(window());
        a.setTitle(m.get("receiver.ui.receive"));
        a.setHeaderText(m.get("receiver.ui.received", lines.size()));
        TextArea text = new TextArea(String.join("\n", lines));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(760, 260);
        a.getDialogPane().setContent(text);
        a.show();
    }

    private void chooseAndSummarise(Consumer<Path> opener) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(m.get("receiver.ui.summary"));
        File dir = dc.showDialog(window());
        if (dir == null) {
            return;
        }
        vm.summary(dir.toPath(), files -> opener.accept(files.get(1)));
    }

    public TableView<ReceivedPackage> table() {
        return table;
    }

    public Parent root() {
        return root;
    }
}
