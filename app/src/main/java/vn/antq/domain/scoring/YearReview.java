package vn.antq.domain.scoring;

import vn.antq.domain.VietnameseText;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.checklist.ChecklistEventType;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.domain.checklist.ChecklistSection;
import vn.antq.domain.checklist.CriterionStatus;
import vn.antq.domain.rubric.Derivation;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.RecognitionRules;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.YearSnapshot;

/**
 * The review of a year before its dossier goes out: every place where the records contradict the
 * scores or the deadlines (domain-spec §8, "Consistency"). Pure and cheap: one pass over the
 * snapshot. It never blocks anything; the screens and the {@code review} command show the findings.
 *
 * <p>Checked, in this order: listed events in the period against the items that say they did not
 * happen; criteria met against items scored 0; evidence missing or altered; the unit's and the
 * departments' registrations and the staff pledges dated after the Q1 deadline (the deadlines of
 * items 8a and 8b in the rubric's data); manual items with points but no evidence; the meeting's own
 * conclusion against the outcome; the recognising body still a placeholder the documents would print
 * as it is (Circular 124, Điều 10: a provincial committee has no name in the data).
 */
public final class YearReview {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** At most this many names in a late-pledges finding; the count says the rest. */
    static final int NAMES_SHOWN = 5;

    private final Rubric rubric;
    private final Checklist checklist;
    private final ReviewRules rules;
    private final RecognitionRules recognition;

    /** A review by these rules that does not check the recognising body's name. */
    public YearReview(Rubric rubric, Checklist checklist, ReviewRules rules) {
        this(rubric, checklist, rules, null);
    }

    /**
     * A review by these rules. Links naming an item, criterion or event the rubric or checklist in
     * force does not have (a province's own checklist) are left out: see {@link #problems}. With the
     * recognition rules (null: not checked), a recognising body whose printed name is still a placeholder is
     * a finding.
     */
    public YearReview(Rubric rubric, Checklist checklist, ReviewRules rules, RecognitionRules recognition) {
        this.rubric = rubric;
        this.recognition = recognition;
        this.checklist = checklist;
        ReviewRules r = rules == null ? ReviewRules.NONE : rules;
        Set<String> events = eventCodes(checklist);
        Set<String> criteria = criterionCodes(checklist);
        this.rules = new ReviewRules(r.id(), fitting(r.eventItems(), events), fitting(r.criterionItems(), criteria),
                r.conclusion());
    }

    /**
     * What in the rules does not fit the rubric and checklist, as refusals naming the code (the
     * shipped data is checked against the shipped rules by a test); empty when everything fits.
     */
    public static List<DomainException> problems(Rubric rubric, Checklist checklist, ReviewRules rules) {
        List<DomainException> out = new ArrayList<>();
        Set<String> events = eventCodes(checklist);
        Set<String> criteria = criterionCodes(checklist);
        for (var map : List.of(rules.eventItems(), rules.criterionItems())) {
            map.forEach((code, items) -> {
                if (!events.contains(code) && !criteria.contains(code)) {
                    out.add(new DomainException("review.invalid.code", rules.id(), code));
                }
                for (String item : items) {
                    if (rubric.item(item).filter(RubricItem::isManual).isEmpty()) {
                        out.add(new DomainException("review.invalid.item", rules.id(), item));
                    }
                }
            });
        }
        return out;
    }

