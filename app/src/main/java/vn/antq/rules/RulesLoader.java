package vn.antq.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.Localized;
import vn.antq.domain.UnitType;
import vn.antq.domain.rubric.Derivation;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.rubric.Scoring;
import vn.antq.domain.scoring.Classification;
import vn.antq.domain.scoring.ClassificationLevel;
import vn.antq.domain.scoring.ClassificationProfile;

/**
 * Reads the regulation's data files (rubrics, classification profiles) with Jackson's tree model
 * ({@link JsonFields}) and turns them into validated domain objects. A broken file is refused with a
 * message naming the file and fault.
 */
public final class RulesLoader {
    public static final String RUBRIC_FORMAT = "antq-rubric/1";
    public static final String PROFILE_FORMAT = "antq-profile/1";
    public static final String DEFAULT_RUBRIC = "/vn/antq/rubrics/qd510-2022-agency.json";
    public static final String DEFAULT_PROFILE = "/vn/antq/profiles/default.json";

    private RulesLoader() {
    }

    // --- JSON shapes -------------------------------------------------------------------------

    record TextJson(String vi, String en) {
        Localized toLocalized() {
            return vi == null || vi.isBlank() ? null : new Localized(vi, en);
        }
    }

    record DerivationJson(String fact, Integer perCollective, Integer perIndividual, String deadline,
            Boolean lateLoses, Boolean extraordinaryOnly, String note) {
        static DerivationJson from(JsonFields f) {
            if (f == null) {
                return null;
            }
            DerivationJson d = new DerivationJson(f.text("fact"), f.integer("perCollective"),
                    f.integer("perIndividual"), f.text("deadline"), f.bool("lateLoses"), f.bool("extraordinaryOnly"),
                    f.text("note"));
            f.done();
            return d;
        }
    }

    record ItemJson(String code, String label, TextJson title, Integer max, String scoring, DerivationJson derivation,
            String confidence, TextJson hint, List<ItemJson> children) {
        static ItemJson from(JsonFields f) {
            ItemJson i = new ItemJson(f.text("code"), f.text("label"), f.bilingual("title", TextJson::new),
                    f.integer("max"), f.text("scoring"), DerivationJson.from(f.object("derivation")),
                    f.text("confidence"), f.bilingual("hint", TextJson::new), f.objects("children", ItemJson::from));
            f.done();
            return i;
        }
    }

    record RubricJson(String format, String id, String version, TextJson title, String source,
            List<String> confidenceLegend, List<String> appliesTo, Integer total, List<ItemJson> items) {
        static RubricJson from(JsonFields f) {
            RubricJson r = new RubricJson(f.text("format"), f.text("id"), f.text("version"),
                    f.bilingual("title", TextJson::new), f.text("source"), f.textValues("confidenceLegend"),
                    f.texts("appliesTo"), f.integer("total"), f.objects("items", ItemJson::from));
            f.done();
            return r;
        }
    }

    record LevelJson(String code, Integer min, TextJson label) {
        static LevelJson from(JsonFields f) {
            LevelJson l = new LevelJson(f.text("code"), f.integer("min"), f.bilingual("label", TextJson::new));
            f.done();
            return l;
        }
    }

    record ProfileJson(String format, String id, TextJson name, TextJson note, String rubric, List<LevelJson> levels) {
        static ProfileJson from(JsonFields f) {
            ProfileJson p = new ProfileJson(f.text("format"), f.text("id"), f.bilingual("name", TextJson::new),
                    f.bilingual("note", TextJson::new), f.text("rubric"), f.objects("levels", LevelJson::from));
            f.done();
            return p;
        }
    }

    // --- Rubrics ------------------------------------------------------------------------------

    /** The rubric shipped with the app (Decision 510, Điều 7); read once, it is immutable. */
    public static Rubric defaultRubric() {
        return Shipped.RUBRIC;
    }

    /** The shipped data files, parsed on first use (the class loads lazily, thread-safely). */
    private static final class Shipped {
        static final Rubric RUBRIC = rubric(resource(DEFAULT_RUBRIC), DEFAULT_RUBRIC);
        static final ClassificationProfile PROFILE = profile(resource(DEFAULT_PROFILE), DEFAULT_PROFILE, RUBRIC);
    }

    public static Rubric rubric(InputStream in, String source) {
        RubricJson json = RubricJson.from(JsonFields.parse(in, source));
        if (!RUBRIC_FORMAT.equals(json.format())) {
            throw new DomainException("rules.invalid.format", source, json.format(), RUBRIC_FORMAT);
        }
        if (json.total() == null || json.items() == null) {
            throw new DomainException("rules.invalid.missing", source, json.total() == null ? "total" : "items");
        }
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        if (json.appliesTo() != null) {
            for (String t : json.appliesTo()) {
                UnitType type = UnitType.parse(t);
                if (type == null) {
                    throw new DomainException("rules.invalid.unitType", source, t);
                }
                types.add(type);
            }
        }
        List<RubricItem> items = new ArrayList<>();
        for (ItemJson item : json.items()) {
            items.add(toItem(item, source));
        }
        Localized title = json.title() == null ? null : json.title().toLocalized();
        return Rubric.of(json.id(), json.version(), title, json.total(), types, items);
    }

