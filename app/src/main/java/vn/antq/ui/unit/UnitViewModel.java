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
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.RecognisingBodyChoice;
import vn.antq.domain.unit.RecognitionRules;
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
    /** The recognising body chosen (Circular 124, Điều 10); {@link BodyOption#DEFAULT} follows the data. */
    final ObjectProperty<BodyOption> recognisingBody = new SimpleObjectProperty<>(BodyOption.DEFAULT);
    /** The recognising body's exact name as printed; blank prints the data's name. */
    final StringProperty recognisingBodyName = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean loading;

    public UnitViewModel(UiContext ctx) {
        this.ctx = ctx;
        for (ObservableValue<?> p : List.of(name, type, superior, address, place, commune, communePolice, headName,
                headTitle, phone, email, hasParty, hasTradeUnion, hasProtectionForce, code, recognisingBody,
                recognisingBodyName)) {
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
            recognisingBody.set(new BodyOption(u.recognisingBodyOrDefault().body()));
            recognisingBodyName.set(u.recognisingBodyOrDefault().name());
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
                .withCode(VietnameseText.clean(code.get()))
                .withRecognisingBody(new RecognisingBodyChoice(
                        recognisingBody.get() == null ? null : recognisingBody.get().body(),
                        VietnameseText.clean(recognisingBodyName.get())));
    }

    /** One choice of recognising body; {@code body} null: the default the data gives. */
    public record BodyOption(RecognisingBody body) {
        public static final BodyOption DEFAULT = new BodyOption(null);
    }

    /** The choices: the data's default first, then every body. */
    List<BodyOption> bodyOptions() {
        List<BodyOption> out = new java.util.ArrayList<>();
        out.add(BodyOption.DEFAULT);
        for (RecognisingBody b : RecognisingBody.values()) {
            out.add(new BodyOption(b));
        }
        return out;
    }

    private RecognitionRules rules() {
        return ctx.store().options().recognitionRules();
    }

    /** The body the data gives for the type and managing authority on the form. */
    RecognisingBody defaultBody() {
        return rules().defaultFor(type.get(), VietnameseText.clean(superior.get()));
    }

    /** How a choice reads: "Theo mặc định: Ủy ban nhân dân tỉnh…" or the body's name as the data gives it. */
    String bodyText(BodyOption o) {
        if (o == null || o.body() == null) {
            return ctx.t("ui.unit.recognisingBody.default", dataName(defaultBody()));
        }
        return dataName(o.body());
    }

    /** The name the data gives a body, with the commune on the form. */
    String dataName(RecognisingBody b) {
        return rules().name(b, VietnameseText.clean(commune.get()), ctx.messages().locale(), "……");
    }

    /** The name printed when none is typed: the data's name of the body in force. */
    String namePrompt() {
        BodyOption o = recognisingBody.get();
        return dataName(o == null || o.body() == null ? defaultBody() : o.body());
    }

    /**
     * The warning under the name while the documents would print a placeholder for the recognising body
     * ("Ủy ban nhân dân tỉnh, thành phố ……": the data cannot know the province), as the year's review
     * finds it; empty once a name is typed (or the body the form gives has one).
     */
    String bodyNameWarning() {
        if (type.get() == null) {
            return "";
        }
        BodyOption o = recognisingBody.get();
        RecognisingBodyChoice choice = new RecognisingBodyChoice(o == null ? null : o.body(), recognisingBodyName.get());
        return choice.placeholder(rules(), type.get(), VietnameseText.clean(superior.get()),
                VietnameseText.clean(commune.get())).map(n -> ctx.t("ui.unit.recognisingBody.unnamed", n)).orElse("");
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
