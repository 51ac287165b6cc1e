package vn.antq.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.ClassificationLevel;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.i18n.Messages;

/**
 * What the workbook and the PDF both print, worked out once from the request: rubric rows with
 * notes, checklist rows, counts, the evidence index with what each file supports.
 */
final class DossierModel {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Circular 124 Điều 10's bodies, as data. */

    final DossierRequest request;
    final YearSnapshot snapshot;
    final UnitProfile unit;
    final int year;
    final Messages messages;
    final DossierPlan plan;
    final List<ScoreRow> scoreRows = new ArrayList<>();
    final List<CheckRow> checkRows = new ArrayList<>();
    final boolean anttAchieved;
    final ClassificationLevel level;
    final long staffSigned;
    final long departmentsRegistered;
    final int criteriaMet;
    final int criteriaTotal;
    private final Map<String, List<PackedEvidence>> byTarget = new HashMap<>();
    private final Map<Long, String> staffNames = new HashMap<>();
    private final Map<Long, String> departmentNames = new HashMap<>();

    /** One row of the scoring table. */
    record ScoreRow(RubricItem item, boolean child, int points, String note, boolean unscored) {
    }

    /**
     * One row of the checklist table.
     *
     * @param part        a part printed under its criterion
     * @param met         the result: true/false, or null when not answered
     * @param applicable  false for a row that does not apply to this unit
     */
    record CheckRow(String label, String text, Boolean met, String note, boolean part, boolean applicable) {
    }

