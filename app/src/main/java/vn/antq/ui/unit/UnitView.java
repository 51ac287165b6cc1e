package vn.antq.ui.unit;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
}
