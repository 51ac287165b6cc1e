package vn.antq.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.Localized;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.checklist.ChecklistEventType;
import vn.antq.domain.checklist.ChecklistSection;

/**
 * Reads the Circular 124 checklist data file ({@code antq-checklist/1}) with Jackson's tree model
 * ({@link JsonFields}) and turns it into
 * a validated {@link Checklist}. A broken file is refused with a Vietnamese message naming the file
 * and the fault; nothing is half-loaded.
 */
public final class ChecklistLoader {
    public static final String FORMAT = "antq-checklist/1";
    public static final String DEFAULT_CHECKLIST = "/vn/antq/checklists/tt124-2021.json";

    private static volatile Checklist defaultChecklist;

    private ChecklistLoader() {
    }

    // --- JSON shapes -------------------------------------------------------------------------

    record TextJson(String vi, String en) {
        Localized toLocalized() {
            if (vi == null || vi.isBlank()) {
                return null;
            }
            return new Localized(nfc(vi), en == null || en.isBlank() ? null : nfc(en));
        }
    }

    record CriterionJson(String code, String clause, TextJson text, TextJson label, TextJson hint,
            Boolean requiresPartyOrganisation, Boolean optionalWhenNoProtectionForce, Boolean derivedFromEvents,
            List<CriterionJson> parts) {
        static CriterionJson from(JsonFields f) {
            CriterionJson c = new CriterionJson(f.text("code"), f.text("clause"), f.bilingual("text", TextJson::new),
                    f.bilingual("label", TextJson::new), f.bilingual("hint", TextJson::new),
                    f.bool("requiresPartyOrganisation"), f.bool("optionalWhenNoProtectionForce"),
                    f.bool("derivedFromEvents"), f.objects("parts", CriterionJson::from));
            f.done();
            return c;
        }
    }

    record EventJson(String code, String point, TextJson text, TextJson label, TextJson excuse) {
        static EventJson from(JsonFields f) {
            EventJson e = new EventJson(f.text("code"), f.text("point"), f.bilingual("text", TextJson::new),
                    f.bilingual("label", TextJson::new), f.bilingual("excuse", TextJson::new));
            f.done();
            return e;
        }
    }

    record SectionJson(List<String> unitTypes, String article, TextJson title, TextJson lead,
            List<CriterionJson> criteria, List<String> events) {
        static SectionJson from(JsonFields f) {
            SectionJson s = new SectionJson(f.texts("unitTypes"), f.text("article"),
                    f.bilingual("title", TextJson::new),
                    f.bilingual("lead", TextJson::new), f.objects("criteria", CriterionJson::from),
                    f.texts("events"));
            f.done();
            return s;
        }
    }

    record PeriodJson(String first, String last, String source) {
        static PeriodJson from(JsonFields f) {
            if (f == null) {
                return null;
            }
            PeriodJson p = new PeriodJson(f.text("first"), f.text("last"), f.text("source"));
            f.done();
            return p;
        }
    }

    record ChecklistJson(String format, String id, String version, TextJson title, String source,
            PeriodJson period, List<EventJson> events, List<SectionJson> lists) {
        static ChecklistJson from(JsonFields f) {
            ChecklistJson c = new ChecklistJson(f.text("format"), f.text("id"), f.text("version"),
                    f.bilingual("title", TextJson::new), f.text("source"), PeriodJson.from(f.object("period")),
                    f.objects("events", EventJson::from), f.objects("lists", SectionJson::from));
            f.done();
            return c;
        }
    }

    // --- loading -------------------------------------------------------------------------------

    /** The checklist shipped with the app (Circular 124/2021/TT-BCA, Điều 6 and 7); read once. */
    public static Checklist defaultChecklist() {
        Checklist c = defaultChecklist;
        return c != null ? c : loadDefault();
    }

