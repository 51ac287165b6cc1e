package vn.antq.ui.checklist;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import vn.antq.ui.common.Cells;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.checklist.ChecklistEventType;
import vn.antq.domain.checklist.CriterionStatus;
import vn.antq.ui.common.Dates;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.Placeholders;

/** Tiêu chuẩn ANTT: the checklist of Circular 124 for the unit's type, events, recognition decision. */
public final class ChecklistView extends ScreenBase {
    private final UiContext ctx;
    private final ChecklistViewModel vm;
    private final VBox criteria = new VBox(10);

    public ChecklistView(UiContext ctx) {
        super("checklist");
        this.ctx = ctx;
        this.vm = new ChecklistViewModel(ctx);
    }

    public ChecklistViewModel viewModel() {
        return vm;
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    @Override
    protected Node build() {
        VBox page = Forms.page(ctx.t("ui.checklist.title"), ctx.t("ui.checklist.subtitle"));
        Label verdict = new Label();
        verdict.setId("checklist-verdict");
        verdict.getStyleClass().add("title-4");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdictProperty());
        vm.achievedProperty().addListener((o, a, b) -> {
            verdict.getStyleClass().removeAll("antq-ok", "antq-warn");
            verdict.getStyleClass().add(b ? "antq-ok" : "antq-warn");
        });
        verdict.getStyleClass().add("antq-warn");
        // the results keep one height whatever the answers: a list of reasons that grew or shrank
        // moved every criterion below it under the pointer, and the next click landed on another row
        verdict.getStyleClass().add("antq-checklist-verdict");
        Cells.tooltipWhenCut(verdict);
        ListView<String> reasons = new ListView<>(vm.reasons());
        reasons.setId("checklist-reasons");
        reasons.getStyleClass().add("antq-checklist-reasons");
        reasons.setFocusTraversable(true);
        reasons.setAccessibleText(ctx.t("ui.checklist.result"));
        reasons.setCellFactory(lv -> Cells.wrappingListCell());
        Placeholders.general(reasons, ctx);
        Node results = Forms.card(ctx.t("ui.checklist.result"), verdict, reasons);
        results.setId("checklist-results");
        page.getChildren().add(results);
        vm.lines().addListener((ListChangeListener<ChecklistViewModel.Line>) c -> buildCriteria());
        page.getChildren().add(Forms.card(ctx.t("ui.checklist.criteria"), criteria));
        page.getChildren().add(eventsCard());
        page.getChildren().add(recognitionCard());
        return Forms.scroll(page);
    }

