package vn.antq.ui.scoring;

import java.io.File;
import java.util.List;
import java.util.ArrayList;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.FileChooser;
import atlantafx.base.theme.Styles;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.ScreenBase;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.Placeholders;

/** Chấm điểm: the rubric as the regulation prints it, points and notes per item, total and level below. */
public final class ScoringView extends ScreenBase {
    private final UiContext ctx;
    private final ScoringViewModel vm;
    private final CommendationsViewModel commendations;
    private final Label message = new Label();
    /** Puts every points box back to its row's saved value (after a reload: another year, other data). */
    private final List<Runnable> refills = new ArrayList<>();
    private final List<Runnable> noteCommits = new ArrayList<>();
    /** The items whose box holds a refused value (named in the total bar, the boxes may be off screen). */
    private final java.util.Set<String> refused = new java.util.TreeSet<>();

    public ScoringView(UiContext ctx) {
        super("scoring");
        this.ctx = ctx;
        this.vm = ScoringViewModel.forStore(ctx);
        this.commendations = new CommendationsViewModel(ctx);
    }

    /** Ctrl+S: the note being typed is saved now (points are saved as typed). */
    @Override
    public void saveChanges() {
        noteCommits.forEach(Runnable::run);
    }

    public ScoringViewModel viewModel() {
        return vm;
    }

    @Override
    public void onShow() {
        vm.reload(() -> refills.forEach(Runnable::run));
        commendations.reload();
    }

    @Override
    protected BorderPane build() {
        VBox head = Forms.page(ctx.t("ui.scoring.title"), ctx.t("ui.scoring.subtitle"));
        head.setPadding(new Insets(16, 20, 4, 20));
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab sheet = new Tab(ctx.t("ui.scoring.tab.sheet"), Forms.scroll(sheet()));
        sheet.setId("tab-sheet");
        // the commendations' table and form are made when their tab is first opened: most visits are
        // to the sheet, and each control made is styled and laid out before the screen shows
        Tab comm = new Tab(ctx.t("ui.scoring.tab.commendations"));
        comm.setId("tab-commendations");
        comm.selectedProperty().addListener((o, was, now) -> {
            if (now && comm.getContent() == null) {
                Node pane = commendationsPane();
                comm.setContent(pane);
                Forms.readingOrder(pane);
            }
        });
        tabs.getTabs().addAll(sheet, comm);

        Label total = new Label();
        total.setId("score-total");
        total.getStyleClass().add("antq-big-number");
        total.textProperty().bind(vm.totalProperty().asString().concat("/" + vm.max()));
        Label level = new Label();
        level.setId("score-level");
        level.getStyleClass().add("antq-level");
        level.textProperty().bind(vm.levelTextProperty());
        Label profile = new Label();
        profile.getStyleClass().add("text-muted");
        profile.setWrapText(true);
        profile.textProperty().bind(vm.profileTextProperty());
        message.setId("score-message");
        message.getStyleClass().add("antq-warn");
        message.setWrapText(true);
        VBox info = new VBox(2, level, profile, message);
        HBox.setHgrow(info, Priority.ALWAYS);
        Label totalLabel = new Label(ctx.t("ui.scoring.total"));
        HBox bar = new HBox(16, totalLabel, total, info);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("antq-total-bar");

        ListView<String> reasons = new ListView<>(vm.reasons());
        reasons.setPrefHeight(120);
        reasons.setCellFactory(lv -> vn.antq.ui.common.Cells.wrappingListCell());
        Placeholders.general(reasons, ctx);
        TitledPane why = new TitledPane(ctx.t("ui.scoring.reasons"), reasons);
        why.setExpanded(false);
        why.setId("score-reasons");
        VBox bottom = new VBox(bar, why);

        BorderPane pane = new BorderPane(tabs);
        pane.setTop(head);
        pane.setBottom(bottom);
        return pane;
    }

