package vn.antq.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.RecognisingBodyChoice;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.json.StrictJson;
import vn.antq.storage.StaffSync;
import vn.antq.storage.Store;

/**
 * The whole year in the {@code antq-assessment/1} format: the assessment ({@link AssessmentJson}: unit,
 * manual points, facts) and the optional top-level sections of the year's records, written by
 * {@code export-assessment} and read by {@code import-assessment}. Dates are ISO {@code YYYY-MM-DD}.
 *
 * <p>Reading is strict everywhere (unknown keys, wrong types, dates outside 01/01 of the year before to
 * 31/12 of the year after, unknown criterion or event codes, points above an item's maximum, a
 * department or person named twice): every refusal is one {@link FieldException} naming the field's
 * path. Matching departments and staff against the unit is {@link YearImport}'s.
 */
public final class YearJson {
    /**
     * Marks an answer or event recorded under another unit type (the unit's type was changed after):
     * kept as recorded, it does not count for 8c. An unmarked one must be of the unit type's list.
     */
    static final String OTHER_UNIT_TYPE = "otherUnitType";
    /** Every top-level key {@code import-assessment} knows; anything else is refused there. */
    static final Set<String> TOP_KEYS = Set.of("format", "unit", "items", "facts", "itemNotes", "documentDate",
            "registration", "pledges", "checklist", "commendations", "recognition", "meeting", "recognisingBody");
    private static final Set<String> REGISTRATION_KEYS = Set.of("unit", "departments");
    private static final Set<String> DEPARTMENT_KEYS = Set.of("name", "date");
    private static final Set<String> PLEDGE_KEYS = Set.of("code", "name", "department", "date");
    private static final Set<String> CHECKLIST_KEYS = Set.of("answers", "events");
    private static final Set<String> ANSWER_KEYS = Set.of("met", "note", OTHER_UNIT_TYPE);
    private static final Set<String> EVENT_KEYS = Set.of("code", "date", "description", "excused", OTHER_UNIT_TYPE);
    private static final Set<String> COMMENDATION_KEYS = Set.of("kind", "extraordinary", "date", "title", "recipient",
            "issuer", "decision");
    private static final Set<String> RECOGNITION_KEYS = Set.of("decision", "date");
    private static final Set<String> RECOGNISING_BODY_KEYS = Set.of("body", "name");
    private static final Set<String> MEETING_KEYS = Set.of("date", "startTime", "endTime", "location", "participants",
            "opinions", "conclusions", "votesFor", "votesAgainst", "votesTotal");
    private static final Set<String> PARTICIPANT_KEYS = Set.of("role", "name", "title");

    private YearJson() {
    }

    // --- writing ----------------------------------------------------------------------------------

    /** The year's JSON as {@code export-assessment} prints it: the assessment and every section. */
    public static ObjectNode toJson(Store store, int year) {
        Assessment a = store.assessment(year);
        YearSnapshot s = store.snapshot(year);
        Map<Long, String> codes = new HashMap<>();
        for (StaffSync.Person p : store.staffList().roster(year).people()) {
            codes.put(p.id(), p.staffCode() == null ? "" : p.staffCode());
        }
        return toJson(a, s, codes, store.years().documentDate(year).orElse(null), store);
    }