    /** Read once: a second thread asking meanwhile waits for the first instead of parsing the file again. */
    private static synchronized Checklist loadDefault() {
        Checklist c = defaultChecklist;
        if (c == null) {
            InputStream in = ChecklistLoader.class.getResourceAsStream(DEFAULT_CHECKLIST);
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + DEFAULT_CHECKLIST));
            }
            c = load(in, DEFAULT_CHECKLIST.substring(DEFAULT_CHECKLIST.lastIndexOf('/') + 1));
            defaultChecklist = c;
        }
        return c;
    }

    /** A checklist file, e.g. one updated after a new circular. */
    public static Checklist load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new DomainException("rules.invalid.read", file.toString(), e.getMessage());
        }
    }

    /** Reads and validates a checklist; {@code source} names the file in messages. The stream is closed. */
    public static Checklist load(InputStream in, String source) {
        ChecklistJson json = ChecklistJson.from(JsonFields.parse(in, source));
        if (!FORMAT.equals(json.format())) {
            throw new DomainException("rules.invalid.format", source, json.format(), FORMAT);
        }
        require(source, json.id(), "id");
        require(source, json.version(), "version");
        if (json.events() == null || json.events().isEmpty()) {
            throw new DomainException("rules.invalid.missing", source, "events");
        }
        if (json.lists() == null || json.lists().isEmpty()) {
            throw new DomainException("rules.invalid.missing", source, "lists");
        }
        Map<String, ChecklistEventType> events = new LinkedHashMap<>();
        for (EventJson e : json.events()) {
            ChecklistEventType event = toEvent(e, source);
            if (events.put(event.code(), event) != null) {
                throw new DomainException("checklist.invalid.duplicate", source, event.code());
            }
        }
        List<ChecklistSection> sections = new ArrayList<>();
        for (SectionJson s : json.lists()) {
            sections.add(toSection(s, events, source));
        }
        Localized title = json.title() == null ? null : json.title().toLocalized();
        try {
            MonthDay first = json.period() == null ? null : monthDay(json.period().first(), source, "period.first");
            MonthDay last = json.period() == null ? null : monthDay(json.period().last(), source, "period.last");
            return Checklist.of(json.id(), nfc(json.version()), title, json.source(), sections, first, last);
        } catch (DomainException e) {
            // name the file, not only the checklist id, when the definition itself is broken
            if (e.key().startsWith("checklist.invalid.") && !e.args().isEmpty() && json.id().equals(e.args().get(0))) {
                List<Object> args = new ArrayList<>(e.args());
                args.set(0, source);
                throw new DomainException(e.key(), args.toArray());
            }
            throw e;
        }
    }

    private static ChecklistSection toSection(SectionJson s, Map<String, ChecklistEventType> events, String source) {
        String article = s.article() == null || s.article().isBlank() ? "?" : s.article();
        require(source, s.article(), "lists[].article");
        if (s.unitTypes() == null || s.unitTypes().isEmpty()) {
            throw new DomainException("checklist.invalid.noUnitType", source, article);
        }
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        for (String t : s.unitTypes()) {
            UnitType type = UnitType.parse(t);
            if (type == null) {
                throw new DomainException("rules.invalid.unitType", source, String.valueOf(t));
            }
            if (!types.add(type)) {
                throw new DomainException("checklist.invalid.unitTypeTwice", source, type.name());
            }
        }
        if (s.criteria() == null || s.criteria().isEmpty()) {
            throw new DomainException("checklist.invalid.noCriteria", source, article);
        }
        List<ChecklistCriterion> criteria = new ArrayList<>();
        for (CriterionJson c : s.criteria()) {
            criteria.add(toCriterion(c, source, true));
        }
        if (s.events() == null || s.events().isEmpty()) {
            throw new DomainException("checklist.invalid.derived", source, article);
        }
        List<ChecklistEventType> listed = new ArrayList<>();
        for (String code : s.events()) {
            ChecklistEventType event = events.get(code);
            if (event == null) {
                throw new DomainException("checklist.invalid.eventRef", source, article, String.valueOf(code));
            }
            listed.add(event);
        }
        Localized title = s.title() == null ? null : s.title().toLocalized();
        if (title == null) {
            throw new DomainException("checklist.invalid.text", source, article);
        }
        Localized lead = s.lead() == null ? null : s.lead().toLocalized();
        return new ChecklistSection(types, s.article(), title, lead, criteria, listed);
    }

    private static ChecklistCriterion toCriterion(CriterionJson c, String source, boolean topLevel) {
        require(source, c.code(), "criteria[].code");
        Localized text = c.text() == null ? null : c.text().toLocalized();
        if (text == null) {
            throw new DomainException("checklist.invalid.text", source, c.code());
        }
        Localized label = c.label() == null ? null : c.label().toLocalized();
        List<ChecklistCriterion> parts = new ArrayList<>();
        if (c.parts() != null) {
            if (!topLevel) {
                throw new DomainException("checklist.invalid.depth", source, c.code());
            }
            for (CriterionJson p : c.parts()) {
                parts.add(toCriterion(p, source, false));
            }
        }
        Localized hint = c.hint() == null ? null : c.hint().toLocalized();
        return new ChecklistCriterion(c.code(), c.clause(), text, label, hint, isTrue(c.requiresPartyOrganisation()),
                isTrue(c.optionalWhenNoProtectionForce()), isTrue(c.derivedFromEvents()), parts);
    }

    private static ChecklistEventType toEvent(EventJson e, String source) {
        require(source, e.code(), "events[].code");
        require(source, e.point(), "events[].point");
        Localized text = e.text() == null ? null : e.text().toLocalized();
        if (text == null) {
            throw new DomainException("checklist.invalid.text", source, e.code());
        }
        Localized label = e.label() == null ? null : e.label().toLocalized();
        if (e.excuse() != null && e.excuse().toLocalized() == null) {
            throw new DomainException("checklist.invalid.excuse", source, e.code());
        }
        Localized excuse = e.excuse() == null ? null : e.excuse().toLocalized();
        return new ChecklistEventType(e.code(), nfc(e.point()), text, label, excuse);
    }

    // --- helpers --------------------------------------------------------------------------------

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /** A day of the year written dd/MM ("16/11") in a rules file; refused naming the field. */
    static MonthDay monthDay(String text, String source, String field) {
        require(source, text, field);
        try {
            return MonthDay.parse(text.strip(), DAY_MONTH);
        } catch (DateTimeParseException e) {
            throw new DomainException("rules.invalid.dayMonth", source, field, text);
        }
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static void require(String source, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("rules.invalid.missing", source, field);
        }
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