    private GridPane sheet() {
        GridPane g = new GridPane();
        g.setId("score-sheet");
        g.setHgap(10);
        g.setVgap(6);
        g.setPadding(new Insets(8, 20, 12, 20));
        ColumnConstraints tt = new ColumnConstraints(38);
        ColumnConstraints text = new ColumnConstraints(240, 420, Double.MAX_VALUE);
        text.setHgrow(Priority.ALWAYS);
        ColumnConstraints cMax = new ColumnConstraints(52);
        ColumnConstraints cPts = new ColumnConstraints(64);
        ColumnConstraints cNote = new ColumnConstraints(180, 260, 340);
        cNote.setHgrow(Priority.SOMETIMES);
        ColumnConstraints cEv = new ColumnConstraints(84);
        g.getColumnConstraints().addAll(tt, text, cMax, cPts, cNote, cEv);
        String[] heads = {"ui.scoring.col.tt", "ui.scoring.col.content", "ui.scoring.col.max", "ui.scoring.col.points",
            "ui.scoring.col.note", "ui.scoring.col.evidence"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(ctx.t(heads[i]));
            h.getStyleClass().add("text-bold");
            h.setWrapText(true);
            g.add(h, i, 0);
        }
        int r = 1;
        for (ScoreRow row : vm.rows()) {
            Label label = new Label(row.label());
            Label title = new Label(row.title());
            title.setWrapText(true);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (row.isChild()) {
                label.setPadding(new Insets(0, 0, 0, 10));
            }
            if (row.kind() == ScoreRow.Kind.SUM || !row.isChild()) {
                label.getStyleClass().add("antq-parent-row");
                if (row.kind() == ScoreRow.Kind.SUM) {
                    title.getStyleClass().add("antq-parent-row");
                }
            }
            Label max = new Label(String.valueOf(row.max()));
            Node points;
            Node note;
            if (row.editable()) {
                Label problem = new Label();
                points = pointsField(row, problem);
                VBox noteAndProblem = new VBox(2, noteField(row), problem);
                note = noteAndProblem;
            } else {
                Label p = new Label();
                p.setId("points-" + row.code());
                p.textProperty().bind(pointsText(row.pointsProperty()));
                p.getStyleClass().add(row.kind() == ScoreRow.Kind.SUM ? "antq-parent-row" : "antq-derived");
                points = p;
                Label src = new Label();
                src.setWrapText(true);
                src.getStyleClass().add("antq-derived");
                if (row.kind() == ScoreRow.Kind.DERIVED) {
                    src.textProperty().bind(new SimpleStringProperty(ctx.t("ui.scoring.derived") + " ")
                            .concat(row.sourceProperty()));
                } else {
                    src.setText(ctx.t("ui.scoring.sum"));
                }
                src.setId("source-" + row.code());
                note = src;
            }
            Node evidence = row.kind() == ScoreRow.Kind.SUM ? new Label("") : evidenceButton(row);
            g.addRow(r, label, title, max, points, note, evidence);
            for (Node n : new Node[] {label, max, points, note, evidence}) {
                GridPane.setValignment(n, VPos.TOP);
            }
            r++;
        }
        return g;
    }

    /**
     * The points box. Anything can be typed: a value the engine refuses (above the maximum, below
     * zero, not a whole number) stays in the box as typed, outlined in red with the reason beside it
     * ({@code problem}), and is not saved; the last accepted value stays in the store and the total
     * until the box is corrected or emptied.
     */
    private TextField pointsField(ScoreRow row, Label problem) {
        TextField f = new TextField();
        f.setId("points-" + row.code());
        f.setPrefColumnCount(3);
        f.setAccessibleText(ctx.t("ui.scoring.points.accessible", row.label(), row.max()));
        f.setTooltip(new Tooltip(ctx.t("ui.scoring.points.tip", row.max())));
        problem.setId("points-problem-" + row.code());
        problem.getStyleClass().addAll("antq-warn", "antq-field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        Runnable showValid = () -> {
            markRefused(row, false);
            problem.setText("");
            f.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            f.setAccessibleHelp(null);
        };
        Runnable fill = () -> {
            Integer v = row.points();
            String text = v == null ? "" : v.toString();
            if (!text.equals(f.getText())) {
                f.setText(text);
            }
            showValid.run();
        };
        row.pointsProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        refills.add(fill);
        f.textProperty().addListener((o, old, now) -> {
            Integer current = row.points();
            String cur = current == null ? "" : current.toString();
            if (now.strip().equals(cur)) {
                showValid.run();
                return;
            }
            vm.setPointsText(row.code(), now).ifPresentOrElse(why -> {
                problem.setText(why);
                markRefused(row, true);
                f.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                f.setAccessibleHelp(why);
            }, showValid);
        });
        return f;
    }

    private void markRefused(ScoreRow row, boolean isRefused) {
        boolean changed = isRefused ? refused.add(row.code())
                : refused.remove(row.code());
        if (changed) {
            message.setText(refused.isEmpty() ? "" : ctx.t("ui.scoring.refused", String.join(", ", refused)));
        }
    }

