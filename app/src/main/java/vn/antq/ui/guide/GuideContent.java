package vn.antq.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.i18n.Messages;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.Dates;
import vn.antq.ui.common.Deadlines;
import vn.antq.domain.VietnameseText;

/**
 * The in-app guide (Trợ giúp → Hướng dẫn) as plain text sections, in the current language: the year
 * step by step with this year's deadlines (from the settings), each rubric item and each ANTT
 * criterion for the unit's type (generated from the rubric and checklist data, so the guide says
 * what the app scores), importing the staff list, exporting and handing in. No JavaFX here: the
 * view shows it, a test reads it.
 */
public final class GuideContent {
    /** A heading and its text; {@code key} is the text folded for accent-free search. */
    public record Entry(String heading, String body, String key) {
        Entry(String heading, String body) {
            this(heading, body, VietnameseText.fold(heading + " " + body));
        }

        /** Whether every word typed (accents and case ignored) is in the heading or the text. */
        public boolean matches(String query) {
            String q = VietnameseText.fold(query == null ? "" : query).strip();
            if (q.isEmpty()) {
                return true;
            }
            for (String word : q.split("\\s+")) {
                if (!key.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A chapter of the guide. */
    public record Section(String id, String title, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }

        /** The section with only the entries matching the query (empty when none). */
        public Section filtered(String query) {
            return new Section(id, title, entries.stream().filter(e -> e.matches(query)).toList());
        }
    }

    private GuideContent() {
    }

    /**
     * @param year     the year shown (its deadlines); null for the current year's dates
     * @param settings the settings (deadlines overridden by the clerk), may be empty
     * @param type     the unit's type (its checklist); null when no unit yet
     */
    public static List<Section> build(Messages m, Rubric rubric, Checklist checklist, int year,
            Map<String, String> settings, UnitType type) {
        List<Section> out = new ArrayList<>();
        out.add(year(m, year, settings));
        out.add(rubric(m, rubric));
        if (type != null) {
            out.add(checklist(m, checklist, type));
        }
        out.add(new Section("import", m.get("ui.guide.import"), List.of(
                new Entry(m.get("ui.guide.import.file.title"), m.get("ui.guide.import.file",
                        shown(m, "ui.import.template"))),
                new Entry(m.get("ui.guide.import.steps.title"), m.get("ui.guide.import.steps", shown(m, "ui.nav.staff"),
                        shown(m, "ui.staff.import"), shown(m, "ui.import.mapping"), shown(m, "ui.import.apply"))),
                new Entry(m.get("ui.guide.import.problems.title"), m.get("ui.guide.import.problems",
                        shown(m, "ui.import.skipInvalid"))))));
        out.add(new Section("export", m.get("ui.guide.export"), List.of(
                new Entry(m.get("ui.guide.export.check.title"), m.get("ui.guide.export.check")),
                new Entry(m.get("ui.guide.export.files.title"), m.get("ui.guide.export.files")),
                new Entry(m.get("ui.guide.export.handIn.title"), m.get("ui.guide.export.handIn")))));
        return out;
    }

    /** A control's text as the clerk sees it: without the mnemonic's underscore and a trailing colon. */
    static String shown(Messages m, String key) {
        String t = Forms.plain(m.get(key)).strip();
        return t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
    }

    /** The sections keeping only the entries that match; sections left empty are dropped. */
    public static List<Section> search(List<Section> sections, String query) {
        return sections.stream().map(s -> s.filtered(query)).filter(s -> !s.entries().isEmpty()).toList();
    }

    private static Section year(Messages m, int year, Map<String, String> settings) {
        String registration = "";
        String antt = "";
        String classification = "";
        for (Deadlines.Deadline d : Deadlines.of(year, settings)) {
            switch (d.key()) {
                case Deadlines.REGISTRATION -> registration = Dates.format(d.date());
                case Deadlines.ANTT -> antt = Dates.format(d.date());
                case Deadlines.CLASSIFICATION -> classification = Dates.format(d.date());
                default -> {
                }
            }
        }
        List<Entry> steps = List.of(
                new Entry(m.get("ui.guide.step.start.title"), m.get("ui.guide.step.start")),
                new Entry(m.get("ui.guide.step.registration.title", registration),
                        m.get("ui.guide.step.registration")),
                new Entry(m.get("ui.guide.step.during.title"), m.get("ui.guide.step.during")),
                new Entry(m.get("ui.guide.step.antt.title", antt), m.get("ui.guide.step.antt")),
                new Entry(m.get("ui.guide.step.classification.title", classification),
                        m.get("ui.guide.step.classification")));
        return new Section("year", m.get("ui.guide.year", String.valueOf(year)), steps);
    }

    private static Section rubric(Messages m, Rubric rubric) {
        List<Entry> entries = new ArrayList<>();
        for (RubricItem item : rubric.items()) {
            entries.add(item(m, item, item.label()));
            for (RubricItem child : item.children()) {
                String l = child.label().replace(")", "");
                entries.add(item(m, child, l.startsWith(item.label()) ? l : item.label() + l));
            }
        }
        return new Section("rubric", m.get("ui.guide.rubric", rubric.total()), entries);
    }

    private static Entry item(Messages m, RubricItem item, String number) {
        Locale l = m.locale();
        StringBuilder body = new StringBuilder(item.title().in(l));
        body.append("\n");
        if (item.isParent()) {
            body.append(m.get("ui.guide.rubric.parent"));
        } else if (item.isDerived()) {
            var d = item.derivation();
            body.append(m.get("ui.guide.rubric.derived." + d.fact().name(), d.perCollective(), d.perIndividual()));
        } else {
            body.append(m.get("ui.guide.rubric.manual"));
        }
        if (item.hint() != null) {
            body.append("\n").append(m.get("ui.guide.evidence", item.hint().in(l)));
        }
        return new Entry(m.get("ui.guide.rubric.item", number, item.max()), body.toString());
    }

    private static Section checklist(Messages m, Checklist checklist, UnitType type) {
        Locale l = m.locale();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(m.get("ui.guide.checklist.how.title"), m.get("ui.guide.checklist.how",
                m.get("ui.unitType." + type.name()))));
        for (ChecklistCriterion c : checklist.criteria(type)) {
            StringBuilder body = new StringBuilder(c.text().in(l));
            for (ChecklistCriterion part : c.parts()) {
                body.append("\n• ").append(part.text().in(l));
            }
            if (c.derivedFromEvents()) {
                body.append("\n").append(m.get("ui.guide.checklist.events"));
            }
            if (c.requiresPartyOrganisation()) {
                body.append("\n").append(m.get("ui.guide.checklist.party"));
            }
            if (c.optionalWhenNoProtectionForce()) {
                body.append("\n").append(m.get("ui.guide.checklist.protection"));
            }
            if (c.hint() != null) {
                body.append("\n").append(m.get("ui.guide.evidence", c.hint().in(l)));
            }
            String name = c.label() != null ? c.label().in(l) : c.code();
            entries.add(new Entry(m.get("ui.guide.checklist.criterion", c.clause() == null ? c.code() : c.clause(),
                    name), body.toString()));
        }
        return new Section("checklist", m.get("ui.guide.checklist"), entries);
    }
}
