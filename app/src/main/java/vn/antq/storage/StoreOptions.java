package vn.antq.storage;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.rules.ChecklistLoader;
import vn.antq.rules.RulesLoader;

/**
 * How a {@link Store} is set up: the rubric manual scores are checked against, the largest evidence
 * file accepted, the time source (audit, file dates, backup names), the rule for item 8c and the
 * Circular 124 checklist answers and events are checked against.
 *
 * <p>The shipped rules ({@link #defaults()}) are read from their data files the first time they are
 * needed, not when the store opens: opening the database does not wait for the JSON parser, so the
 * window can be built while the rules load on another thread ({@link #preload()}).
 */
public final class StoreOptions {
    /** 200 MB. */
    public static final long DEFAULT_MAX_EVIDENCE = 200L * 1024 * 1024;

    private final Lazy<Rubric> rubric;
    private final long maxEvidenceBytes;
    private final Clock clock;
    private final Predicate<YearSnapshot> checklistRule;
    private final Lazy<Checklist> checklist;

    private StoreOptions(Lazy<Rubric> rubric, long maxEvidenceBytes, Clock clock,
            Predicate<YearSnapshot> checklistRule, Lazy<Checklist> checklist) {
        this.rubric = rubric;
        this.maxEvidenceBytes = maxEvidenceBytes;
        this.clock = Objects.requireNonNull(clock);
        this.checklistRule = checklistRule;
        this.checklist = checklist;
    }

    /** The shipped rubric and checklist: answers/events validated by it, item 8c decided by it. */
    public static StoreOptions defaults() {
        Lazy<Checklist> checklist = new Lazy<>(ChecklistLoader::defaultChecklist);
        return new StoreOptions(new Lazy<>(RulesLoader::defaultRubric), DEFAULT_MAX_EVIDENCE,
                Clock.systemDefaultZone(), official(checklist), checklist);
    }

    /** Item 8c by the checklist data, the checklist read when first asked. */
    private static Predicate<YearSnapshot> official(Lazy<Checklist> checklist) {
        return s -> ChecklistRules.official(checklist.get()).test(s);
    }

    /** The rubric manual scores are checked against. */
    public Rubric rubric() {
        return rubric.get();
    }

    /** Largest evidence file accepted, in bytes. */
    public long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Whether a year's Circular 124 checklist passes (drives item 8c); when scoring, the snapshot it
     * gets has the unit, year, departments, scores, answers, events and commendations, but empty
     * staff and evidence lists and no meeting.
     */
    public Predicate<YearSnapshot> checklistRule() {
        return checklistRule;
    }

    /** The Circular 124 checklist answers and events are checked against (null: not checked). */
    public Checklist checklist() {
        return checklist.get();
    }

    /** Reads the rules now (on the calling thread) if they have not been read yet. */
    public void preload() {
        rubric();
        checklist();
        RulesLoader.defaultProfile(rubric());
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
        Lazy<Checklist> given = new Lazy<>(() -> c);
        return new StoreOptions(rubric, maxEvidenceBytes, clock, ChecklistRules.official(c), given);
    }

    /** A value computed once, on first use, by whichever thread asks first; the others wait for it. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> source;
        private volatile T value;
        private volatile boolean done;

        Lazy(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            if (!done) {
                synchronized (this) {
                    if (!done) {
                        value = source.get();
                        done = true;
                    }
                }
            }
            return value;
        }
    }
}
