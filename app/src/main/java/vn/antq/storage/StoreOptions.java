package vn.antq.storage;

import java.time.Clock;
import java.util.function.Predicate;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.rules.ChecklistLoader;
import vn.antq.rules.RulesLoader;

/**
 * How a {@link Store} is set up.
 *
 * @param rubric            the rubric manual scores are checked against
 * @param maxEvidenceBytes  largest evidence file accepted
 * @param clock             time source (audit, file dates, backup names)
 * @param checklistRule     whether a year's Circular 124 checklist passes (drives item 8c); when scoring, the
 *                          snapshot it gets has the unit, year, departments, scores, answers, events and
 *                          commendations, but empty staff and evidence lists and no meeting
 * @param checklist         the Circular 124 checklist answers and events are checked against (null: not checked)
 */
public record StoreOptions(Rubric rubric, long maxEvidenceBytes, Clock clock, Predicate<YearSnapshot> checklistRule,
        Checklist checklist) {
    /** 200 MB. */
    public static final long DEFAULT_MAX_EVIDENCE = 200L * 1024 * 1024;

    /** The shipped rubric and checklist: answers/events validated by it, item 8c decided by it. */
    public static StoreOptions defaults() {
        Checklist checklist = ChecklistLoader.defaultChecklist();
        return new StoreOptions(RulesLoader.defaultRubric(), DEFAULT_MAX_EVIDENCE, Clock.systemDefaultZone(),
                ChecklistRules.official(checklist), checklist);
    }

    public StoreOptions withMaxEvidenceBytes(long max) {
        return new StoreOptions(rubric, max, clock, checklistRule, checklist);
    }

    public StoreOptions withClock(Clock c) {
        return new StoreOptions(rubric, maxEvidenceBytes, c, checklistRule, checklist);
    }

    /** Another rule for item 8c (the checklist still validates answers and events). */
    public StoreOptions withChecklistRule(Predicate<YearSnapshot> rule) {
        return new StoreOptions(rubric, maxEvidenceBytes, clock, rule, checklist);
    }

    /** Another checklist, both for validation and for item 8c. */
    public StoreOptions withChecklist(Checklist c) {
        return new StoreOptions(rubric, maxEvidenceBytes, clock, ChecklistRules.official(c), c);
    }
}