    DossierModel(DossierRequest request, DossierPlan plan) {
        this.request = request;
        this.snapshot = request.snapshot();
        this.unit = snapshot.unit();
        this.year = snapshot.year().year();
        this.messages = request.messages();
        this.plan = plan;
        for (StaffPledge p : snapshot.staff()) {
            staffNames.put(p.staff().id(), p.staff().fullName());
        }
        for (DepartmentYear d : snapshot.departments()) {
            departmentNames.put(d.department().id(), d.department().name());
        }
        for (PackedEvidence e : plan.evidence()) {
            for (EvidenceLink link : e.file().links()) {
                if (link.year() == year) {
                    byTarget.computeIfAbsent(link.target() + ":" + link.code(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        this.anttAchieved = request.asksRecognition();
        this.level = request.profile().level(request.score().classification());
        this.staffSigned = snapshot.staffSigned();
        this.departmentsRegistered = snapshot.departmentsRegistered();
        buildScoreRows();
        buildCheckRows();
        int met = 0;
        int total = 0;
        for (CheckRow r : checkRows) {
            if (!r.part() && r.applicable()) {
                total++;
                if (Boolean.TRUE.equals(r.met())) {
                    met++;
                }
            }
        }
        this.criteriaMet = met;
        this.criteriaTotal = total;
    }

    String t(String key, Object... args) {
        return DecreeDocument.text(messages, key, args);
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    String dateOrBlank(LocalDate d) {
        return d == null ? t("dossier.blank") : DATE.format(d);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    String orBlank(String s) {
        return blank(s) ? t("dossier.blank") : s.strip();
    }

    /** One decimal, rounded half up as the workbook's 0.0% shows it (2 of 3: 66,7%; 13 of 14: 92,9%). */
    String percent(long part, long whole) {
        java.math.BigDecimal p = whole == 0 ? java.math.BigDecimal.ZERO
                : java.math.BigDecimal.valueOf(part * 100L).divide(java.math.BigDecimal.valueOf(whole), 1,
                        java.math.RoundingMode.HALF_UP);
        return messages.get("dossier.percent", p);
    }

    String levelLabel() {
        return level.label().in(messages.locale());
    }

    String anttText() {
        return t(anttAchieved ? "dossier.antt.achieved" : "dossier.antt.notAchieved");
    }

    String unitKind() {
        return t("dossier.unitKind." + unit.type().name());
    }

    String staffWord() {
        return t("dossier.staffWord." + unit.type().name());
    }

    String profileName() {
        return request.profile().name().in(messages.locale());
    }

    String profileNote() {
        return request.profile().note() == null ? "" : request.profile().note().in(messages.locale());
    }

    /** The levels as printed: "Xuất sắc: từ 90 điểm trở lên", …, "Yếu: dưới 50 điểm". */
    List<String> thresholdLines() {
        List<String> out = new ArrayList<>();
        List<ClassificationLevel> levels = request.profile().levels();
        for (int i = 0; i < levels.size(); i++) {
            ClassificationLevel l = levels.get(i);
            String label = l.label().in(messages.locale());
            if (i == levels.size() - 1 && i > 0) {
                out.add(t("dossier.score.levelLowest", label, levels.get(i - 1).minPoints()));
            } else {
                out.add(t("dossier.score.level", label, l.minPoints()));
            }
        }
        return out;
    }

    List<PackedEvidence> evidenceFor(EvidenceTarget target, String code) {
        return byTarget.getOrDefault(target + ":" + code, List.of());
    }

    private void buildScoreRows() {
        Map<String, ManualScore> manual = new LinkedHashMap<>();
        for (ManualScore s : snapshot.scores()) {
            manual.put(s.code(), s);
        }
        for (RubricItem item : request.rubric().items()) {
            scoreRows.add(row(item, false, manual));
            for (RubricItem child : item.children()) {
                scoreRows.add(row(child, true, manual));
            }
        }
    }

    private ScoreRow row(RubricItem item, boolean child, Map<String, ManualScore> manual) {
        int points = request.score().points().getOrDefault(item.code(), 0);
        List<String> notes = new ArrayList<>();
        boolean unscored = request.score().unscored().contains(item.code());
        if (item.isManual()) {
            ManualScore s = manual.get(item.code());
            if (s != null && !blank(s.note())) {
                notes.add(s.note().strip());
            }
            if (unscored) {
                notes.add(t("dossier.score.unscored"));
            }
        } else if (item.isDerived()) {
            notes.add(derivedNote(item));
        }
        List<PackedEvidence> ev = evidenceFor(EvidenceTarget.RUBRIC_ITEM, item.code());
        if (!ev.isEmpty()) {
            notes.add(t("dossier.score.evidence", String.join(", ", ev.stream().map(PackedEvidence::fileName).toList())));
        }
        return new ScoreRow(item, child, points, joinNotes(notes), unscored);
    }

    /** Notes joined by "; " without doubled punctuation ("…ANTT.; Minh chứng" → "…ANTT; Minh chứng"). */
    static String joinNotes(List<String> notes) {
        List<String> out = new ArrayList<>();
        for (String n : notes) {
            String s = n.strip();
            while (!s.isEmpty() && (s.endsWith(".") || s.endsWith(";") || s.endsWith(",")) && !s.endsWith("…")) {
                s = s.substring(0, s.length() - 1).stripTrailing();
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return String.join("; ", out);
    }

    private String derivedNote(RubricItem item) {
        switch (item.derivation().fact()) {
            case REGISTERED -> {
                LocalDate on = snapshot.year().registeredOn();
                return on == null ? t("dossier.score.derived.notRegistered")
                        : t("dossier.score.derived.registered", date(on));
            }
            case DEPARTMENTS_REGISTERED -> {
                return t("dossier.score.derived.departments", departmentsRegistered(), snapshot.departments().size());
            }
            case ANTT_ACHIEVED -> {
                if (snapshot.year().recognitionRecorded()) {
                    return t("dossier.score.derived.recognised", snapshot.year().recognitionDecision());
                }
                return t("dossier.score.derived.antt", anttText());
            }
            case COMMENDATIONS -> {
                List<Commendation> counted = snapshot.countedCommendations(item.derivation(),
                        request.checklist().period());
                long collective = counted.stream()
                        .filter(c -> c.kind() == vn.antq.domain.unit.CommendationKind.COLLECTIVE).count();
                String note = t("dossier.score.derived.commendations", collective, (long) counted.size() - collective);
                int left = snapshot.commendations().size() - counted.size();
                return left == 0 ? note : note + "; " + t("dossier.score.derived.commendationsLeftOut", left);
            }
            default -> {
                return "";
            }
        }
    }

    private long departmentsRegistered() {
        return snapshot.departmentsRegistered();
    }

    private void buildCheckRows() {
        Map<String, ChecklistAnswer> answers = new LinkedHashMap<>();
        for (ChecklistAnswer a : snapshot.checklistAnswers()) {
            answers.put(a.criterionCode(), a);
        }
        boolean noEvents = snapshot.events().stream().allMatch(e -> e.excused() || !inPeriod(e));
        List<ChecklistSheet.Criterion> rows = request.checklist().criteria();
        for (int i = 0; i < rows.size(); i++) {
            ChecklistSheet.Criterion c = rows.get(i);
            ChecklistAnswer a = answers.remove(c.code());
            String note = a == null ? "" : nz(a.note());
            switch (c.kind()) {
                case ANSWER -> checkRows.add(new CheckRow(c.label(), c.text(), a == null ? null : a.met(), note,
                        c.part(), true));
                case EVENTS -> checkRows.add(new CheckRow(c.label(), c.text(), noEvents,
                        noEvents ? t("dossier.checklist.noEvents") : "", c.part(), true));
                case NOT_APPLICABLE -> checkRows.add(new CheckRow(c.label(), c.text(), null, note, c.part(), false));
                case HEADING -> {
                    // met when every applicable part below is met; unanswered when one is not answered
                    Boolean met = Boolean.TRUE;
                    boolean any = false;
                    for (int j = i + 1; j < rows.size() && rows.get(j).part(); j++) {
                        ChecklistSheet.Criterion p = rows.get(j);
                        if (p.kind() != ChecklistSheet.Kind.ANSWER) {
                            continue;
                        }
                        any = true;
                        ChecklistAnswer pa = answers.get(p.code());
                        Boolean pm = pa == null ? null : pa.met();
                        if (Boolean.FALSE.equals(pm)) {
                            met = Boolean.FALSE;
                        } else if (pm == null && met != Boolean.FALSE) {
                            met = null;
                        }
                    }
                    checkRows.add(new CheckRow(c.label(), c.text(), any ? met : null, note, false, any));
                }
                default -> throw new IllegalStateException(c.kind().name());
            }
        }
        // Answers to criteria the checklist does not list (e.g. no checklist loaded): printed by code.
        for (ChecklistAnswer a : answers.values()) {
            if (request.checklist().criterion(a.criterionCode()) == null) {
                checkRows.add(new CheckRow(a.criterionCode(), t("dossier.checklist.criterion", a.criterionCode()),
                        a.met(), nz(a.note()), false, true));
            }
        }
    }

    /** Whether an event counts: dated inside the assessment period (or no period known). */
    boolean inPeriod(vn.antq.domain.checklist.ChecklistEvent e) {
        return request.checklist().period() == null || request.checklist().period().contains(e.date());
    }

    static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    String answerText(CheckRow row) {
        return row.applicable() ? answerText(row.met()) : t("dossier.answer.notApplicable");
    }

    String answerText(Boolean met) {
        return t(met == null ? "dossier.answer.none" : met ? "dossier.answer.met" : "dossier.answer.notMet");
    }

    String eventLabel(String code) {
        ChecklistSheet.EventKind k = request.checklist().event(code);
        return k == null ? code : k.label() + " " + k.text();
    }

    /** What an evidence file supports, as one line: "Mục 5a; Cam kết của Nguyễn Văn A". */
    String supports(PackedEvidence e) {
        List<String> out = new ArrayList<>();
        for (EvidenceLink link : e.file().links()) {
            if (link.year() != year) {
                continue;
            }
            String what = switch (link.target()) {
                case RUBRIC_ITEM -> request.rubric().item(link.code()).map(this::rubricNumber).orElse(link.code());
                case CHECKLIST_CRITERION -> {
                    ChecklistSheet.Criterion c = request.checklist().criterion(link.code());
                    yield c == null ? link.code() : c.label();
                }
                case STAFF_PLEDGE -> staffNames.getOrDefault(parseId(link.code()), link.code());
                case DEPARTMENT_REGISTRATION -> departmentNames.getOrDefault(parseId(link.code()), link.code());
                case COMMENDATION -> commendationTitle(link.code());
                default -> nz(link.code());
            };
            out.add(t("dossier.target." + link.target().name(), what).strip());
        }
        return String.join("; ", out);
    }

    /** "5a" style number of an item, as the data file labels it. */
    String rubricNumber(RubricItem item) {
        return item.label();
    }

    /** The TT column: "5" for an item, "a)" for a sub-item as the regulation prints it. */
    String ttLabel(ScoreRow row) {
        if (!row.child()) {
            return row.item().label();
        }
        String parent = request.rubric().parentOf(row.item().code())
                .flatMap(p -> request.rubric().item(p)).map(RubricItem::label).orElse("");
        String label = row.item().label();
        return !parent.isEmpty() && label.startsWith(parent) && label.length() > parent.length()
                ? label.substring(parent.length()) + ")" : label;
    }

    private String commendationTitle(String code) {
        Long id = parseId(code);
        for (Commendation c : snapshot.commendations()) {
            if (id != null && c.id() == id) {
                return nz(c.title()) + (blank(c.decisionNumber()) ? "" : " " + c.decisionNumber().strip());
            }
        }
        return nz(code);
    }

    private static Long parseId(String code) {
        try {
            return code == null ? null : Long.parseLong(code.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The state note of an evidence file in the index. */
    String evidenceState(PackedEvidence e) {
        return switch (e.state()) {
            case INCLUDED -> e.volume() > 1
                    ? t("dossier.evidence.volume", FileNames.volume(unit.name(), year, e.volume())) : "";
            case LEFT_OUT_LARGE -> t("dossier.evidence.leftOut");
            case UNAVAILABLE -> t("dossier.evidence.unavailable");
        };
    }

    /** Staff grouped by department name, in the snapshot's order. */
    Map<String, List<StaffPledge>> staffByDepartment() {
        Map<String, List<StaffPledge>> out = new LinkedHashMap<>();
        for (StaffPledge p : snapshot.staff()) {
            String d = blank(p.departmentName()) ? t("dossier.pledges.noDepartment") : p.departmentName().strip();
            out.computeIfAbsent(d, k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** The unit as the issuer of its documents: header names and the head who signs. */
    DecreeDocument.Issuer issuer() {
        return new DecreeDocument.Issuer(unit.superior(), unit.name(), headTitleUpper(), orBlank(unit.headName()));
    }

    /** The head's title printed above the signature, upper case; "THỦ TRƯỞNG ĐƠN VỊ" when unknown. */
    String headTitleUpper() {
        return blank(unit.headTitle()) ? t("dossier.sign.head") : unit.headTitle().strip().toUpperCase(messages.locale());
    }

    /**
     * Who recognises the unit (Circular 124, Điều 10): the body the unit chose, else the default by
     * type and managing authority.
     */
    RecognisingBody recognisingBody() {
        return unit.recognisingBodyOrDefault().resolve(request.recognition(), unit.type(), unit.superior());
    }

    /** The recognising body's name as printed: as the unit typed it, else the data's ("Ủy ban nhân dân xã Tân Lập"). */
    String recognisingBodyName() {
        return unit.recognisingBodyOrDefault().printedName(request.recognition(), unit.type(), unit.superior(), unit.commune(),
                messages.locale(), t("dossier.blank"));
    }

    /** The level as the documents propose it: "xếp loại Khá" (never "đạt loại Yếu"). */
    String proposedLevel() {
        return t("dossier.level.proposed", levelLabel());
    }

    /** The top-level criteria not met, by clause ("3, 4"), for the report of a unit that fails. */
    String unmetCriteria() {
        List<String> out = new ArrayList<>();
        for (CheckRow r : checkRows) {
            if (!r.part() && r.applicable() && !Boolean.TRUE.equals(r.met())) {
                out.add(r.label());
            }
        }
        return String.join(", ", out);
    }

    /** The meeting's conclusion generated from the outcome (the user's own lines are printed after it). */
    String generatedConclusion() {
        return t(anttAchieved ? "dossier.bienBan.conclusionAchieved" : "dossier.bienBan.conclusionNotAchieved",
                unit.name().strip(), criteriaMet, criteriaTotal, year, request.score().total(), request.score().max(),
                proposedLevel());
    }

    /**
     * A unit's name in capitals for a header line, its word groups ("TRUNG HỌC PHỔ THÔNG", the proper
     * name at the end) joined by no-break spaces so that a line breaks between groups, never inside
     * one ("TRƯỜNG TRUNG HỌC PHỔ THÔNG / NGUYỄN TRÃI"). A group wider than the line keeps its spaces.
     * The groups are in the bundle ({@code dossier.header.groups}).
     */
    static String headerName(Messages messages, String name, com.lowagie.text.pdf.BaseFont font, float size,
            float width) {
        String upper = nz(name).replaceAll("\\s+", " ").toUpperCase(messages.locale());
        if (upper.isEmpty()) {
            return upper;
        }
        List<String> words = List.of(upper.split(" "));
        boolean[] glue = new boolean[words.size()]; // glue[i]: no break between word i and i + 1
        for (String phrase : messages.get("dossier.header.groups").split("\\|")) {
            List<String> g = List.of(phrase.strip().toUpperCase(messages.locale()).split(" "));
            for (int i = 0; i + g.size() <= words.size(); i++) {
                if (g.size() > 1 && words.subList(i, i + g.size()).equals(g)) {
                    for (int k = i; k < i + g.size() - 1; k++) {
                        glue[k] = true;
                    }
                }
            }
        }
        // the proper name at the end (after the last grouped phrase, at most 4 words) stays together
        int lastGlued = -1;
        for (int i = 0; i < glue.length; i++) {
            if (glue[i]) {
                lastGlued = i + 1;
            }
        }
        if (lastGlued >= 0 && words.size() - 1 - lastGlued <= 4) {
            for (int k = lastGlued + 1; k < words.size() - 1; k++) {
                glue[k] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i == words.size() - 1 || !glue[i]) {
                String group = String.join(" ", words.subList(start, i + 1));
                if (font.getWidthPoint(group, size) <= width) {
                    group = group.replace(' ', '\u00a0');
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(group);
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** Where the dossier goes; "……" when unknown. */
    String communePolice() {
        return orBlank(unit.communePolice());
    }

    String commune() {
        return blank(unit.commune()) ? t("dossier.blank") : request.recognition().communeInSentence(unit.commune());
    }

    /** "Hà Nội, ngày 05 tháng 02 năm 2025" (day 1–9 and months 1–2 with a leading zero, per Decree 30). */
    String dateLine() {
        return dateLine(request.documentDate());
    }

    /**
     * The place-date line for a given day (the Biên bản is dated with its meeting); a day the records do
     * not have (null) prints as blanks to fill in by hand: "Hà Nội, ngày …… tháng …… năm ……".
     */
    String dateLine(LocalDate d) {
        return DecreeDocument.dateLine(messages, unit.place(), d);
    }
}
