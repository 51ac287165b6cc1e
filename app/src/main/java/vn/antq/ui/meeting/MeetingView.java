package vn.antq.ui.meeting;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.ui.common.Dialogs;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.FormScreen;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.common.Placeholders;

/** Họp đánh giá: date, start and end time, place, participants by role, opinions, conclusions, vote. */
public final class MeetingView extends FormScreen {
    private final UiContext ctx;
    private final MeetingViewModel vm;

    public MeetingView(UiContext ctx) {
        this(ctx, new MeetingViewModel(ctx));
    }

    private MeetingView(UiContext ctx, MeetingViewModel vm) {
        super("meeting", vm);
        this.ctx = ctx;
        this.vm = vm;
    }

    @Override
    protected Node build() {
        VBox page = Forms.page(ctx.t("ui.meeting.title"), ctx.t("ui.meeting.subtitle"));
        GridPane g = Forms.grid();
        DatePicker date = Forms.datePicker(null);
        date.setId("meeting-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField location = new TextField();
        location.setId("meeting-location");
        location.textProperty().bindBidirectional(vm.locationProperty());
        TextField start = Forms.timeField("meeting-start");
        start.textProperty().bindBidirectional(vm.startTimeProperty());
        start.setAccessibleText(ctx.t("ui.meeting.startTime"));
        TextField end = Forms.timeField("meeting-end");
        end.textProperty().bindBidirectional(vm.endTimeProperty());
        end.setAccessibleText(ctx.t("ui.meeting.endTime"));
        Label timeHint = new Label(ctx.t("ui.meeting.time.hint"));
        timeHint.getStyleClass().add("text-muted");
        Forms.row(g, 0, ctx.t("ui.meeting.date"), date);
        Forms.row(g, 1, ctx.t("ui.meeting.startTime"), Forms.toolbar(start, new Label(ctx.t("ui.meeting.endTime")), end,
                timeHint));
        Forms.row(g, 2, ctx.t("ui.meeting.location"), location);

        TableView<Participant> table = new TableView<>(vm.participants());
        table.setId("meeting-participants");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Placeholders.set(table, ctx.t("ui.meeting.noParticipants"));
        table.setPrefHeight(200);
        TableColumn<Participant, String> role = new TableColumn<>(ctx.t("ui.meeting.col.role"));
        role.setCellValueFactory(c -> new SimpleStringProperty(vm.roleText(c.getValue().role())));
        TableColumn<Participant, String> name = new TableColumn<>(ctx.t("ui.meeting.col.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<Participant, String> title = new TableColumn<>(ctx.t("ui.meeting.col.title"));
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().title()));
        table.getColumns().addAll(List.of(role, name, title));
        vn.antq.ui.common.Cells.tooltipsWhenCut(table);
        ComboBox<ParticipantRole> r = new ComboBox<>(FXCollections.observableArrayList(ParticipantRole.values()));
        r.setId("participant-role");
        r.setValue(ParticipantRole.CHAIR);
        r.setCellFactory(lv -> roleCell());
        r.setButtonCell(roleCell());
        r.setAccessibleText(ctx.t("ui.meeting.col.role"));
        TextField n = new TextField();
        n.setId("participant-name");
        vn.antq.ui.common.Forms.hint(n, ctx.t("ui.meeting.col.name"));
        HBox.setHgrow(n, Priority.ALWAYS);
        TextField t = new TextField();
        vn.antq.ui.common.Forms.hint(t, ctx.t("ui.meeting.col.title"));
        HBox.setHgrow(t, Priority.ALWAYS);
        Label perr = new Label();
        perr.getStyleClass().add("antq-warn");
        Button add = new Button(ctx.t("ui.button.add"));
        add.setId("participant-add");
        add.setOnAction(e -> vm.addParticipant(r.getValue(), n.getText(), t.getText()).ifPresentOrElse(perr::setText,
                () -> {
                    perr.setText("");
                    n.clear();
                    t.clear();
                }));
        Button remove = new Button(ctx.t("ui.button.delete"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeParticipant(table.getSelectionModel().getSelectedItem()));
        Label roles = new Label(ctx.t("ui.meeting.roles.hint"));
        roles.setWrapText(true);
        roles.getStyleClass().add("text-muted");
        VBox people = Forms.card(ctx.t("ui.meeting.participants"), roles, table, Forms.toolbar(r, n, t, add),
                Forms.toolbar(perr, Forms.spacer(), remove));

        TextArea opinions = new TextArea();
        opinions.setId("meeting-opinions");
        opinions.setWrapText(true);
        opinions.setPrefRowCount(4);
        opinions.setAccessibleText(ctx.t("ui.meeting.opinions"));
        opinions.setPromptText(ctx.t("ui.meeting.opinions.hint"));
        opinions.textProperty().bindBidirectional(vm.opinionsProperty());
        VBox said = Forms.card(ctx.t("ui.meeting.opinions"), opinions);

        TextArea conclusions = new TextArea();
        conclusions.setId("meeting-conclusions");
        conclusions.setWrapText(true);
        conclusions.setPrefRowCount(4);
        conclusions.setAccessibleText(ctx.t("ui.meeting.conclusions"));
        conclusions.setPromptText(ctx.t("ui.meeting.conclusions.hint"));
        conclusions.textProperty().bindBidirectional(vm.conclusionsProperty());
        TextField vf = new TextField();
        vf.setId("meeting-votes-for");
        vf.setPrefColumnCount(4);
        vf.textProperty().bindBidirectional(vm.votesForProperty());
        vf.setAccessibleText(ctx.t("ui.meeting.votesFor"));
        TextField va = new TextField();
        va.setId("meeting-votes-against");
        va.setPrefColumnCount(4);
        va.textProperty().bindBidirectional(vm.votesAgainstProperty());
        va.setAccessibleText(ctx.t("ui.meeting.votesAgainst"));
        TextField vt = new TextField();
        vt.setId("meeting-votes-total");
        vt.setPrefColumnCount(4);
        vt.textProperty().bindBidirectional(vm.votesTotalProperty());
        vt.setAccessibleText(ctx.t("ui.meeting.votesTotal"));
        VBox concl = Forms.card(ctx.t("ui.meeting.conclusions"), conclusions,
                Forms.toolbar(new Label(ctx.t("ui.meeting.votesTotal")), vt, new Label(ctx.t("ui.meeting.votesFor")), vf,
                        new Label(ctx.t("ui.meeting.votesAgainst")), va));

        Button delete = new Button(ctx.t("ui.meeting.delete"));
        delete.setId("meeting-delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(vm.storedProperty().isNull());
        delete.setOnAction(e -> {
            if (Dialogs.confirm(ctx.owner(), ctx.messages(), Forms.plain(ctx.t("ui.meeting.delete")),
                    vm.deleteQuestion())) {
                vm.delete();
            }
        });
        page.getChildren().addAll(g, people, said, concl, Forms.toolbar(saveBar(ctx, "meeting-save", false),
                Forms.spacer(), delete));
        page.setMaxWidth(1000);
        return Forms.scroll(page);
    }

    private ListCell<ParticipantRole> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ParticipantRole v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : vm.roleText(v));
            }
        };
    }
}
