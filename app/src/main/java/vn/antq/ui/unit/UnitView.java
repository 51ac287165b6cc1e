package vn.antq.ui.unit;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.StringProperty;
import vn.antq.domain.UnitType;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.FormScreen;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.setup.FirstStartView;

/** Đơn vị: the unit profile printed on the dossier. */
public final class UnitView extends FormScreen {
    private final UiContext ctx;
    private final UnitViewModel vm;

    public UnitView(UiContext ctx) {
        this(ctx, new UnitViewModel(ctx));
    }

    private UnitView(UiContext ctx, UnitViewModel vm) {
        super("unit", vm);
        this.ctx = ctx;
        this.vm = vm;
    }

    private TextField field(String id, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    @Override
    protected Node build() {
        VBox page = Forms.page(ctx.t("ui.unit.title"), ctx.t("ui.unit.subtitle"));
        GridPane g = Forms.grid();
        ComboBox<UnitType> type = new ComboBox<>(FXCollections.observableArrayList(UnitType.values()));
        type.setId("unit-type");
        type.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(UnitType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : FirstStartView.unitTypeText(ctx, t));
            }
        });
        type.setButtonCell(type.getCellFactory().call(null));
        type.valueProperty().bindBidirectional(vm.type);
        int r = 0;
        Forms.row(g, r++, ctx.t("ui.unit.name"), field("unit-name", vm.name));
        Forms.row(g, r++, ctx.t("ui.unit.type"), type);
        TextField code = field("unit-code", vm.code);
        Forms.row(g, r++, ctx.t("ui.unit.code"), code);
        Forms.hint(code, ctx.t("ui.unit.code.hint"));
        Forms.row(g, r++, ctx.t("ui.unit.superior"), field("unit-superior", vm.superior));
        Forms.row(g, r++, ctx.t("ui.unit.address"), field("unit-address", vm.address));
        Forms.row(g, r++, ctx.t("ui.unit.place"), field("unit-place", vm.place));
        Forms.row(g, r++, ctx.t("ui.unit.commune"), field("unit-commune", vm.commune));
        Forms.row(g, r++, ctx.t("ui.unit.police"), field("unit-police", vm.communePolice));
        Forms.row(g, r++, ctx.t("ui.unit.headName"), field("unit-head-name", vm.headName));
        Forms.row(g, r++, ctx.t("ui.unit.headTitle"), field("unit-head-title", vm.headTitle));
        Forms.row(g, r++, ctx.t("ui.unit.phone"), field("unit-phone", vm.phone));
        Forms.row(g, r++, ctx.t("ui.unit.email"), field("unit-email", vm.email));
        r = recognisingBodyRows(g, r);
        CheckBox party = new CheckBox(ctx.t("ui.unit.hasParty"));
        party.selectedProperty().bindBidirectional(vm.hasParty);
        CheckBox union = new CheckBox(ctx.t("ui.unit.hasTradeUnion"));
        union.selectedProperty().bindBidirectional(vm.hasTradeUnion);
        CheckBox force = new CheckBox(ctx.t("ui.unit.hasProtectionForce"));
        force.setId("unit-has-protection-force");
        force.selectedProperty().bindBidirectional(vm.hasProtectionForce);
        g.add(party, 1, r++);
        g.add(union, 1, r++);
        g.add(force, 1, r);
        page.getChildren().addAll(g, saveBar(ctx, "unit-save", true));
        page.setMaxWidth(860);
        return Forms.scroll(page);
    }

    /**
     * The recognising body (Circular 124, Điều 10): a choice whose first entry follows the data's
     * default for the type and managing authority typed above, and the exact name to print (its prompt
     * shows the name printed when left blank).
     */
    private int recognisingBodyRows(GridPane g, int row) {
        ComboBox<UnitViewModel.BodyOption> body = new ComboBox<>(FXCollections.observableArrayList(vm.bodyOptions()));
        body.setId("unit-recognising-body");
        body.setCellFactory(lv -> bodyCell());
        body.setButtonCell(bodyCell());
        body.valueProperty().bindBidirectional(vm.recognisingBody);
        body.setMaxWidth(Double.MAX_VALUE);
        body.setAccessibleText(ctx.t("ui.unit.recognisingBody"));
        TextField name = field("unit-recognising-body-name", vm.recognisingBodyName);
        name.setAccessibleText(ctx.t("ui.unit.recognisingBodyName"));
        // while the documents would print a placeholder ("…… tỉnh, thành phố ……"), a warning under the name
        Label unnamed = new Label();
        unnamed.setId("unit-recognising-body-warning");
        unnamed.getStyleClass().add("antq-warn");
        unnamed.setWrapText(true);
        // as wide as the field above, wrapping: its own width must not widen the column and squeeze the labels
        unnamed.setPrefWidth(0);
        unnamed.setMaxWidth(Double.MAX_VALUE);
        unnamed.managedProperty().bind(unnamed.visibleProperty());
        Runnable refresh = () -> {
            body.setButtonCell(bodyCell());
            name.setPromptText(vm.namePrompt());
            String warning = vm.bodyNameWarning();
            unnamed.setText(warning);
            unnamed.setVisible(!warning.isEmpty());
        };
        vm.type.addListener((o, a, b) -> refresh.run());
        vm.superior.addListener((o, a, b) -> refresh.run());
        vm.commune.addListener((o, a, b) -> refresh.run());
        vm.recognisingBody.addListener((o, a, b) -> refresh.run());
        vm.recognisingBodyName.addListener((o, a, b) -> refresh.run());
        refresh.run();
        Forms.row(g, row++, ctx.t("ui.unit.recognisingBody"), body);
        Forms.row(g, row++, ctx.t("ui.unit.recognisingBodyName"), name);
        g.add(unnamed, 1, row++);
        return row;
    }

    private ListCell<UnitViewModel.BodyOption> bodyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(UnitViewModel.BodyOption o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : vm.bodyText(o));
            }
        };
    }
}
