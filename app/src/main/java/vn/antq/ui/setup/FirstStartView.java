package vn.antq.ui.setup;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.antq.domain.UnitType;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.UiContext;

/** The first-start wizard's page: four questions and one button. */
public final class FirstStartView {
    private final StackPane root = new StackPane();

    public FirstStartView(UiContext ctx, FirstStartViewModel vm, Consumer<Integer> done) {
        root.setId("first-start");
        root.getStyleClass().add("antq-root");
        Label title = new Label(ctx.t("ui.wizard.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(ctx.t("ui.wizard.intro"));
        intro.setWrapText(true);

        TextField name = new TextField();
        name.setId("wizard-name");
        vn.antq.ui.common.Forms.hint(name, ctx.t("ui.wizard.name.prompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<UnitType> type = new ComboBox<>(FXCollections.observableArrayList(UnitType.values()));
        type.setId("wizard-type");
        type.setMaxWidth(Double.MAX_VALUE);
        type.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(UnitType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : unitTypeText(ctx, t));
            }
        });
        type.setButtonCell(type.getCellFactory().call(null));
        type.valueProperty().bindBidirectional(vm.typeProperty());
        TextField police = new TextField();
        police.setId("wizard-police");
        vn.antq.ui.common.Forms.hint(police, ctx.t("ui.wizard.police.prompt"));
        police.textProperty().bindBidirectional(vm.communePoliceProperty());
        TextField year = new TextField();
        year.setId("wizard-year");
        year.setPrefColumnCount(6);
        year.textProperty().bindBidirectional(vm.yearProperty());

        GridPane grid = Forms.grid();
        Forms.row(grid, 0, ctx.t("ui.wizard.name"), name);
        Forms.row(grid, 1, ctx.t("ui.wizard.type"), type);
        Forms.row(grid, 2, ctx.t("ui.wizard.police"), police);
        Forms.row(grid, 3, ctx.t("ui.wizard.year"), year);
        Label yearHint = new Label(ctx.t("ui.wizard.year.hint"));
        yearHint.getStyleClass().add("text-muted");
        yearHint.setWrapText(true);
        grid.add(yearHint, 1, 4);

        Label error = new Label();
        error.setId("wizard-error");
        error.getStyleClass().add("antq-warn");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button create = new Button(ctx.t("ui.wizard.create"));
        create.setId("wizard-create");
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.setOnAction(e -> vm.create(done));
        // the other role of the app: a commune police receiving dossiers (issue 16)
        receiver.setId("wizard-receiver");
        receiver.setText(ctx.t("receiver.ui.role"));
        receiver.setOnAction(e -> receiverChoice.run());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox buttons = new HBox(8, receiver, gap, create);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, title, intro, grid, error, buttons);
        card.getStyleClass().add("antq-card");
        card.setPadding(new Insets(24));
        card.setMaxWidth(640);
        card.setMaxHeight(Region_USE_PREF);
        root.getChildren().add(card);
        root.setPadding(new Insets(24));
        javafx.application.Platform.runLater(name::requestFocus);
    }

    private final Button receiver = new Button();
    private Runnable receiverChoice = () -> { };

    /** What the "Công an xã, phường, đặc khu — tiếp nhận hồ sơ" button does. */
    public void setReceiverChoice(Runnable choice) {
        this.receiverChoice = choice;
    }

    private static final double Region_USE_PREF = javafx.scene.layout.Region.USE_PREF_SIZE;

    public Parent root() {
        return root;
    }

    public static String unitTypeText(UiContext ctx, UnitType t) {
        return switch (t) {
            case CO_QUAN -> ctx.t("ui.unitType.CO_QUAN");
            case DOANH_NGHIEP -> ctx.t("ui.unitType.DOANH_NGHIEP");
            case CO_SO_GIAO_DUC -> ctx.t("ui.unitType.CO_SO_GIAO_DUC");
        };
    }
}
