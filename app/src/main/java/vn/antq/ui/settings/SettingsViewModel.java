package vn.antq.ui.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.DomainException;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.rules.RulesLoader;
import vn.antq.ui.common.Deadlines;
import vn.antq.ui.common.UiContext;

/**
 * Cài đặt: the language, the classification profile in force (thresholds shown; a province's file
 * imported), the deadlines and the commune police the dossier goes to.
 */
public final class SettingsViewModel {
    private final UiContext ctx;
    private final StringProperty language = new SimpleStringProperty("vi");
    private final ReadOnlyStringWrapper profileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileNote = new ReadOnlyStringWrapper("");
    private final ObservableList<String> thresholds = FXCollections.observableArrayList();
    private final ObservableList<String> profileIds = FXCollections.observableArrayList();
    private final StringProperty profileId = new SimpleStringProperty("");
    private final Map<String, StringProperty> deadlines = new LinkedHashMap<>();
    private final StringProperty localLabel = new SimpleStringProperty("");
    private final StringProperty police = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private UnitProfile unit;

    public SettingsViewModel(UiContext ctx) {
        this.ctx = ctx;
        for (String k : List.of(Deadlines.REGISTRATION, Deadlines.ANTT, Deadlines.CLASSIFICATION, Deadlines.LOCAL)) {
            deadlines.put(k, new SimpleStringProperty(""));
        }
        language.set(ctx.messages().locale().getLanguage().equals("en") ? "en" : "vi");
    }

    private record Loaded(Map<String, String> settings, ClassificationProfile profile, List<String> ids,
            UnitProfile unit, Map<String, String> names) {
    }