    private static RubricItem toItem(ItemJson j, String source) {
        String code = j.code();
        if (code == null || code.isBlank()) {
            throw new DomainException("rules.invalid.missing", source, "code");
        }
        if (j.max() == null) {
            throw new DomainException("rules.invalid.itemField", source, code, "max");
        }
        Scoring scoring;
        try {
            scoring = Scoring.valueOf(j.scoring() == null ? "" : j.scoring());
        } catch (IllegalArgumentException e) {
            throw new DomainException("rules.invalid.itemField", source, code, "scoring");
        }
        Derivation derivation = null;
        if (j.derivation() != null) {
            Fact fact;
            try {
                fact = Fact.valueOf(j.derivation().fact() == null ? "" : j.derivation().fact());
            } catch (IllegalArgumentException e) {
                throw new DomainException("rules.invalid.itemField", source, code, "derivation.fact");
            }
            int perCollective = j.derivation().perCollective() == null ? 0 : j.derivation().perCollective();
            int perIndividual = j.derivation().perIndividual() == null ? 0 : j.derivation().perIndividual();
            if (fact == Fact.COMMENDATIONS && (perCollective <= 0 || perIndividual <= 0)) {
                throw new DomainException("rules.invalid.itemField", source, code, "derivation.perCollective/perIndividual");
            }
            MonthDay deadline = j.derivation().deadline() == null ? null
                    : ChecklistLoader.monthDay(j.derivation().deadline(), source, code + ".derivation.deadline");
            derivation = new Derivation(fact, perCollective, perIndividual, deadline,
                    Boolean.TRUE.equals(j.derivation().lateLoses()),
                    Boolean.TRUE.equals(j.derivation().extraordinaryOnly()));
        }
        List<RubricItem> children = new ArrayList<>();
        if (j.children() != null) {
            for (ItemJson child : j.children()) {
                children.add(toItem(child, source));
            }
        }
        Localized title = j.title() == null ? null : j.title().toLocalized();
        Localized hint = j.hint() == null ? null : j.hint().toLocalized();
        String label = j.label() == null || j.label().isBlank() ? code : j.label();
        return new RubricItem(code, label, title, j.max(), scoring, derivation, j.confidence(), hint, children);
    }

    // --- Classification profiles ---------------------------------------------------------------

    /** The default profile shipped with the app (90/70/50, labelled as a default). */
    public static ClassificationProfile defaultProfile(Rubric rubric) {
        if (rubric == Shipped.RUBRIC) {
            return Shipped.PROFILE;
        }
        return profile(resource(DEFAULT_PROFILE), DEFAULT_PROFILE, rubric);
    }

    /** A profile file, e.g. one a provincial police hands out. */
    public static ClassificationProfile profile(Path file, Rubric rubric) {
        try (InputStream in = Files.newInputStream(file)) {
            return profile(in, file.getFileName().toString(), rubric);
        } catch (IOException e) {
            throw new DomainException("rules.invalid.read", file.toString(), e.getMessage());
        }
    }

    public static ClassificationProfile profile(InputStream in, String source, Rubric rubric) {
        ProfileJson json = ProfileJson.from(JsonFields.parse(in, source));
        if (!PROFILE_FORMAT.equals(json.format())) {
            throw new DomainException("rules.invalid.format", source, json.format(), PROFILE_FORMAT);
        }
        if (json.rubric() != null && !json.rubric().equals(rubric.id())) {
            throw new DomainException("rules.invalid.profileRubric", source, json.rubric(), rubric.id());
        }
        if (json.levels() == null) {
            throw new DomainException("rules.invalid.missing", source, "levels");
        }
        List<ClassificationLevel> levels = new ArrayList<>();
        for (LevelJson l : json.levels()) {
            Classification code;
            try {
                code = Classification.valueOf(l.code() == null ? "" : l.code());
            } catch (IllegalArgumentException e) {
                throw new DomainException("rules.invalid.level", source, String.valueOf(l.code()));
            }
            if (l.min() == null) {
                throw new DomainException("rules.invalid.itemField", source, code.name(), "min");
            }
            Localized label = l.label() == null ? null : l.label().toLocalized();
            if (label == null) {
                throw new DomainException("rules.invalid.itemField", source, code.name(), "label");
            }
            levels.add(new ClassificationLevel(code, l.min(), label));
        }
        Localized name = json.name() == null ? null : json.name().toLocalized();
        Localized note = json.note() == null ? null : json.note().toLocalized();
        return ClassificationProfile.of(json.id(), name, note, levels, rubric.total());
    }

    // --- helpers --------------------------------------------------------------------------------

    private static InputStream resource(String path) {
        InputStream in = RulesLoader.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + path));
        }
        return in;
    }
}