    private Map<String, List<String>> fitting(Map<String, List<String>> map, Set<String> known) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((code, items) -> {
            List<String> ok = items.stream().filter(i -> rubric.item(i).filter(RubricItem::isManual).isPresent())
                    .toList();
            if (known.contains(code) && !ok.isEmpty()) {
                out.put(code, ok);
            }
        });
        return out;
    }

    private static Set<String> eventCodes(Checklist checklist) {
        Set<String> events = new HashSet<>();
        for (ChecklistSection s : checklist.sections()) {
            s.events().forEach(e -> events.add(e.code()));
        }
        return events;
    }

    private static Set<String> criterionCodes(Checklist checklist) {
        Set<String> criteria = new HashSet<>();
        for (ChecklistSection s : checklist.sections()) {
            for (ChecklistCriterion c : s.criteria()) {
                criteria.add(c.code());
                c.parts().forEach(p -> criteria.add(p.code()));
            }
        }
        return criteria;
    }

    public ReviewRules rules() {
        return rules;
    }

    /**
     * The findings of an assessed year, in the order of the class comment; empty when nothing
     * contradicts. The checklist's verdict is the assessment's (one evaluation per year).
     */
    public List<Finding> review(YearAssessment a) {
        List<Finding> out = new ArrayList<>();
        YearSnapshot s = a.snapshot();
        int year = s.year().year();
        Map<String, Integer> points = s.manualPoints();
        ChecklistResult antt = a.checklist() != null ? a.checklist() : YearAssessment.evaluate(checklist, s);

        // 1. listed events in the period against the items that say they did not happen
        for (ChecklistEvent e : antt.disqualifyingEvents()) {
            ChecklistEventType et = checklist.eventType(s.unit().type(), e.eventCode()).orElseThrow();
            for (String code : rules.eventItems().getOrDefault(e.eventCode(), List.of())) {
                Integer given = points.get(code);
                if (given != null && given > 0) {
                    out.add(new Finding(FindingKind.EVENT_CONTRADICTS_ITEM, name(code),
                            Reason.of("review.finding.event", name(code), given, max(code), DATE.format(e.date()),
                                    et.point(), et.label(), description(e))));
                }
            }
        }
        // 2. criteria met against items scored 0
        for (Map.Entry<String, List<String>> r : rules.criterionItems().entrySet()) {
            if (antt.status(r.getKey()) != CriterionStatus.MET) {
                continue;
            }
            ChecklistCriterion c = checklist.criterion(s.unit().type(), r.getKey()).orElseThrow();
            for (String code : r.getValue()) {
                Integer given = points.get(code);
                if (given != null && given == 0) {
                    out.add(new Finding(FindingKind.CRITERION_CONTRADICTS_ITEM, name(code),
                            Reason.of("review.finding.criterion", c.code(), c.label(), name(code), max(code))));
                }
            }
        }
        // 3. evidence missing or altered
        Set<String> withEvidence = new HashSet<>();
        for (EvidenceFile f : s.evidence()) {
            boolean thisYear = false;
            for (EvidenceLink l : f.links()) {
                if (l.year() == year) {
                    thisYear = true;
                    if (l.target() == EvidenceTarget.RUBRIC_ITEM && f.status() != EvidenceStatus.MISSING
                            && f.status() != EvidenceStatus.ALTERED) {
                        withEvidence.add(l.code());
                    }
                }
            }
            if (thisYear && (f.status() == EvidenceStatus.MISSING || f.status() == EvidenceStatus.ALTERED)) {
                boolean missing = f.status() == EvidenceStatus.MISSING;
                out.add(new Finding(missing ? FindingKind.EVIDENCE_MISSING : FindingKind.EVIDENCE_ALTERED,
                        f.originalName(), Reason.of(missing ? "review.finding.evidenceMissing"
                                : "review.finding.evidenceAltered", f.originalName(), f.sha256().substring(0,
                                        Math.min(12, f.sha256().length())), targets(f, year))));
            }
        }
        // 4. registrations and pledges after their deadline
        Derivation unitRule = derivation(Fact.REGISTERED);
        if (unitRule != null && s.registeredLate(unitRule)) {
            String item = rubric.derivedItem(Fact.REGISTERED).orElseThrow().code();
            out.add(new Finding(FindingKind.REGISTRATION_LATE, name(item), Reason.of("review.finding.registrationLate",
                    DATE.format(s.year().registeredOn()), DATE.format(deadline(unitRule, year)),
                    unitRule.lateLoses() ? 1 : 0, name(item))));
        }
        Derivation deptRule = derivation(Fact.DEPARTMENTS_REGISTERED);
        if (deptRule != null && deptRule.deadline() != null) {
            LocalDate last = deadline(deptRule, year);
            String item = name(rubric.derivedItem(Fact.DEPARTMENTS_REGISTERED).orElseThrow().code());
            for (DepartmentYear d : s.departments()) {
                if (d.registered() && d.date() != null && d.date().isAfter(last)) {
                    out.add(new Finding(FindingKind.DEPARTMENT_REGISTRATION_LATE, d.department().name(),
                            Reason.of("review.finding.departmentLate", d.department().name(), DATE.format(d.date()),
                                    DATE.format(last), item)));
                }
            }
            Map<String, List<StaffPledge>> lateByDepartment = new LinkedHashMap<>();
            for (StaffPledge p : s.staff()) {
                if (p.signed() && p.date() != null && p.date().isAfter(last)) {
                    lateByDepartment.computeIfAbsent(p.departmentName() == null ? "" : p.departmentName(),
                            k -> new ArrayList<>()).add(p);
                }
            }
            lateByDepartment.forEach((dept, late) -> {
                List<String> names = late.stream().limit(NAMES_SHOWN)
                        .map(p -> p.staff().fullName() + " (" + DATE.format(p.date()) + ")").toList();
                out.add(new Finding(FindingKind.PLEDGE_LATE, dept.isBlank() ? "—" : dept,
                        Reason.of("review.finding.pledgeLate", late.size(), DATE.format(last), String.join(", ", names),
                                Math.max(0, late.size() - NAMES_SHOWN))));
            });
        }
        // 5. manual items with points but no evidence
        for (RubricItem item : rubric.manualItems()) {
            Integer given = points.get(item.code());
            if (given != null && given > 0 && !withEvidence.contains(item.code())) {
                out.add(new Finding(FindingKind.SCORED_WITHOUT_EVIDENCE, name(item.code()),
                        Reason.of("review.finding.noEvidence", name(item.code()), given, item.max())));
            }
        }
        // 6. the meeting's own conclusion against the outcome
        if (s.meeting() != null && s.meeting().conclusions() != null) {
            boolean asks = a.anttAchieved();
            for (String sentence : s.meeting().conclusions().split("[.;\\n]+")) {
                Boolean says = speaksOfRecognition(sentence);
                if (says != null && says != asks) {
                    out.add(new Finding(FindingKind.CONCLUSION_CONTRADICTS_OUTCOME, "—", Reason.of(
                            asks ? "review.finding.conclusionDeclines" : "review.finding.conclusionAsks",
                            VietnameseText.clean(sentence))));
                }
            }
        }
        // 7. the recognising body the documents address, still a placeholder to type over
        if (recognition != null) {
            var u = s.unit();
            u.recognisingBodyOrDefault().placeholder(recognition, u.type(), u.superior(), u.commune())
                    .ifPresent(name -> out.add(new Finding(FindingKind.RECOGNISING_BODY_UNNAMED, name,
                            Reason.of("review.finding.recognisingBodyUnnamed"))));
        }
        return List.copyOf(out);
    }

    /** True when the sentence asks for recognition, false when it declines it, null when it does not speak of it. */
    private Boolean speaksOfRecognition(String sentence) {
        String k = VietnameseText.key(sentence);
        if (rules.conclusion().recognition().stream().noneMatch(w -> k.contains(VietnameseText.key(w)))) {
            return null;
        }
        return rules.conclusion().negation().stream().noneMatch(w -> k.contains(VietnameseText.key(w)));
    }

    private Derivation derivation(Fact fact) {
        return rubric.derivedItem(fact).map(RubricItem::derivation).orElse(null);
    }

    private static LocalDate deadline(Derivation d, int year) {
        MonthDay md = d.deadline();
        return md.atYear(year);
    }

    private int max(String code) {
        return rubric.item(code).map(RubricItem::max).orElse(0);
    }

    /** How an item is named on paper: "5đ" for code 5dd. */
    public static String name(String code) {
        return code.replace("dd", "đ");
    }

    private static String targets(EvidenceFile f, int year) {
        List<String> out = new ArrayList<>();
        for (EvidenceLink l : f.links()) {
            if (l.year() == year && (l.target() == EvidenceTarget.RUBRIC_ITEM
                    || l.target() == EvidenceTarget.CHECKLIST_CRITERION)) {
                out.add(name(l.code()));
            }
        }
        return out.isEmpty() ? "—" : String.join(", ", out);
    }

    private static String description(ChecklistEvent e) {
        return e.description() == null || e.description().isBlank() ? "—" : e.description().strip();
    }
}
