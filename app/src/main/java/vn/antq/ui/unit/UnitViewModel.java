package vn.antq.ui.unit;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.ui.common.FormScreen;
import vn.antq.ui.common.UiContext;

/** Đơn vị: the unit profile form; tracks unsaved edits. */
public final class UnitViewModel implements FormScreen.Model {
    private final UiContext ctx;
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<UnitType> type = new SimpleObjectProperty<>();
    final StringProperty superior = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty commune = new SimpleStringProperty("");
    final StringProperty communePolice = new SimpleStringProperty("");
    final StringProperty headName = new SimpleStringProperty("");
    final StringProperty headTitle = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    /** Mã số thuế / mã đơn vị (issue 16): the unit's identity at the commune police; "" for none. */
    final StringProperty code = new SimpleStringProperty("");
    final BooleanProperty hasParty = new SimpleBooleanProperty(true);
    final BooleanProperty hasTradeUnion = new SimpleBooleanProperty(true);
    final BooleanProperty hasProtectionForce = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean loading;

    public UnitViewModel(UiContext ctx) {
        this.ctx = ctx;
        for (ObservableValue<?> p : List.of(name, type, superior, address, place, commune, communePolice, headName,
                headTitle, phone, email, hasParty, hasTradeUnion, hasProtectionForce, code)) {
            p.addListener((o, a, b) -> {
                if (!loading) {
                    dirty.set(true);
                    message.set("");
                }
            });
        }
    }

    public void reload() {
        ctx.runner().run(p -> ctx.store().unit().profile(), u -> u.ifPresent(this::fill), ctx::showError);
    }

    void fill(UnitProfile u) {
        loading = true;
        try {
            name.set(u.name());
            type.set(u.type());
            superior.set(u.superior());
            address.set(u.address());
            place.set(u.place());
            commune.set(u.commune());
            communePolice.set(u.communePolice());
            headName.set(u.headName());
            headTitle.set(u.headTitle());
            phone.set(u.phone());
            email.set(u.email());
            code.set(u.codeOrEmpty());
            hasParty.set(u.hasPartyOrganisation());
            hasTradeUnion.set(u.hasTradeUnion());
            hasProtectionForce.set(u.hasProtectionForce());
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    public UnitProfile profile() {
        return new UnitProfile(VietnameseText.clean(name.get()), type.get(), VietnameseText.clean(superior.get()), VietnameseText.clean(address.get()),
                VietnameseText.clean(place.get()), VietnameseText.clean(commune.get()), VietnameseText.clean(communePolice.get()),
                VietnameseText.clean(headName.get()), VietnameseText.clean(headTitle.get()), VietnameseText.clean(phone.get()), VietnameseText.clean(email.get()),
                hasParty.get(), hasTradeUnion.get(), hasProtectionForce.get())
                .withCode(VietnameseText.clean(code.get()));
    }

    @Override
    public Optional<String> save() {
        return save(() -> { });
    }

    /** Saves the form; a missing name comes back as the message to show. */
    public Optional<String> save(Runnable after) {
        UnitProfile u = profile();
        if (u.name().isEmpty()) {
            return Optional.of(ctx.t("ui.wizard.error.name"));
        }
        if (!UnitProfile.validCode(u.code())) {
            // the store's own rule and words (init --code is refused the same way)
            return Optional.of(ctx.t("store.unit.badCode", u.code(), UnitProfile.CODE_MAX));
        }
        ctx.runner().run(p -> ctx.store().unit().update(u), saved -> {
            fill(saved);
            message.set(ctx.t("ui.settings.saved"));
            after.run();
        }, ctx::showError);
        return Optional.empty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
