package vn.antq.storage;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ReviewRules;
import vn.antq.domain.unit.RecognitionRules;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.rules.ChecklistLoader;
import vn.antq.rules.RecognitionLoader;
import vn.antq.rules.ReviewRulesLoader;
import vn.antq.rules.RulesLoader;

/**
 * How a {@link Store} is set up: the rules in force (the rubric manual scores are checked against
 * and scored by, the Circular 124 checklist answers and events are checked against and item 8c is
 * decided by, the default classification profile), the largest evidence file accepted and the time
 * source (audit, file dates, backup names). Chosen by the composition root (the app, the command
 * line); everything below reads the rules from here, never from the loaders' static defaults.
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
    private final Lazy<Checklist> checklist;
    private final Lazy<ClassificationProfile> defaultProfile;
    private final Lazy<ScoringEngine> engine;
    private final Lazy<ReviewRules> review;
    private final Lazy<RecognitionRules> recognition;

    private StoreOptions(Lazy<Rubric> rubric, long maxEvidenceBytes, Clock clock, Lazy<Checklist> checklist,
            Lazy<ClassificationProfile> defaultProfile, Lazy<ReviewRules> review, Lazy<RecognitionRules> recognition) {
        this.review = review;
        this.recognition = recognition;
        this.rubric = rubric;
        this.maxEvidenceBytes = maxEvidenceBytes;
        this.clock = Objects.requireNonNull(clock);
        this.checklist = checklist;
        this.defaultProfile = defaultProfile;
        this.engine = new Lazy<>(() -> new ScoringEngine(rubric.get()));
    }

    /**
     * The shipped rules (rubric, checklist, default profile, review and recognition rules), each read
     * from its data file when first needed. The only place below the composition root that names the
     * loaders' static defaults (ArchitectureTest holds it to that).
     */
    public static StoreOptions defaults() {
        Lazy<Rubric> rubric = new Lazy<>(RulesLoader::defaultRubric);
        return new StoreOptions(rubric, DEFAULT_MAX_EVIDENCE, Clock.systemDefaultZone(),
                new Lazy<>(ChecklistLoader::defaultChecklist), new Lazy<>(() -> RulesLoader.defaultProfile(rubric.get())),
                new Lazy<>(ReviewRulesLoader::defaultRules), new Lazy<>(RecognitionLoader::defaultRules));
    }

    /** The rubric manual scores are checked against. */
    public Rubric rubric() {
        return rubric.get();
    }

    /** The scoring engine on the rubric (made when first needed: the rubric may still be loading). */
    public ScoringEngine engine() {
        return engine.get();
    }

    /** Largest evidence file accepted, in bytes. */
    public long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The Circular 124 checklist answers and events are checked against and item 8c is decided by
     * (null: not checked, and 8c is met only by a recorded recognition).
     */
    public Checklist checklist() {
        return checklist.get();
    }

    /** Who recognises a unit and the document deadlines (Circular 124, Điều 9, 10), shipped data. */
    public RecognitionRules recognitionRules() {
        return recognition.get();
    }

    /** Which records contradict which scores (the review of a year, issue 13). */
    public ReviewRules reviewRules() {
        return review.get();
    }

    /** The classification profile of a year that names no saved profile (Decision 510's thresholds). */
    public ClassificationProfile defaultProfile() {
        return defaultProfile.get();
    }

    /** Reads the rules now (on the calling thread) if they have not been read yet. */
    public void preload() {
        rubric();
        checklist();
        defaultProfile();
    }

    public StoreOptions withMaxEvidenceBytes(long max) {
        return new StoreOptions(rubric, max, clock, checklist, defaultProfile, review, recognition);
    }

    public StoreOptions withClock(Clock c) {
        return new StoreOptions(rubric, maxEvidenceBytes, c, checklist, defaultProfile, review, recognition);
    }

    /** Another checklist, both for validation and for item 8c. */
    public StoreOptions withChecklist(Checklist c) {
        return new StoreOptions(rubric, maxEvidenceBytes, clock, new Lazy<>(() -> c), defaultProfile, review, recognition);
    }

    /** Other rules altogether: a rubric, a checklist (may be null) and the default profile. */
    public StoreOptions withRules(Rubric r, Checklist c, ClassificationProfile profile) {
        Objects.requireNonNull(r, "rubric");
        Objects.requireNonNull(profile, "profile");
        return new StoreOptions(new Lazy<>(() -> r), maxEvidenceBytes, clock, new Lazy<>(() -> c),
                new Lazy<>(() -> profile), review, recognition);
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