    private TextField noteField(ScoreRow row) {
        TextField f = new TextField();
        f.setId("note-" + row.code());
        vn.antq.ui.common.Forms.hint(f, ctx.t("ui.scoring.note.prompt"));
        f.setAccessibleText(ctx.t("ui.scoring.note.accessible", row.label()));
        row.noteProperty().addListener((o, a, b) -> {
            if (!f.isFocused()) {
                f.setText(b);
            }
        });
        f.setText(row.noteProperty().get());
        f.setOnAction(e -> vm.setNote(row.code(), f.getText()));
        noteCommits.add(() -> vm.setNote(row.code(), f.getText()));
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.setNote(row.code(), f.getText());
            }
        });
        return f;
    }

    private Button evidenceButton(ScoreRow row) {
        Button b = new Button();
        b.setId("evidence-" + row.code());
        b.getStyleClass().addAll("flat", vn.antq.ui.common.Forms.PER_ROW);
        b.setMnemonicParsing(false);
        b.textProperty().bind(row.evidenceProperty().asString(ctx.t("ui.scoring.evidence.count")));
        b.setTooltip(new Tooltip(ctx.t("ui.scoring.evidence.tip")));
        b.setAccessibleText(ctx.t("ui.scoring.evidence.accessible", row.label()));
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ctx.t("ui.scoring.evidence.choose", row.label()));
            List<File> files = chooser.showOpenMultipleDialog(ctx.owner());
            if (files == null || files.isEmpty()) {
                return;
            }
            vm.attachEvidence(row.code(), files.stream().map(File::toPath).toList());
        });
        return b;
    }

    private Node commendationsPane() {
        commendations.setAfterSave(() -> vm.reload(() -> { }));
        TableView<CommendationsViewModel.Row> table = new TableView<>(commendations.rows());
        table.setId("commendations-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Placeholders.set(table, ctx.t("ui.commendation.empty"));
        // widths for 1280x720 (and 150 % on 1920x1080): the short columns keep their values whole, the
        // names and the reason wrap in what is left (the table shares its width by these preferences)
        TableColumn<CommendationsViewModel.Row, String> kind = new TableColumn<>(ctx.t("ui.commendation.kind"));
        kind.setCellValueFactory(c -> new SimpleStringProperty(kindText(c.getValue().value().kind())));
        kind.setEditable(false);
        kind.setMinWidth(76);
        kind.setPrefWidth(80);
        TableColumn<CommendationsViewModel.Row, String> title = new TableColumn<>(ctx.t("ui.commendation.titleHead"));
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value().title()));
        title.setEditable(false);
        title.setCellFactory(col -> vn.antq.ui.common.Cells.wrappingTextCell());
        title.setPrefWidth(150);
        TableColumn<CommendationsViewModel.Row, String> rec = new TableColumn<>(ctx.t("ui.commendation.recipient"));
        rec.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value().recipient()));
        rec.setEditable(false);
        rec.setCellFactory(col -> vn.antq.ui.common.Cells.wrappingTextCell());
        rec.setPrefWidth(170);
        TableColumn<CommendationsViewModel.Row, String> issuer = new TableColumn<>(ctx.t("ui.commendation.issuer"));
        issuer.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value().issuer()));
        issuer.setEditable(false);
        issuer.setCellFactory(col -> vn.antq.ui.common.Cells.wrappingTextCell());
        issuer.setPrefWidth(170);
        TableColumn<CommendationsViewModel.Row, String> num = new TableColumn<>(ctx.t("ui.commendation.number"));
        num.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value().decisionNumber()));
        num.setEditable(false);
        // a decision number has no space to wrap at ("160/QĐ-CAT-PV05"): room for a usual one whole
        num.setMinWidth(136);
        num.setPrefWidth(136);
        Label err = new Label();
        err.setId("commendation-error");
        err.getStyleClass().add("antq-warn");
        err.setWrapText(true);
        TableColumn<CommendationsViewModel.Row, java.time.LocalDate> dateCol =
                new TableColumn<>(ctx.t("ui.commendation.date"));
        dateCol.setId("col-commendation-date");
        dateCol.setCellValueFactory(c -> c.getValue().dateProperty());
        dateCol.setCellFactory(col -> new vn.antq.ui.common.DateTableCell<>(ctx.messages(), commendations::dateRule,
                r -> true, (r, d) -> {
                    err.setText("");
                    commendations.setDate(r, d, () -> vm.reload(() -> { }));
                }, err::setText));
        dateCol.setMinWidth(160); // the date field while editing
        dateCol.setPrefWidth(160);
        TableColumn<CommendationsViewModel.Row, Boolean> extra = new TableColumn<>(
                ctx.t("ui.commendation.extraordinaryCol"));
        extra.setId("col-extraordinary");
        extra.setCellValueFactory(c -> c.getValue().extraordinaryProperty());
        extra.setCellFactory(javafx.scene.control.cell.CheckBoxTableCell.forTableColumn(extra));
        extra.setEditable(true);
        extra.setMinWidth(80);
        extra.setPrefWidth(84);
        extra.setMaxWidth(90);
        TableColumn<CommendationsViewModel.Row, String> counts = new TableColumn<>(ctx.t("ui.commendation.counts"));
        counts.setId("col-counts");
        counts.setCellValueFactory(c -> c.getValue().standingProperty());
        counts.setEditable(false);
        counts.setCellFactory(col -> vn.antq.ui.common.Cells.wrappingTextCell());
        counts.setPrefWidth(250);
        table.getColumns().addAll(List.of(kind, title, rec, issuer, num, dateCol, extra, counts));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);

        ComboBox<CommendationKind> k = new ComboBox<>(FXCollections.observableArrayList(CommendationKind.values()));
        k.setId("commendation-kind");
        k.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(CommendationKind v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : kindText(v));
            }
        });
        k.setButtonCell(k.getCellFactory().call(null));
        k.setValue(CommendationKind.COLLECTIVE);
        TextField t = new TextField();
        t.setId("commendation-title");
        vn.antq.ui.common.Forms.hint(t, ctx.t("ui.commendation.titleCol"));
        TextField who = new TextField();
        vn.antq.ui.common.Forms.hint(who, ctx.t("ui.commendation.recipient"));
        TextField by = new TextField();
        vn.antq.ui.common.Forms.hint(by, ctx.t("ui.commendation.issuer"));
        TextField no = new TextField();
        vn.antq.ui.common.Forms.hint(no, ctx.t("ui.commendation.number"));
        no.setPrefColumnCount(8);
        // the decision's date: typed or picked, checked (its reason shows under the form)
        vn.antq.ui.common.DateField dateField = new vn.antq.ui.common.DateField(ctx.messages(),
                commendations::dateRule, d -> { });
        DatePicker date = dateField.picker();
        date.setId("commendation-date");
        // named by a label beside it, its hint is the format as on every date field ("Ngày quyết định" as the
        // hint was cut to "Ngày quyết đị" in the field's width)
        Label dateLabel = new Label(ctx.t("ui.commendation.date"));
        dateLabel.setLabelFor(date);
        date.setAccessibleText(ctx.t("ui.commendation.date"));
        dateField.message().setId("commendation-date-message");
        // item 9 counts only extraordinary commendations: asked for each one, off by default (a routine
        // year-end commendation counted by mistake would make the dossier claim what is not so)
        javafx.scene.control.CheckBox extraordinary = new javafx.scene.control.CheckBox(
                ctx.t("ui.commendation.extraordinary"));
        extraordinary.setId("commendation-extraordinary");
        Button add = new Button(ctx.t("ui.button.add"));
        add.setId("commendation-add");
        add.setOnAction(e -> {
            if (!dateField.commitText()) {
                err.setText("");
                return;
            }
            commendations.add(k.getValue(), t.getText(), who.getText(), by.getText(), no.getText(),
                    date.getValue(), extraordinary.isSelected(), () -> {
                        t.clear();
                        who.clear();
                        no.clear();
                        dateField.show(null);
                        extraordinary.setSelected(false);
                        vm.reload(() -> { });
                    }).ifPresentOrElse(err::setText, () -> err.setText(""));
        });
        Button remove = new Button(ctx.t("ui.button.delete"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            CommendationsViewModel.Row c = table.getSelectionModel().getSelectedItem();
            if (c != null) {
                commendations.remove(c, () -> vm.reload(() -> { }));
            }
        });
        HBox form1 = Forms.toolbar(k, t, who, by);
        HBox.setHgrow(t, Priority.ALWAYS);
        // the recipient's hint is the longest ("Người/tập thể được khen"): room for it whole
        who.setPrefColumnCount(16);
        HBox.setHgrow(who, Priority.SOMETIMES);
        HBox form2 = Forms.toolbar(no, dateLabel, date, extraordinary, add, Forms.spacer(), remove);
        Label hint = new Label(ctx.t("ui.commendation.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        // every line of it: the box is short at 1280x720 and would take the explanation down to one cut line
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, hint, form1, form2, dateField.message(), err, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 20, 12, 20));
        return box;
    }

    private String kindText(CommendationKind k) {
        return k == CommendationKind.COLLECTIVE ? ctx.t("ui.commendation.collective")
                : ctx.t("ui.commendation.individual");
    }

    /** A computed row's points as shown: empty until the year is read (never the word "null"). */
    static javafx.beans.binding.StringBinding pointsText(javafx.beans.value.ObservableValue<Integer> points) {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> points.getValue() == null ? "" : String.valueOf(points.getValue()), points);
    }
}
