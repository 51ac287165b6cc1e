package vn.antq.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.AssessmentPeriod;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.checklist.ChecklistEventType;
import vn.antq.domain.checklist.ChecklistSection;

/**
 * The Circular 124 checklist as the dossier prints it: the rows of the unit's article (Điều 6 or 7)
 * in order — a long criterion as a heading followed by its yes/no parts — and the listed events.
 * Kept apart from the checklist's own model so the printing code only needs codes, labels, wording
 * and how each row gets its result.
 *
 * @param title     e.g. "Cơ sở giáo dục (Điều 7)"
 * @param criteria  the rows, in order
 * @param events    the kinds of listed event, in order
 * @param period    the year's assessment period (events outside it are printed as such); null when unknown
 */
public record ChecklistSheet(String title, List<Criterion> criteria, List<EventKind> events, AssessmentPeriod period) {
    public ChecklistSheet(String title, List<Criterion> criteria, List<EventKind> events) {
        this(title, criteria, events, null);
    }

    public ChecklistSheet {
        title = title == null ? "" : title;
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** How a row gets its result. */
    public enum Kind {
        /** Answered yes/no by the unit (its answer is looked up by code). */
        ANSWER,
        /** A criterion with parts: met when every applicable part below it is met. */
        HEADING,
        /** The events criterion: met when no unexcused listed event is recorded. */
        EVENTS,
        /** Does not apply to this unit (no Party organisation, no protection force). */
        NOT_APPLICABLE
    }

    /**
     * One printed row: its code, how it is numbered on paper ("1", "a)"), the official wording,
     * whether it is a part of the criterion above it, and how it gets its result.
     */
    public record Criterion(String code, String label, String text, boolean part, Kind kind) {
        public Criterion(String code, String label, String text) {
            this(code, label, text, false, Kind.ANSWER);
        }
    }

    /** One kind of listed event (Điều 6.3 a–h / 7.3). */
    public record EventKind(String code, String label, String text) {
    }

    /** A checklist with no rows (the answers are then printed by code). */
    public static ChecklistSheet empty() {
        return new ChecklistSheet("", List.of(), List.of());
    }

    /**
     * The rows for a unit from the Circular 124 checklist: its article's criteria, parts under
     * their criterion, what does not apply marked so.
     */
    public static ChecklistSheet from(Checklist checklist, UnitType type, boolean hasPartyOrganisation,
            boolean hasProtectionForce, Locale locale, int year) {
        ChecklistSection section = checklist.section(type);
        List<Criterion> rows = new ArrayList<>();
        for (ChecklistCriterion c : section.criteria()) {
            boolean applies = c.appliesTo(hasPartyOrganisation, hasProtectionForce);
            String clause = c.clause() == null || c.clause().isBlank() ? c.code() : c.clause();
            Kind kind = !applies ? Kind.NOT_APPLICABLE
                    : c.derivedFromEvents() ? Kind.EVENTS : c.hasParts() ? Kind.HEADING : Kind.ANSWER;
            // A criterion split into parts shows its short label: the parts below carry the exact wording.
            String text = c.hasParts() && c.label() != null ? c.label().in(locale) : c.text().in(locale);
            if (c.derivedFromEvents()) {
                // "… các trường hợp sau:" is followed by the points, never left empty
                List<String> points = new ArrayList<>();
                for (ChecklistEventType e : section.events()) {
                    points.add(e.point() + ") " + e.label().in(locale));
                }
                text = text.strip() + " " + String.join("; ", points) + ".";
            }
            rows.add(new Criterion(c.code(), clause, text, false, kind));
            for (ChecklistCriterion p : c.parts()) {
                boolean partApplies = applies && p.appliesTo(hasPartyOrganisation, hasProtectionForce);
                rows.add(new Criterion(p.code(), partLabel(c.code(), p.code()), p.text().in(locale), true,
                        partApplies ? Kind.ANSWER : Kind.NOT_APPLICABLE));
            }
        }
        List<EventKind> events = new ArrayList<>();
        for (ChecklistEventType e : section.events()) {
            events.add(new EventKind(e.code(), e.point() + ")", e.label().in(locale)));
        }
        return new ChecklistSheet(section.title().in(locale), rows, events, checklist.period(year).orElse(null));
    }

    /** "D6.1a" under "D6.1" → "a)". */
    private static String partLabel(String parent, String code) {
        String rest = code.startsWith(parent) ? code.substring(parent.length()) : code;
        if (rest.equals("dd")) {
            rest = "đ";
        }
        return rest + ")";
    }

    public Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    public EventKind event(String code) {
        return events.stream().filter(e -> e.code().equals(code)).findFirst().orElse(null);
    }
}
