package vn.antq.storage;

import java.time.Clock;
import java.util.function.Predicate;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.rules.RulesLoader;

/**
 * How a {@link Store} is set up.
 *
 * @param rubric            the rubric manual scores are checked against
 * @param maxEvidenceBytes  largest evidence file accepted
 * @param clock             time source (audit, file dates, backup names)
 * @param checklistRule     whether a year's Circular 124 checklist passes (drives item 8c)
 */
public record StoreOptions(Rubric rubric, long maxEvidenceBytes, Clock clock, Predicate<YearSnapshot> checklistRule) {
    /** 200 MB. */
    public static final long DEFAULT_MAX_EVIDENCE = 200L * 1024 * 1024;

    public static StoreOptions defaults() {
        return new StoreOptions(RulesLoader.defaultRubric(), DEFAULT_MAX_EVIDENCE, Clock.systemDefaultZone(),
                ChecklistRules::provisional);
    }

    public StoreOptions withMaxEvidenceBytes(long max) {
        return new StoreOptions(rubric, max, clock, checklistRule);
    }

    public StoreOptions withClock(Clock c) {
        return new StoreOptions(rubric, maxEvidenceBytes, c, checklistRule);
    }

    public StoreOptions withChecklistRule(Predicate<YearSnapshot> rule) {
        return new StoreOptions(rubric, maxEvidenceBytes, clock, rule);
    }
}
