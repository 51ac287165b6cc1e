package vn.antq.ui.years;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;

/** Năm: switch year, start a new one, compare two side by side. */
public final class YearsView extends ScreenBase {
    private final UiContext ctx;
    private final YearsViewModel vm;

    public YearsView(UiContext ctx) {
        super("years");
        this.ctx = ctx;
        this.vm = new YearsViewModel(ctx);
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    @Override
    protected Node build() {
        VBox page = Forms.page(ctx.t("ui.years.title"), ctx.t("ui.years.subtitle"));
        TableView<YearsViewModel.YearLine> table = new TableView<>(vm.years());
        table.setId("years-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(170);
        vn.antq.ui.common.Placeholders.general(table, ctx);
        TableColumn<YearsViewModel.YearLine, String> y = new TableColumn<>(ctx.t("ui.years.col.year"));
        y.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().year())));
        TableColumn<YearsViewModel.YearLine, String> st = new TableColumn<>(ctx.t("ui.years.col.state"));
        st.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().state()));
        TableColumn<YearsViewModel.YearLine, String> tot = new TableColumn<>(ctx.t("ui.years.col.total"));
        tot.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().total() + "/100"));
        TableColumn<YearsViewModel.YearLine, String> lv = new TableColumn<>(ctx.t("ui.years.col.level"));
        lv.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().level()));
        table.getColumns().addAll(List.of(y, st, tot, lv));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);
        Button open = new Button(ctx.t("ui.years.switch"));
        open.setId("years-switch");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.switchTo(table.getSelectionModel().getSelectedItem().year()));
        vn.antq.ui.common.ReadOnlyMode.reads(open);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.switchTo(table.getSelectionModel().getSelectedItem().year());
            }
        });
        TextField newYear = new TextField();
        newYear.setId("years-new");
        newYear.setPrefColumnCount(6);
        newYear.setAccessibleText(ctx.t("ui.years.new"));
        vm.years().addListener((ListChangeListener<YearsViewModel.YearLine>) c ->
                newYear.setText(String.valueOf(vm.suggestedNewYear())));
        Label err = new Label();
        err.getStyleClass().add("antq-warn");
        Button start = new Button(ctx.t("ui.years.start"));
        start.setId("years-start");
        start.setOnAction(e -> vm.startYear(newYear.getText()).ifPresentOrElse(err::setText, () -> err.setText("")));
        Label carry = new Label(ctx.t("ui.years.carry"));
        carry.setWrapText(true);
        carry.getStyleClass().add("text-muted");
        VBox yearsCard = Forms.card(ctx.t("ui.years.list"), table, Forms.toolbar(open),
                Forms.toolbar(new Label(ctx.t("ui.years.new")), newYear, start, err), carry);

        ComboBox<Integer> a = new ComboBox<>();
        ComboBox<Integer> b = new ComboBox<>();
        a.setId("compare-a");
        b.setId("compare-b");
        vn.antq.ui.common.Placeholders.general(a, ctx);
        vn.antq.ui.common.Placeholders.general(b, ctx);
        vn.antq.ui.common.ReadOnlyMode.reads(a, b);
        a.setAccessibleText(ctx.t("ui.years.compare.a"));
        b.setAccessibleText(ctx.t("ui.years.compare.b"));
        vm.years().addListener((ListChangeListener<YearsViewModel.YearLine>) c -> {
            List<Integer> ys = vm.years().stream().map(YearsViewModel.YearLine::year).toList();
            a.getItems().setAll(ys);
            b.getItems().setAll(ys);
            if (ys.size() >= 2) {
                a.setValue(ys.get(1));
                b.setValue(ys.get(0));
            } else if (!ys.isEmpty()) {
                a.setValue(ys.get(0));
                b.setValue(ys.get(0));
            }
        });
        a.valueProperty().addListener((o, x, v) -> vm.compare(a.getValue(), b.getValue()));
        b.valueProperty().addListener((o, x, v) -> vm.compare(a.getValue(), b.getValue()));
        TableView<YearsViewModel.CompareLine> cmp = new TableView<>(vm.comparison());
        cmp.setId("compare-table");
        cmp.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        cmp.setPrefHeight(420);
        vn.antq.ui.common.Placeholders.set(cmp, ctx.t("ui.years.compare.none"));
        TableColumn<YearsViewModel.CompareLine, String> item = new TableColumn<>(ctx.t("ui.scoring.col.tt"));
        item.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().label()));
        item.setMinWidth(64);
        item.setMaxWidth(70);
        TableColumn<YearsViewModel.CompareLine, String> title = new TableColumn<>(ctx.t("ui.scoring.col.content"));
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().title()));
        title.setPrefWidth(420);
        TableColumn<YearsViewModel.CompareLine, Integer> max = new TableColumn<>(ctx.t("ui.scoring.col.max"));
        max.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().max()));
        max.setMinWidth(56);
        max.setMaxWidth(70);
        TableColumn<YearsViewModel.CompareLine, Integer> ca = new TableColumn<>();
        ca.textProperty().bind(a.valueProperty().asString());
        ca.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().a()));
        ca.setMinWidth(60);
        ca.setMaxWidth(80);
        TableColumn<YearsViewModel.CompareLine, Integer> cb = new TableColumn<>();
        cb.textProperty().bind(b.valueProperty().asString());
        cb.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().b()));
        cb.setMinWidth(60);
        cb.setMaxWidth(80);
        TableColumn<YearsViewModel.CompareLine, String> diff = new TableColumn<>(ctx.t("ui.years.compare.diff"));
        diff.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().diff() == 0 ? ""
                : (c.getValue().diff() > 0 ? "+" : "") + c.getValue().diff()));
        diff.setMinWidth(110);
        diff.setMaxWidth(130);
        cmp.getColumns().addAll(List.of(item, title, max, ca, cb, diff));
        vn.antq.ui.common.Cells.tooltipsWhenCut(cmp);
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add("text-bold");
        summary.textProperty().bind(vm.compareSummaryProperty());
        VBox compareCard = Forms.card(ctx.t("ui.years.compare"),
                Forms.toolbar(new Label(ctx.t("ui.years.compare.a")), a, new Label(ctx.t("ui.years.compare.b")), b),
                summary, cmp);
        VBox.setVgrow(cmp, Priority.ALWAYS);
        yearsCard.setPrefWidth(430);
        yearsCard.setMinWidth(430);
        HBox.setHgrow(compareCard, Priority.ALWAYS);
        HBox body = new HBox(14, yearsCard, compareCard);
        page.getChildren().add(body);
        page.setPadding(new Insets(16, 20, 20, 20));
        return Forms.scroll(page);
    }
}
