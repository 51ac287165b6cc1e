package vn.antq.ui.setup;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;
import vn.antq.ui.common.UiContext;

/** The first-start wizard: unit name, type, commune police, first year → the unit and its year. */
public final class FirstStartViewModel {
    private final UiContext ctx;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<UnitType> type = new SimpleObjectProperty<>();
    private final StringProperty communePolice = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty(String.valueOf(LocalDate.now().getYear()));
    private final StringProperty error = new SimpleStringProperty("");

    public FirstStartViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<UnitType> typeProperty() {
        return type;
    }

    public StringProperty communePoliceProperty() {
        return communePolice;
    }

    public StringProperty yearProperty() {
        return year;
    }

    /** The message of the last refusal, or empty. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Checks the answers; the first problem as a message. */
    public Optional<String> validate() {
        if (VietnameseText.clean(name.get()).isEmpty()) {
            return Optional.of(ctx.t("ui.wizard.error.name"));
        }
        if (type.get() == null) {
            return Optional.of(ctx.t("ui.wizard.error.type"));
        }
        Integer y = parseYear();
        if (y == null) {
            return Optional.of(ctx.t("ui.wizard.error.year", Store.MIN_YEAR, Store.MAX_YEAR));
        }
        return Optional.empty();
    }

    private Integer parseYear() {
        try {
            int y = Integer.parseInt(year.get().strip());
            return y >= Store.MIN_YEAR && y <= Store.MAX_YEAR ? y : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Creates the unit and its first year; calls {@code done} with the year on success. */
    public void create(Consumer<Integer> done) {
        Optional<String> problem = validate();
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        error.set("");
        int y = parseYear();
        UnitProfile minimal = UnitProfile.minimal(VietnameseText.clean(name.get()), type.get());
        UnitProfile profile = new UnitProfile(minimal.name(), minimal.type(), "", "", "", "",
                VietnameseText.clean(communePolice.get()), "", "", "", "", true, true, true);
        ctx.runner().run(p -> ctx.store().unit().create(profile, y), u -> done.accept(y),
                e -> error.set(vn.antq.ui.common.Dialogs.describe(e, ctx.messages())));
    }
}