    /** The saved profiles' display names by id, for the clerk (an id such as "default-2022" is not shown). */
    private static Map<String, String> names(UiContext ctx) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String id : ctx.store().years().profileIds()) {
            ctx.store().years().profileJson(id).ifPresent(json -> {
                try {
                    out.put(id, RulesLoader.profile(new java.io.ByteArrayInputStream(
                            json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), id, ctx.rubric()).name()
                            .in(ctx.messages().locale()));
                } catch (RuntimeException e) {
                    out.put(id, id); // unreadable: its id is all there is to show
                }
            });
        }
        return out;
    }

    private final javafx.collections.ObservableMap<String, String> profileNames =
            FXCollections.observableHashMap();

    /** A profile's name as shown to the clerk (its id only when it has none). */
    public String profileName(String id) {
        return id == null ? "" : profileNames.getOrDefault(id, id);
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        ctx.runner().run(p -> new Loaded(ctx.store().settings().all(), ctx.store().years().classificationProfile(year),
                ctx.store().years().profileIds(), ctx.store().unit().profile().orElse(null), names(ctx)), l -> {
                    for (var e : deadlines.entrySet()) {
                        String v = l.settings().get(e.getKey());
                        e.getValue().set(Deadlines.format(Deadlines.parse(v == null ? Deadlines.defaultValue(e.getKey())
                                : v)));
                    }
                    localLabel.set(l.settings().getOrDefault(Deadlines.LOCAL_LABEL, ""));
                    showProfile(l.profile());
                    List<String> ids = new ArrayList<>();
                    ids.add(ctx.store().options().defaultProfile().id());
                    l.ids().stream().filter(i -> !ids.contains(i)).forEach(ids::add);
                    profileNames.clear();
                    profileNames.putAll(l.names());
                    profileNames.putIfAbsent(ids.get(0), ctx.store().options().defaultProfile().name()
                            .in(ctx.messages().locale()));
                    profileIds.setAll(ids);
                    profileId.set(l.profile().id());
                    unit = l.unit();
                    police.set(unit == null ? "" : unit.communePolice());
                }, ctx::showError);
    }

    private void showProfile(ClassificationProfile p) {
        var locale = ctx.messages().locale();
        profileName.set(p.name().in(locale));
        profileNote.set(p.note() == null ? "" : p.note().in(locale));
        List<String> lines = new ArrayList<>();
        p.levels().forEach(l -> lines.add(ctx.t("ui.settings.threshold", l.label().in(locale), l.minPoints())));
        thresholds.setAll(lines);
    }

    /** Switches the language: the window is rebuilt in it and it is remembered. */
    public void applyLanguage(String tag) {
        language.set(tag);
        ctx.switchLanguage(tag);
    }

    /** Saves one deadline typed as dd/MM (blank = default; the local one may be blank = none). */
    public Optional<String> saveDeadline(String key, String text) {
        String t = VietnameseText.clean(text);
        if (!t.isEmpty() && Deadlines.parse(t) == null) {
            return Optional.of(ctx.t("ui.settings.error.deadline", t));
        }
        String value = t.isEmpty() ? null : Deadlines.storageFormat(Deadlines.parse(t));
        ctx.runner().run(p -> {
            ctx.store().settings().set(key, value);
            return null;
        }, ok -> {
            deadlines.get(key).set(Deadlines.format(Deadlines.parse(value == null ? Deadlines.defaultValue(key)
                    : value)));
            message.set(ctx.t("ui.settings.saved"));
        }, ctx::showError);
        return Optional.empty();
    }

    public void saveLocalLabel(String text) {
        String v = VietnameseText.clean(text);
        ctx.runner().run(p -> {
            ctx.store().settings().set(Deadlines.LOCAL_LABEL, v.isEmpty() ? null : v);
            return null;
        }, ok -> message.set(ctx.t("ui.settings.saved")), ctx::showError);
    }

    /** The commune police that receives the dossier (kept in the unit profile). */
    public void savePolice(String text) {
        String v = VietnameseText.clean(text);
        if (unit == null || v.equals(unit.communePolice())) {
            return;
        }
        UnitProfile u = unit;
        UnitProfile changed = new UnitProfile(u.name(), u.type(), u.superior(), u.address(), u.place(), u.commune(), v,
                u.headName(), u.headTitle(), u.phone(), u.email(), u.hasPartyOrganisation(), u.hasTradeUnion(),
                u.hasProtectionForce());
        ctx.runner().run(p -> ctx.store().unit().update(changed), saved -> {
            unit = saved;
            message.set(ctx.t("ui.settings.saved"));
        }, ctx::showError);
    }

    /** Uses a profile already known (the default one or an imported one) for the selected year. */
    public void useProfile(String id) {
        Integer year = ctx.year();
        if (id == null || year == null) {
            return;
        }
        ctx.runner().run(p -> {
            ctx.store().years().setProfile(year, id);
            return ctx.store().years().classificationProfile(year);
        }, p -> {
            showProfile(p);
            profileId.set(p.id());
            message.set(ctx.t("ui.settings.profileApplied", p.name().in(ctx.messages().locale()), year));
        }, ctx::showError);
    }

    /**
     * Imports a profile file a province hands out: checked against the rubric (a broken file is
     * refused with its message and nothing changes), stored, and put in force for the selected year.
     */
    public void importProfile(Path file) {
        Integer year = ctx.year();
        ctx.runner().run(p -> {
            RulesLoader.profile(file, ctx.rubric());
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new DomainException("ui.settings.error.read", file.getFileName(), e.getMessage());
            }
            ClassificationProfile saved = ctx.store().years().saveProfile(json);
            ctx.store().years().setProfile(year, saved.id());
            return saved;
        }, saved -> {
            reload();
            message.set(ctx.t("ui.settings.profileImported", saved.name().in(ctx.messages().locale()), year));
        }, e -> {
            message.set("");
            ctx.showError(e);
        });
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty profileNameProperty() {
        return profileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileNoteProperty() {
        return profileNote.getReadOnlyProperty();
    }

    public ObservableList<String> thresholds() {
        return thresholds;
    }

    public ObservableList<String> profileIds() {
        return profileIds;
    }

    public StringProperty profileIdProperty() {
        return profileId;
    }

    public StringProperty deadline(String key) {
        return deadlines.get(key);
    }

    public StringProperty localLabelProperty() {
        return localLabel;
    }

    public StringProperty policeProperty() {
        return police;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