    private static ObjectNode toJson(Assessment a, YearSnapshot s, Map<Long, String> codes, LocalDate documentDate,
            Store store) {
        ObjectNode root = AssessmentJson.toJson(a, store.rubric());
        String unitCode = s.unit().codeOrEmpty();
        if (!unitCode.isEmpty()) {
            ((ObjectNode) root.get("unit")).put("code", unitCode);
        }
        ObjectNode notes = AssessmentJson.mapper().createObjectNode();
        for (ManualScore m : s.scores()) {
            if (m.note() != null && !m.note().isEmpty()) {
                notes.put(m.code(), m.note());
            }
        }
        if (!notes.isEmpty()) {
            root.set("itemNotes", notes);
        }
        ObjectNode registration = root.putObject("registration");
        putDate(registration, "unit", s.year().registeredOn());
        ArrayNode departments = registration.putArray("departments");
        for (DepartmentYear d : s.departments()) {
            if (d.registered()) {
                ObjectNode o = departments.addObject();
                o.put("name", d.department().name());
                putDate(o, "date", d.date());
            }
        }
        ArrayNode pledges = root.putArray("pledges");
        for (StaffPledge p : s.staff()) {
            if (p.signed()) {
                ObjectNode o = pledges.addObject();
                String code = codes.getOrDefault(p.staff().id(), "");
                if (!code.isEmpty()) {
                    o.put("code", code);
                }
                o.put("name", p.staff().fullName());
                if (!p.departmentName().isEmpty()) {
                    o.put("department", p.departmentName());
                }
                putDate(o, "date", p.date());
            }
        }
        ObjectNode checklist = root.putObject("checklist");
        ObjectNode answers = checklist.putObject("answers");
        Checklist rules = store.options().checklist();
        UnitType type = s.unit().type();
        for (ChecklistAnswer x : s.checklistAnswers()) {
            ObjectNode o = answers.putObject(x.criterionCode());
            if (x.met() == null) {
                o.putNull("met");
            } else {
                o.put("met", x.met());
            }
            if (x.note() != null && !x.note().isEmpty()) {
                o.put("note", x.note());
            }
            if (rules != null && rules.criterion(type, x.criterionCode()).isEmpty()) {
                o.put(OTHER_UNIT_TYPE, true);
            }
        }
        ArrayNode events = checklist.putArray("events");
        for (ChecklistEvent e : s.events()) {
            ObjectNode o = events.addObject();
            o.put("code", e.eventCode());
            putDate(o, "date", e.date());
            o.put("description", e.description());
            o.put("excused", e.excused());
            if (rules != null && rules.eventType(type, e.eventCode()).isEmpty()) {
                o.put(OTHER_UNIT_TYPE, true);
            }
        }
        ArrayNode commendations = root.putArray("commendations");
        for (Commendation c : s.commendations()) {
            ObjectNode o = commendations.addObject();
            o.put("kind", c.kind().name());
            o.put("extraordinary", c.extraordinary());
            putDate(o, "date", c.date());
            o.put("title", c.title());
            o.put("recipient", c.recipient());
            o.put("issuer", c.issuer());
            o.put("decision", c.decisionNumber());
        }
        if (s.year().recognitionRecorded()) {
            ObjectNode o = root.putObject("recognition");
            o.put("decision", s.year().recognitionDecision());
            putDate(o, "date", s.year().recognitionDate());
        }
        // the unit's choice (Đơn vị screen): body null follows the data's default, a blank name prints the data's
        RecognisingBodyChoice body = s.unit().recognisingBodyOrDefault();
        ObjectNode rb = root.putObject("recognisingBody");
        if (body.body() == null) {
            rb.putNull("body");
        } else {
            rb.put("body", body.body().name());
        }
        rb.put("name", body.name());
        ReviewMeeting m = s.meeting();
        if (m == null) {
            root.putNull("meeting"); // the year has none: an import deletes the target's
        } else {
            ObjectNode o = root.putObject("meeting");
            putDate(o, "date", m.date());
            putTime(o, "startTime", m.startTime());
            putTime(o, "endTime", m.endTime());
            o.put("location", m.location());
            ArrayNode people = o.putArray("participants");
            for (Participant p : m.participants()) {
                ObjectNode po = people.addObject();
                po.put("role", p.role().name());
                po.put("name", p.name());
                po.put("title", p.title());
            }
            o.put("opinions", m.opinions());
            o.put("conclusions", m.conclusions());
            putInt(o, "votesFor", m.votesFor());
            putInt(o, "votesAgainst", m.votesAgainst());
            putInt(o, "votesTotal", m.votesTotal());
        }
        if (documentDate != null) {
            root.put("documentDate", documentDate.toString());
        }
        return root;
    }

    private static void putDate(ObjectNode o, String field, LocalDate d) {
        if (d == null) {
            o.putNull(field);
        } else {
            o.put(field, d.toString());
        }
    }

    private static void putTime(ObjectNode o, String field, LocalTime t) {
        if (t == null) {
            o.putNull(field);
        } else {
            o.put(field, vn.antq.domain.Dates.format(t));
        }
    }

    private static void putInt(ObjectNode o, String field, Integer v) {
        if (v == null) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    // --- reading ----------------------------------------------------------------------------------

    /**
     * Reads a whole file for {@code import-assessment}, with the strict reader and its budget.
     *
     * @param year  the year the records go to, or null for the file's {@code unit.year}
     */
    public static YearFile read(InputStream in, String source, ScoringEngine engine, Checklist checklist,
            Integer year) {
        JsonNode root = StrictJson.read(in, source, StrictJson.Budget.INTERCHANGE);
        Assessment a;
        try {
            a = AssessmentJson.fromTree(root, engine);
        } catch (FieldException e) {
            throw e;
        } catch (DomainException e) {
            // the rubric names the item: say where it is in the file
            if (e.key().startsWith("score.error.") && !e.args().isEmpty()) {
                throw new FieldException("items." + e.args().get(0), e);
            }
            throw e;
        }
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!TOP_KEYS.contains(name)) {
                throw new DomainException("interchange.error.unknownSection", name);
            }
        }
        int y = year != null ? year : a.year();
        Reader r = new Reader(y);
        JsonNode unitCode = root.get("unit").get("code");
        String code = unitCode == null || unitCode.isNull() ? null : r.text(unitCode, "unit.code");