    private void buildCriteria() {
        criteria.getChildren().clear();
        for (ChecklistViewModel.Line l : vm.lines()) {
            String prefix = l.isPart() ? "" : ctx.t("ui.checklist.clause", l.criterion().clause() == null ? ""
                    : l.criterion().clause()) + " ";
            // a criterion split into parts shows its short label; the parts below carry the exact wording
            var shown = l.kind() == ChecklistViewModel.Kind.HEADING && l.criterion().label() != null
                    ? l.criterion().label() : l.criterion().text();
            Label text = new Label(prefix + shown.in(ctx.messages().locale()));
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (!l.isPart()) {
                text.getStyleClass().add("text-bold");
            }
            VBox box = new VBox(4, text);
            if (l.isPart()) {
                box.setPadding(new Insets(0, 0, 0, 24));
            }
            switch (l.kind()) {
                case ANSWER -> box.getChildren().add(answerRow(l));
                case EVENTS -> {
                    Label s = new Label();
                    s.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                            () -> l.statusProperty().get() == CriterionStatus.UNMET ? ctx.t("ui.checklist.events.unmet")
                                    : ctx.t("ui.checklist.events.met"), l.statusProperty()));
                    s.getStyleClass().add("antq-derived");
                    box.getChildren().add(s);
                }
                case NOT_APPLICABLE -> {
                    Label s = new Label(ctx.t("ui.checklist.notApplicable"));
                    s.getStyleClass().add("antq-derived");
                    text.getStyleClass().add("text-muted");
                    box.getChildren().add(s);
                }
                default -> {
                }
            }
            criteria.getChildren().add(box);
        }
    }

    private HBox answerRow(ChecklistViewModel.Line l) {
        ToggleGroup g = new ToggleGroup();
        RadioButton yes = new RadioButton(ctx.t("ui.checklist.met"));
        yes.setId("met-" + l.code());
        yes.setToggleGroup(g);
        RadioButton no = new RadioButton(ctx.t("ui.checklist.unmet"));
        no.setId("unmet-" + l.code());
        no.setToggleGroup(g);
        yes.setAccessibleText(ctx.t("ui.checklist.met") + " " + l.code());
        no.setAccessibleText(ctx.t("ui.checklist.unmet") + " " + l.code());
        TextField note = new TextField();
        note.setId("note-" + l.code());
        vn.antq.ui.common.Forms.hint(note, ctx.t("ui.checklist.note.prompt"));
        note.setAccessibleText(ctx.t("ui.checklist.note.prompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Runnable fill = () -> {
            Boolean m = l.metProperty().get();
            g.selectToggle(m == null ? null : m ? yes : no);
            if (!note.isFocused()) {
                note.setText(l.noteProperty().get());
            }
        };
        fill.run();
        l.metProperty().addListener((o, a, b) -> fill.run());
        l.noteProperty().addListener((o, a, b) -> fill.run());
        yes.setOnAction(e -> vm.answer(l.code(), true, note.getText()));
        no.setOnAction(e -> vm.answer(l.code(), false, note.getText()));
        note.focusedProperty().addListener((o, was, now) -> {
            if (!now && !note.getText().equals(l.noteProperty().get())) {
                vm.answer(l.code(), l.metProperty().get(), note.getText());
            }
        });
        note.setOnAction(e -> vm.answer(l.code(), l.metProperty().get(), note.getText()));
        HBox row = new HBox(12, yes, no, note);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private VBox eventsCard() {
        TableView<ChecklistEvent> table = new TableView<>(vm.events());
        table.setId("events-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Placeholders.set(table, ctx.t("ui.checklist.events.none"));
        table.setPrefHeight(150);
        TableColumn<ChecklistEvent, String> date = new TableColumn<>(ctx.t("ui.checklist.events.date"));
        date.setCellValueFactory(c -> new SimpleStringProperty(Dates.format(c.getValue().date())));
        date.setMaxWidth(120);
        TableColumn<ChecklistEvent, String> type = new TableColumn<>(ctx.t("ui.checklist.events.type"));
        type.setCellValueFactory(c -> new SimpleStringProperty(vm.eventTypeText(c.getValue().eventCode())));
        TableColumn<ChecklistEvent, String> desc = new TableColumn<>(ctx.t("ui.checklist.events.description"));
        desc.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().description()));
        TableColumn<ChecklistEvent, String> exc = new TableColumn<>(ctx.t("ui.checklist.events.excused"));
        exc.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().excused() ? Forms.plain(ctx.t("ui.button.yes")) : ""));
        exc.setMaxWidth(110);
        table.getColumns().addAll(List.of(date, type, desc, exc));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);
        ComboBox<ChecklistEventType> t = new ComboBox<>(vm.eventTypes());
        t.setId("event-type");
        vn.antq.ui.common.Forms.hint(t, ctx.t("ui.checklist.events.type"));
        t.setAccessibleText(ctx.t("ui.checklist.events.type"));
        t.setCellFactory(lv -> eventTypeCell());
        t.setButtonCell(eventTypeCell());
        t.setMaxWidth(320);
        DatePicker d = Forms.datePicker(null);
        TextField desc2 = new TextField();
        vn.antq.ui.common.Forms.hint(desc2, ctx.t("ui.checklist.events.description"));
        HBox.setHgrow(desc2, Priority.ALWAYS);
        CheckBox excused = new CheckBox(ctx.t("ui.checklist.events.excused"));
        excused.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> t.getValue() == null || !t.getValue().excusable(), t.valueProperty()));
        Label err = new Label();
        err.getStyleClass().add("antq-warn");
        Button add = new Button(ctx.t("ui.button.add"));
        add.setOnAction(e -> vm.addEvent(t.getValue(), d.getValue(), desc2.getText(), excused.isSelected())
                .ifPresentOrElse(err::setText, () -> {
                    err.setText("");
                    desc2.clear();
                }));
        Button remove = new Button(ctx.t("ui.button.delete"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeEvent(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(ctx.t("ui.checklist.events.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return Forms.card(ctx.t("ui.checklist.events"), hint, table, Forms.toolbar(t, d, desc2),
                Forms.toolbar(excused, add, err, Forms.spacer(), remove));
    }

    private ListCell<ChecklistEventType> eventTypeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ChecklistEventType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.point() + ") " + t.label().in(ctx.messages().locale()));
            }
        };
    }

    private VBox recognitionCard() {
        TextField number = new TextField();
        number.setId("recognition-number");
        vn.antq.ui.common.Forms.hint(number, ctx.t("ui.checklist.recognition.number"));
        number.textProperty().bindBidirectional(vm.recognitionNumberProperty());
        DatePicker date = Forms.datePicker(null);
        date.valueProperty().bindBidirectional(vm.recognitionDateProperty());
        Button save = new Button(ctx.t("ui.button.save"));
        save.setOnAction(e -> vm.saveRecognition(number.getText(), date.getValue()));
        Label hint = new Label(ctx.t("ui.checklist.recognition.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return Forms.card(ctx.t("ui.checklist.recognition"), hint, Forms.toolbar(number, date, save));
    }
}
