package vn.antq.domain.checklist;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.Localized;
import vn.antq.domain.UnitType;
import vn.antq.domain.scoring.Reason;

/**
 * The checklist of Circular 124/2021/TT-BCA: per unit type, the criteria (Điều 6 or 7) and the listed
 * events (khoản 3). Built only through {@link #of}, which checks the definition; {@link #evaluate}
 * decides "đạt / chưa đạt" and explains why.
 */
public final class Checklist {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String id;
    private final String version;
    private final Localized title;
    private final String source;
    private final List<ChecklistSection> sections;
    private final Map<UnitType, ChecklistSection> byType;
    /** Per section: every criterion and part by code. */
    private final Map<ChecklistSection, Map<String, ChecklistCriterion>> criteriaByCode;
    /** First and last day of the assessment period (Điều 8); null: every recorded event counts. */
    private final MonthDay periodFirst;
    private final MonthDay periodLast;

    private Checklist(String id, String version, Localized title, String source, List<ChecklistSection> sections,
            Map<UnitType, ChecklistSection> byType, Map<ChecklistSection, Map<String, ChecklistCriterion>> criteriaByCode,
            MonthDay periodFirst, MonthDay periodLast) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.source = source;
        this.sections = sections;
        this.byType = byType;
        this.criteriaByCode = criteriaByCode;
        this.periodFirst = periodFirst;
        this.periodLast = periodLast;
    }

    /** A checklist without an assessment period: every recorded event counts, whatever its date. */
    public static Checklist of(String id, String version, Localized title, String source,
            List<ChecklistSection> sections) {
        return of(id, version, title, source, sections, null, null);
    }

    /**
     * Validates and builds a checklist; a broken definition is refused with a message naming the fault.
     * {@code periodFirst}/{@code periodLast} are the days of the assessment period (both or neither).
     */
    public static Checklist of(String id, String version, Localized title, String source,
            List<ChecklistSection> sections, MonthDay periodFirst, MonthDay periodLast) {
        if ((periodFirst == null) != (periodLast == null)) {
            throw new DomainException("checklist.invalid.period", id);
        }
        if (id == null || id.isBlank()) {
            throw new DomainException("checklist.invalid.id");
        }
        if (sections == null || sections.isEmpty()) {
            throw new DomainException("checklist.invalid.empty", id);
        }
        Map<UnitType, ChecklistSection> byType = new EnumMap<>(UnitType.class);
        // by identity: a section is a deep record, hashing it walks every criterion and text
        Map<ChecklistSection, Map<String, ChecklistCriterion>> criteriaByCode = new IdentityHashMap<>();
        Set<String> criterionCodes = new HashSet<>();
        Map<String, ChecklistEventType> eventsByCode = new HashMap<>();
        for (ChecklistSection section : sections) {
            String article = section.article() == null || section.article().isBlank() ? "?" : section.article();
            if (section.unitTypes().isEmpty()) {
                throw new DomainException("checklist.invalid.noUnitType", id, article);
            }
            for (UnitType type : section.unitTypes()) {
                if (byType.put(type, section) != null) {
                    throw new DomainException("checklist.invalid.unitTypeTwice", id, type.name());
                }
            }
            if (section.title() == null) {
                throw new DomainException("checklist.invalid.text", id, article);
            }
            if (section.criteria().isEmpty()) {
                throw new DomainException("checklist.invalid.noCriteria", id, article);
            }
            Map<String, ChecklistCriterion> codes = new LinkedHashMap<>();
            int derived = 0;
            for (ChecklistCriterion criterion : section.criteria()) {
                checkCriterion(id, criterion, criterionCodes, codes);
                if (criterion.derivedFromEvents()) {
                    derived++;
                }
                for (ChecklistCriterion part : criterion.parts()) {
                    if (part.hasParts()) {
                        throw new DomainException("checklist.invalid.depth", id, part.code());
                    }
                    if (part.derivedFromEvents()) {
                        throw new DomainException("checklist.invalid.derivedPart", id, part.code());
                    }
                    checkCriterion(id, part, criterionCodes, codes);
                }
                if (criterion.derivedFromEvents() && criterion.hasParts()) {
                    throw new DomainException("checklist.invalid.derivedPart", id, criterion.code());
                }
            }
            if (derived != 1 || section.events().isEmpty()) {
                throw new DomainException("checklist.invalid.derived", id, article);
            }
            Set<String> inSection = new HashSet<>();
            for (ChecklistEventType event : section.events()) {
                checkEvent(id, event);
                if (!inSection.add(event.code()) || criterionCodes.contains(event.code())) {
                    throw new DomainException("checklist.invalid.duplicate", id, event.code());
                }
                ChecklistEventType known = eventsByCode.putIfAbsent(event.code(), event);
                if (known != null && known != event && !known.equals(event)) {
                    throw new DomainException("checklist.invalid.duplicate", id, event.code());
                }
            }
            criteriaByCode.put(section, Collections.unmodifiableMap(codes));
        }
        for (String code : criterionCodes) {
            if (eventsByCode.containsKey(code)) {
                throw new DomainException("checklist.invalid.duplicate", id, code);
            }
        }
        for (UnitType type : UnitType.values()) {
            if (!byType.containsKey(type)) {
                throw new DomainException("checklist.invalid.unitTypeMissing", id, type.name());
            }
        }
        return new Checklist(id, version, title, source, List.copyOf(sections), Collections.unmodifiableMap(byType),
                Collections.unmodifiableMap(criteriaByCode), periodFirst, periodLast);
    }

    private static void checkCriterion(String id, ChecklistCriterion c, Set<String> allCodes,
            Map<String, ChecklistCriterion> codes) {
        if (c.code() == null || c.code().isBlank()) {
            throw new DomainException("checklist.invalid.code", id);
        }
        if (!allCodes.add(c.code())) {
            throw new DomainException("checklist.invalid.duplicate", id, c.code());
        }
        if (c.text() == null) {
            throw new DomainException("checklist.invalid.text", id, c.code());
        }
        checkLabel(id, c.code(), c.label());
        codes.put(c.code(), c);
    }

    private static void checkEvent(String id, ChecklistEventType e) {
        if (e.code() == null || e.code().isBlank()) {
            throw new DomainException("checklist.invalid.code", id);
        }
        if (e.text() == null) {
            throw new DomainException("checklist.invalid.text", id, e.code());
        }
        checkLabel(id, e.code(), e.label());
    }

    private static void checkLabel(String id, String code, Localized label) {
        if (label == null) {
            throw new DomainException("checklist.invalid.label", id, code, ChecklistCriterion.MAX_LABEL);
        }
        if (label.vi().length() > ChecklistCriterion.MAX_LABEL
                || (label.en() != null && label.en().length() > ChecklistCriterion.MAX_LABEL)) {
            throw new DomainException("checklist.invalid.label", id, code, ChecklistCriterion.MAX_LABEL);
        }
    }

    // --- reading -------------------------------------------------------------------------------

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public Localized title() {
        return title;
    }

    public String source() {
        return source;
    }

    public List<ChecklistSection> sections() {
        return sections;
    }

    /** The assessment period of a year, when the data gives one (Circular 124, Điều 8). */
    public Optional<AssessmentPeriod> period(int year) {
        return periodFirst == null ? Optional.empty()
                : Optional.of(AssessmentPeriod.of(year, periodFirst, periodLast));
    }

    /** The article that applies to a unit type (Điều 6 for CO_QUAN/DOANH_NGHIEP, Điều 7 for CO_SO_GIAO_DUC). */
    public ChecklistSection section(UnitType type) {
        return byType.get(Objects.requireNonNull(type, "type"));
    }

    /** The criteria of a unit type in the article's order (a long criterion carries its parts). */
    public List<ChecklistCriterion> criteria(UnitType type) {
        return section(type).criteria();
    }

    /** The listed events that disqualify a unit type. */
    public List<ChecklistEventType> events(UnitType type) {
        return section(type).events();
    }

    /** A criterion or part of a unit type's list by code. */
    public Optional<ChecklistCriterion> criterion(UnitType type, String code) {
        return Optional.ofNullable(criteriaByCode.get(section(type)).get(code));
    }

    /** A listed event of a unit type by code. */
    public Optional<ChecklistEventType> eventType(UnitType type, String code) {
        return events(type).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /**
     * The criteria and parts a clerk answers yes/no for this unit, in order: parts instead of their
     * criterion, without the events criterion and without what does not apply.
     */
    public List<ChecklistCriterion> answerable(UnitType type, boolean hasPartyOrganisation, boolean hasProtectionForce) {
        List<ChecklistCriterion> out = new ArrayList<>();
        for (ChecklistCriterion c : criteria(type)) {
            if (!c.appliesTo(hasPartyOrganisation, hasProtectionForce)) {
                continue;
            }
            if (c.hasParts()) {
                for (ChecklistCriterion p : c.parts()) {
                    if (p.appliesTo(hasPartyOrganisation, hasProtectionForce)) {
                        out.add(p);
                    }
                }
            } else if (c.answerable()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Refuses an answer that cannot be stored for this unit type (unknown code, criterion with parts, events criterion). */
    public void validateAnswer(UnitType type, ChecklistAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        ChecklistSection section = section(type);
        ChecklistCriterion c = answer.criterionCode() == null ? null
                : criteriaByCode.get(section).get(answer.criterionCode());
        if (c == null) {
            throw new DomainException("checklist.error.unknownCriterion", String.valueOf(answer.criterionCode()),
                    section.title());
        }
        if (c.hasParts()) {
            throw new DomainException("checklist.error.parentAnswer", c.code(),
                    c.parts().stream().map(ChecklistCriterion::code).toList().toString());
        }
        if (c.derivedFromEvents() && answer.met() != null) {
            throw new DomainException("checklist.error.derivedAnswer", c.code());
        }
    }

    /** Refuses an event that cannot be stored for this unit type (not in its list, excuse not allowed, no date). */
    public void validateEvent(UnitType type, ChecklistEvent event) {
        Objects.requireNonNull(event, "event");
        ChecklistSection section = section(type);
        ChecklistEventType et = event.eventCode() == null ? null : eventType(type, event.eventCode()).orElse(null);
        if (et == null) {
            throw new DomainException("checklist.error.unknownEvent", String.valueOf(event.eventCode()),
                    section.title());
        }
        if (event.date() == null) {
            throw new DomainException("checklist.error.eventDate", et.code(), et.label());
        }
        if (event.excused() && !et.excusable()) {
            throw new DomainException("checklist.error.excuseNotAllowed", et.code(), et.label());
        }
    }

    /**
     * Refuses an answer kept as it was recorded (a year file coming back): one to a criterion of the
     * unit type's list is checked as {@link #validateAnswer}; one recorded under another unit type
     * (kept when the unit's type changed; it does not count, see {@link #evaluateRecorded}) is checked
     * against the list it belongs to. A code of no list is refused.
     */
    public void validateRecordedAnswer(UnitType type, ChecklistAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        validateAnswer(listOfCriterion(type, answer.criterionCode()), answer);
    }

    /** As {@link #validateRecordedAnswer} for a listed event: checked against a list that has it. */
    public void validateRecordedEvent(UnitType type, ChecklistEvent event) {
        Objects.requireNonNull(event, "event");
        UnitType own = type;
        if (event.eventCode() != null && eventType(type, event.eventCode()).isEmpty()) {
            for (ChecklistSection s : sections) {
                if (s.events().stream().anyMatch(e -> e.code().equals(event.eventCode()))) {
                    own = s.unitTypes().iterator().next();
                    break;
                }
            }
            if (own == type) {
                throw new DomainException("checklist.error.unknownEventAnyList", event.eventCode(), articles());
            }
        }
        validateEvent(own, event);
    }

    /** The unit type whose list has the criterion: {@code type} when its own does, else another's; refused when none. */
    private UnitType listOfCriterion(UnitType type, String code) {
        if (code == null || criterion(type, code).isPresent()) {
            return type;
        }
        for (ChecklistSection s : sections) {
            if (criteriaByCode.get(s).containsKey(code)) {
                return s.unitTypes().iterator().next();
            }
        }
        throw new DomainException("checklist.error.unknownCriterionAnyList", code, articles());
    }

    private String articles() {
        return String.join(", ", sections.stream().map(ChecklistSection::article).toList());
    }

    // --- evaluation ----------------------------------------------------------------------------

    /** {@link #evaluate(UnitType, boolean, boolean, List, List)} for a unit that has a protection force. */
    public ChecklistResult evaluate(UnitType type, boolean hasPartyOrganisation, List<ChecklistAnswer> answers,
            List<ChecklistEvent> events) {
        return evaluate(type, hasPartyOrganisation, true, answers, events);
    }

    /**
     * Decides "đạt / chưa đạt": achieved iff every applicable criterion (or part) is answered met and
     * no unexcused listed event is recorded. Criteria that do not apply (the Party resolution where
     * there is no Party organisation, a school's protection force where there is none) are skipped.
     *
     * @throws DomainException for an answer or event code not in the unit type's list, two answers to
     *                         one code, an answer to a criterion with parts or to the events criterion,
     *                         an excuse the text does not allow
     */
    public ChecklistResult evaluate(UnitType type, boolean hasPartyOrganisation, boolean hasProtectionForce,
            List<ChecklistAnswer> answers, List<ChecklistEvent> events) {
        return strictEvaluate(type, hasPartyOrganisation, hasProtectionForce, answers, events, null);
    }

    /**
     * As {@link #evaluate(UnitType, boolean, boolean, List, List)} for one year: events dated outside
     * the year's assessment period do not count; they are listed as outside the period.
     */
    public ChecklistResult evaluate(UnitType type, boolean hasPartyOrganisation, boolean hasProtectionForce,
            List<ChecklistAnswer> answers, List<ChecklistEvent> events, int year) {
        return strictEvaluate(type, hasPartyOrganisation, hasProtectionForce, answers, events,
                period(year).orElse(null));
    }

    /**
     * The verdict on what a unit has recorded: answers and events that no longer fit its type (the
     * type was changed after they were recorded) are left out instead of failing, so the criteria
     * they stood for show as unanswered. The store, the screens and the dossier all decide 8c here.
     */
    public ChecklistResult evaluateRecorded(UnitType type, boolean hasPartyOrganisation, boolean hasProtectionForce,
            List<ChecklistAnswer> answers, List<ChecklistEvent> events, int year) {
        List<ChecklistAnswer> fitting = new ArrayList<>();
        for (ChecklistAnswer a : answers == null ? List.<ChecklistAnswer>of() : answers) {
            try {
                validateAnswer(type, a);
                fitting.add(a);
            } catch (DomainException e) {
                // recorded under another unit type
            }
        }
        List<ChecklistEvent> fittingEvents = new ArrayList<>();
        for (ChecklistEvent e : events == null ? List.<ChecklistEvent>of() : events) {
            try {
                validateEvent(type, e);
                fittingEvents.add(e);
            } catch (DomainException ex) {
                // recorded under another unit type
            }
        }
        return strictEvaluate(type, hasPartyOrganisation, hasProtectionForce, fitting, fittingEvents,
                period(year).orElse(null));
    }

    private ChecklistResult strictEvaluate(UnitType type, boolean hasPartyOrganisation, boolean hasProtectionForce,
            List<ChecklistAnswer> answers, List<ChecklistEvent> events, AssessmentPeriod period) {
        ChecklistSection section = section(type);
        Map<String, ChecklistAnswer> byCode = new HashMap<>();
        for (ChecklistAnswer answer : answers == null ? List.<ChecklistAnswer>of() : answers) {
            validateAnswer(type, answer);
            if (byCode.put(answer.criterionCode(), answer) != null) {
                throw new DomainException("checklist.error.duplicateAnswer", answer.criterionCode());
            }
        }
        List<ChecklistEvent> disqualifying = new ArrayList<>();
        List<ChecklistEvent> excused = new ArrayList<>();
        List<ChecklistEvent> outside = new ArrayList<>();
        for (ChecklistEvent event : events == null ? List.<ChecklistEvent>of() : events) {
            validateEvent(type, event);
            if (period != null && !period.contains(event.date())) {
                outside.add(event);
            } else {
                (event.excused() ? excused : disqualifying).add(event);
            }
        }
        outside.sort((a, b) -> a.date().compareTo(b.date()));
        disqualifying.sort((a, b) -> a.date().compareTo(b.date()));
        excused.sort((a, b) -> a.date().compareTo(b.date()));

        Map<String, CriterionStatus> statuses = new LinkedHashMap<>();
        List<String> unanswered = new ArrayList<>();
        List<String> unmet = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        List<Reason> details = new ArrayList<>();
        int applicable = 0;
        for (ChecklistCriterion c : section.criteria()) {
            if (!c.appliesTo(hasPartyOrganisation, hasProtectionForce)) {
                skip(c, hasPartyOrganisation, statuses, notApplicable, details);
                c.parts().forEach(p -> {
                    statuses.put(p.code(), CriterionStatus.NOT_APPLICABLE);
                    notApplicable.add(p.code());
                });
                continue;
            }
            applicable++;
            if (c.derivedFromEvents()) {
                CriterionStatus s = disqualifying.isEmpty() ? CriterionStatus.MET : CriterionStatus.UNMET;
                statuses.put(c.code(), s);
                for (ChecklistEvent e : disqualifying) {
                    ChecklistEventType et = eventType(type, e.eventCode()).orElseThrow();
                    details.add(Reason.of("checklist.reason.event", DATE.format(e.date()), et.point(), et.label(),
                            description(e), c.code()));
                }
                for (ChecklistEvent e : excused) {
                    ChecklistEventType et = eventType(type, e.eventCode()).orElseThrow();
                    details.add(Reason.of("checklist.reason.eventExcused", DATE.format(e.date()), et.point(),
                            et.label(), et.excuse()));
                }
                for (ChecklistEvent e : outside) {
                    ChecklistEventType et = eventType(type, e.eventCode()).orElseThrow();
                    details.add(Reason.of("checklist.reason.eventOutside", DATE.format(e.date()), et.point(),
                            et.label(), DATE.format(period.start()), DATE.format(period.end())));
                }
                if (s == CriterionStatus.UNMET) {
                    unmet.add(c.code());
                }
            } else if (c.hasParts()) {
                boolean anyUnmet = false;
                boolean anyUnanswered = false;
                boolean anyApplicable = false;
                for (ChecklistCriterion p : c.parts()) {
                    if (!p.appliesTo(hasPartyOrganisation, hasProtectionForce)) {
                        skip(p, hasPartyOrganisation, statuses, notApplicable, details);
                        continue;
                    }
                    anyApplicable = true;
                    CriterionStatus s = answered(p, byCode.get(p.code()), unanswered, unmet, details);
                    statuses.put(p.code(), s);
                    anyUnmet |= s == CriterionStatus.UNMET;
                    anyUnanswered |= s == CriterionStatus.UNANSWERED;
                }
                CriterionStatus parent = !anyApplicable ? CriterionStatus.NOT_APPLICABLE
                        : anyUnmet ? CriterionStatus.UNMET
                        : anyUnanswered ? CriterionStatus.UNANSWERED : CriterionStatus.MET;
                // the parent goes before its parts in the map, in the article's order
                reorder(statuses, c, parent);
            } else {
                statuses.put(c.code(), answered(c, byCode.get(c.code()), unanswered, unmet, details));
            }
        }
        boolean achieved = unanswered.isEmpty() && unmet.isEmpty() && disqualifying.isEmpty();
        List<Reason> reasons = new ArrayList<>();
        if (achieved) {
            reasons.add(Reason.of("checklist.reason.achieved", applicable, section.article()));
        } else {
            int answeredNo = unmet.size() - (disqualifying.isEmpty() ? 0 : 1); // without the events criterion
            reasons.add(Reason.of("checklist.reason.notAchieved", section.article(), answeredNo, unanswered.size(),
                    disqualifying.size()));
        }
        reasons.addAll(details);
        return new ChecklistResult(type, achieved, statuses, unanswered, unmet, notApplicable, disqualifying,
                excused, outside, reasons);
    }

    private static CriterionStatus answered(ChecklistCriterion c, ChecklistAnswer answer, List<String> unanswered,
            List<String> unmet, List<Reason> details) {
        if (answer == null || answer.met() == null) {
            unanswered.add(c.code());
            details.add(Reason.of("checklist.reason.unanswered", c.code(), c.label()));
            return CriterionStatus.UNANSWERED;
        }
        if (!answer.met()) {
            unmet.add(c.code());
            String note = answer.note() == null || answer.note().isBlank() ? "—" : answer.note().strip();
            details.add(Reason.of("checklist.reason.unmet", c.code(), c.label(), note));
            return CriterionStatus.UNMET;
        }
        return CriterionStatus.MET;
    }

    private static void skip(ChecklistCriterion c, boolean hasPartyOrganisation, Map<String, CriterionStatus> statuses,
            List<String> notApplicable, List<Reason> details) {
        statuses.put(c.code(), CriterionStatus.NOT_APPLICABLE);
        notApplicable.add(c.code());
        boolean party = c.requiresPartyOrganisation() && !hasPartyOrganisation;
        details.add(Reason.of(party ? "checklist.reason.skippedParty" : "checklist.reason.skippedProtection",
                c.code(), c.label()));
    }

    private static void reorder(Map<String, CriterionStatus> statuses, ChecklistCriterion parent, CriterionStatus s) {
        Map<String, CriterionStatus> parts = new LinkedHashMap<>();
        for (ChecklistCriterion p : parent.parts()) {
            parts.put(p.code(), statuses.remove(p.code()));
        }
        statuses.put(parent.code(), s);
        statuses.putAll(parts);
    }

    private static String description(ChecklistEvent e) {
        return e.description() == null || e.description().isBlank() ? "—" : e.description().strip();
    }
}