        Map<String, String> notes = null;
        JsonNode n = r.object(root, "itemNotes", "itemNotes");
        if (n != null) {
            notes = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "itemNotes." + e.getKey();
                if (!a.items().containsKey(e.getKey())) {
                    throw new DomainException("interchange.error.noteWithoutScore", path);
                }
                notes.put(e.getKey(), r.text(e.getValue(), path));
            }
        }

        Optional<LocalDate> documentDate = null;
        if (root.has("documentDate")) {
            documentDate = Optional.ofNullable(r.date(root.get("documentDate"), "documentDate"));
        }

        YearFile.Registration registration = null;
        JsonNode reg = r.object(root, "registration", "registration");
        if (reg != null) {
            r.keys(reg, REGISTRATION_KEYS, "registration");
            List<YearFile.DepartmentRef> departments = null;
            JsonNode list = r.array(reg, "departments", "registration.departments");
            if (list != null) {
                departments = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    String path = "registration.departments[" + i + "]";
                    JsonNode o = r.element(list, i, path);
                    r.keys(o, DEPARTMENT_KEYS, path);
                    departments.add(new YearFile.DepartmentRef(path, r.requireText(o, "name", path),
                            r.date(o.get("date"), path + ".date")));
                }
            }
            registration = new YearFile.Registration(reg.has("unit"), r.date(reg.get("unit"), "registration.unit"),
                    departments);
        }

        List<YearFile.PledgeRef> pledges = null;
        JsonNode pl = r.array(root, "pledges", "pledges");
        if (pl != null) {
            pledges = new ArrayList<>();
            for (int i = 0; i < pl.size(); i++) {
                String path = "pledges[" + i + "]";
                JsonNode o = r.element(pl, i, path);
                r.keys(o, PLEDGE_KEYS, path);
                pledges.add(new YearFile.PledgeRef(path, r.optionalText(o, "code", path), r.requireText(o, "name", path),
                        r.optionalText(o, "department", path), r.date(o.get("date"), path + ".date")));
            }
        }

        List<ChecklistAnswer> answers = null;
        List<ChecklistEvent> events = null;
        JsonNode cl = r.object(root, "checklist", "checklist");
        if (cl != null) {
            r.keys(cl, CHECKLIST_KEYS, "checklist");
            JsonNode an = r.object(cl, "answers", "checklist.answers");
            if (an != null) {
                answers = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> it = an.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String path = "checklist.answers." + e.getKey();
                    JsonNode o = e.getValue();
                    if (!o.isObject()) {
                        throw new DomainException("assessment.error.type", path, "object");
                    }
                    r.keys(o, ANSWER_KEYS, path);
                    JsonNode met = o.get("met");
                    if (met != null && !met.isNull() && !met.isBoolean()) {
                        throw new DomainException("assessment.error.type", path + ".met", "true/false/null");
                    }
                    ChecklistAnswer answer = new ChecklistAnswer(e.getKey(),
                            met == null || met.isNull() ? null : met.asBoolean(), r.optionalText(o, "note", path));
                    if (r.bool(o, OTHER_UNIT_TYPE, path, false)) {
                        check(checklist, path, () -> {
                            if (checklist.criterion(a.unitType(), answer.criterionCode()).isPresent()) {
                                throw new DomainException("interchange.error.notOtherUnitType", OTHER_UNIT_TYPE,
                                        answer.criterionCode(), checklist.section(a.unitType()).title());
                            }
                            checklist.validateRecordedAnswer(a.unitType(), answer);
                        });
                    } else {
                        check(checklist, path, () -> checklist.validateAnswer(a.unitType(), answer));
                    }
                    answers.add(answer);
                }
            }
            JsonNode ev = r.array(cl, "events", "checklist.events");
            if (ev != null) {
                events = new ArrayList<>();
                for (int i = 0; i < ev.size(); i++) {
                    String path = "checklist.events[" + i + "]";
                    JsonNode o = r.element(ev, i, path);
                    r.keys(o, EVENT_KEYS, path);
                    ChecklistEvent event = new ChecklistEvent(0, r.requireText(o, "code", path),
                            r.date(o.get("date"), path + ".date"), r.optionalText(o, "description", path),
                            r.bool(o, "excused", path, false));
                    if (r.bool(o, OTHER_UNIT_TYPE, path, false)) {
                        check(checklist, path, () -> {
                            if (checklist.eventType(a.unitType(), event.eventCode()).isPresent()) {
                                throw new DomainException("interchange.error.notOtherUnitType", OTHER_UNIT_TYPE,
                                        event.eventCode(), checklist.section(a.unitType()).title());
                            }
                            checklist.validateRecordedEvent(a.unitType(), event);
                        });
                    } else {
                        check(checklist, path, () -> checklist.validateEvent(a.unitType(), event));
                    }
                    events.add(event);
                }
            }
        }

        List<Commendation> commendations = null;
        JsonNode co = r.array(root, "commendations", "commendations");
        if (co != null) {
            commendations = new ArrayList<>();
            for (int i = 0; i < co.size(); i++) {
                String path = "commendations[" + i + "]";
                JsonNode o = r.element(co, i, path);
                r.keys(o, COMMENDATION_KEYS, path);
                String kind = r.requireText(o, "kind", path);
                CommendationKind k;
                try {
                    k = CommendationKind.valueOf(kind);
                } catch (IllegalArgumentException e) {
                    throw new DomainException("interchange.error.choice", path + ".kind", kind,
                            "COLLECTIVE, INDIVIDUAL");
                }
                commendations.add(new Commendation(0, k, r.optionalText(o, "title", path),
                        r.optionalText(o, "recipient", path), r.optionalText(o, "issuer", path),
                        r.optionalText(o, "decision", path), r.date(o.get("date"), path + ".date"),
                        r.bool(o, "extraordinary", path, true)));
            }
        }

        YearFile.Recognition recognition = null;
        JsonNode rec = r.object(root, "recognition", "recognition");
        if (rec != null) {
            r.keys(rec, RECOGNITION_KEYS, "recognition");
            recognition = new YearFile.Recognition(r.optionalText(rec, "decision", "recognition"),
                    r.date(rec.get("date"), "recognition.date"));
        }

        RecognisingBodyChoice recognisingBody = null;
        JsonNode rb = r.object(root, "recognisingBody", "recognisingBody");
        if (rb != null) {
            r.keys(rb, RECOGNISING_BODY_KEYS, "recognisingBody");
            JsonNode b = rb.get("body");
            RecognisingBody body = null;
            if (b != null && !b.isNull()) {
                String given = r.text(b, "recognisingBody.body");
                try {
                    body = RecognisingBody.valueOf(given);
                } catch (IllegalArgumentException e) {
                    throw new DomainException("interchange.error.choice", "recognisingBody.body",
                            StrictJson.printable(given), java.util.Arrays.toString(RecognisingBody.values()) + ", null");
                }
            }
            recognisingBody = new RecognisingBodyChoice(body, r.optionalText(rb, "name", "recognisingBody"));
        }

        Optional<ReviewMeeting> meeting = root.has("meeting") ? Optional.empty() : null;
        JsonNode me = r.object(root, "meeting", "meeting");
        if (me != null) {
            r.keys(me, MEETING_KEYS, "meeting");
            List<Participant> people = new ArrayList<>();
            JsonNode ps = r.array(me, "participants", "meeting.participants");
            if (ps != null) {
                for (int i = 0; i < ps.size(); i++) {
                    String path = "meeting.participants[" + i + "]";
                    JsonNode o = r.element(ps, i, path);
                    r.keys(o, PARTICIPANT_KEYS, path);
                    String role = r.requireText(o, "role", path);
                    ParticipantRole pr;
                    try {
                        pr = ParticipantRole.valueOf(role);
                    } catch (IllegalArgumentException e) {
                        throw new DomainException("interchange.error.choice", path + ".role", role,
                                java.util.Arrays.toString(ParticipantRole.values()));
                    }
                    people.add(new Participant(pr, r.requireText(o, "name", path), r.optionalText(o, "title", path)));
                }
            }
            ReviewMeeting given = new ReviewMeeting(r.date(me.get("date"), "meeting.date"),
                    r.time(me.get("startTime"), "meeting.startTime"), r.time(me.get("endTime"), "meeting.endTime"),
                    r.optionalText(me, "location", "meeting"), people, r.lines(me, "opinions", "meeting"),
                    r.lines(me, "conclusions", "meeting"), r.count(me, "votesFor", "meeting"),
                    r.count(me, "votesAgainst", "meeting"), r.count(me, "votesTotal", "meeting"));
            try {
                meeting = Optional.of(given.cleaned());
            } catch (DomainException e) {
                throw new FieldException("meeting", e);
            }
        }
        return new YearFile(a, present(root, "items"), present(root, "facts"), code, y, notes, documentDate, registration, pledges, answers, events, commendations,
                recognition, meeting, recognisingBody);
    }

    private static boolean present(JsonNode root, String field) {
        return root.has(field) && !root.get(field).isNull();
    }

    /** Runs a check of the rules, naming the field when it refuses. */
    private static void check(Checklist checklist, String path, Runnable check) {
        if (checklist == null) {
            return;
        }
        try {
            check.run();
        } catch (DomainException e) {
            throw new FieldException(path, e);
        }
    }

    /** Path-aware checks of one file's values. */
    private static final class Reader {
        private final int year;
        private final LocalDate from;
        private final LocalDate to;

        Reader(int year) {
            this.year = year;
            this.from = LocalDate.of(year - 1, 1, 1);
            this.to = LocalDate.of(year + 1, 12, 31);
        }

        JsonNode object(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isObject()) {
                throw new DomainException("assessment.error.type", path, "object");
            }
            return n;
        }

        JsonNode array(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isArray()) {
                throw new DomainException("assessment.error.type", path, "array [ ... ]");
            }
            return n;
        }

        JsonNode element(JsonNode array, int i, String path) {
            JsonNode o = array.get(i);
            if (!o.isObject()) {
                throw new DomainException("assessment.error.type", path, "object");
            }
            return o;
        }

        void keys(JsonNode node, Set<String> allowed, String path) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw new DomainException("assessment.error.unknownKey", path + "." + name);
                }
            }
        }

        String text(JsonNode n, String path) {
            if (!n.isTextual()) {
                throw new DomainException("assessment.error.type", path, "text");
            }
            return VietnameseText.clean(n.asText());
        }

        /** A text of several lines (opinions, conclusions), cleaned as the meeting keeps it. */
        String lines(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return "";
            }
            if (!n.isTextual()) {
                throw new DomainException("assessment.error.type", path + "." + field, "text");
            }
            return VietnameseText.cleanLines(n.asText());
        }

        /** A time of day HH:mm, or null (absent or null). */
        LocalTime time(JsonNode n, String path) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isTextual() && n.asText().matches("\\d{2}:\\d{2}")) {
                try {
                    return LocalTime.parse(n.asText());
                } catch (DateTimeParseException e) {
                    // 25:00, 08:61: refused below
                }
            }
            throw new DomainException("interchange.error.time", path, StrictJson.printable(n.isTextual() ? n.asText()
                    : n.toString()));
        }

        String optionalText(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            return n == null || n.isNull() ? "" : text(n, path + "." + field);
        }

        String requireText(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                throw new DomainException("assessment.error.missing", path + "." + field);
            }
            String t = text(n, path + "." + field);
            if (t.isEmpty()) {
                throw new DomainException("interchange.error.blank", path + "." + field);
            }
            return t;
        }

        boolean bool(JsonNode parent, String field, String path, boolean absent) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return absent;
            }
            if (!n.isBoolean()) {
                throw new DomainException("assessment.error.type", path + "." + field, "true/false");
            }
            return n.asBoolean();
        }

        Integer count(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            String p = path + "." + field;
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw new DomainException("assessment.error.type", p, "integer");
            }
            if (n.intValue() < 0) {
                throw new DomainException("facts.invalid.negative", p, n.intValue());
            }
            return n.intValue();
        }

        /** A date YYYY-MM-DD in the sane range of the year, or null (absent or null). */
        LocalDate date(JsonNode n, String path) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual()) {
                throw new DomainException("interchange.error.date", path, n.toString());
            }
            LocalDate d;
            try {
                d = LocalDate.parse(n.asText());
            } catch (DateTimeParseException e) {
                throw new DomainException("interchange.error.date", path, StrictJson.printable(n.asText()));
            }
            if (d.isBefore(from) || d.isAfter(to)) {
                throw new DomainException("interchange.error.dateRange", path, vn.antq.domain.Dates.format(d),
                        vn.antq.domain.Dates.format(from), vn.antq.domain.Dates.format(to), String.valueOf(year));
            }
            return d;
        }
    }
}
