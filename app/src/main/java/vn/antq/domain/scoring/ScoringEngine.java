package vn.antq.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.antq.domain.DomainException;
import vn.antq.domain.rubric.Derivation;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;

/**
 * Scores an assessment against a rubric and a classification profile. Pure and cheap: the UI
 * calls it on every edit.
 */
public final class ScoringEngine {
    private final Rubric rubric;

    public ScoringEngine(Rubric rubric) {
        this.rubric = rubric;
    }

    public Rubric rubric() {
        return rubric;
    }

    /**
     * Whether a score meets the ANTT standard: the rubric's ANTT item (8c) at its maximum. A rubric
     * without that item leaves it to {@code withoutItem} (what the unit's records say). The one
     * place this is decided: the dossier's request for recognition, the package's manifest and the
     * receiver's re-scoring all ask here.
     */
    public static boolean anttAchieved(Rubric rubric, ScoreResult score, boolean withoutItem) {
        return rubric.derivedItem(Fact.ANTT_ACHIEVED)
                .map(i -> score.points().getOrDefault(i.code(), 0) >= i.max())
                .orElse(withoutItem);
    }

    /**
     * Checks one manual value and returns it as an int. Refused, naming the item: an unknown code,
     * a parent or derived item, a value that is not a whole number, below zero or above the maximum.
     */
    public int checkManualValue(String code, Number value) {
        RubricItem item = rubric.item(code).orElseThrow(() -> new DomainException("score.error.unknown", code));
        if (item.isParent()) {
            throw new DomainException("score.error.parent", item.code());
        }
        if (item.isDerived()) {
            throw new DomainException("score.error.derived", item.code());
        }
        if (value == null) {
            throw new DomainException("score.error.missingValue", item.code());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long whole = value.longValue();
            if (whole < 0) {
                throw new DomainException("score.error.negative", item.code(), whole);
            }
            if (whole > item.max()) {
                throw new DomainException("score.error.overMax", item.code(), whole, item.max());
            }
            return (int) whole;
        }
        BigDecimal decimal;
        try {
            decimal = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new DomainException("score.error.fraction", item.code(), value);
        }
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            throw new DomainException("score.error.fraction", item.code(), decimal.toPlainString());
        }
        if (decimal.signum() < 0) {
            throw new DomainException("score.error.negative", item.code(), decimal.toPlainString());
        }
        if (decimal.compareTo(BigDecimal.valueOf(item.max())) > 0) {
            throw new DomainException("score.error.overMax", item.code(), decimal.toPlainString(), item.max());
        }
        return decimal.intValueExact();
    }

    /** Scores the manual points and facts; throws {@link DomainException} on the first bad value. */
    public ScoreResult score(Map<String, ? extends Number> manualPoints, ScoringFacts facts,
            ClassificationProfile profile) {
        Map<String, Integer> given = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Number> e : manualPoints.entrySet()) {
            given.put(e.getKey(), checkManualValue(e.getKey(), e.getValue()));
        }
        ScoringFacts f = facts == null ? ScoringFacts.NONE : facts;
        List<Reason> factReasons = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        int total = 0;
        for (RubricItem item : rubric.items()) {
            int value;
            if (item.isParent()) {
                value = 0;
                points.put(item.code(), 0);
                for (RubricItem child : item.children()) {
                    int childValue = leafValue(child, given, f, unscored, factReasons);
                    points.put(child.code(), childValue);
                    value += childValue;
                }
            } else {
                value = leafValue(item, given, f, unscored, factReasons);
            }
            points.put(item.code(), value);
            total += value;
        }
        final int sum = total;
        ClassificationLevel level = profile.classify(sum);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("score.reason.level", total, rubric.total(), level.label(), level.minPoints(),
                profile.name()));
        Optional<ClassificationLevel> next = profile.nextAbove(level.code());
        next.ifPresent(n -> reasons.add(Reason.of("score.reason.next", n.minPoints() - sum, n.label(),
                n.minPoints())));
        if (level.code() != Classification.YEU) {
            ClassificationLevel below = profile.levels().get(profile.levels().indexOf(level) + 1);
            if (total == level.minPoints()) {
                reasons.add(Reason.of("score.reason.atThreshold", level.label(), level.minPoints(), below.label()));
            }
        }
        if (!unscored.isEmpty()) {
            reasons.add(Reason.of("score.reason.unscored", labels(unscored), unscored.size()));
        }
        reasons.addAll(factReasons);
        if (profile.note() != null) {
            reasons.add(Reason.of("score.reason.profile", profile.name(), profile.note()));
        }
        return new ScoreResult(rubric.id(), profile.id(), Collections.unmodifiableMap(points), total,
                rubric.total(), level.code(), List.copyOf(unscored), List.copyOf(reasons));
    }

    private String labels(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            out.add(rubric.item(code).map(RubricItem::label).orElse(code));
        }
        return String.join(", ", out);
    }

    private int leafValue(RubricItem item, Map<String, Integer> given, ScoringFacts f, List<String> unscored,
            List<Reason> reasons) {
        if (item.isManual()) {
            Integer value = given.get(item.code());
            if (value == null) {
                unscored.add(item.code());
                return 0;
            }
            return value;
        }
        return derive(item, f, reasons);
    }

    /** The points of a derived item from the facts, with a reason when it falls short. */
    int derive(RubricItem item, ScoringFacts f, List<Reason> reasons) {
        Derivation d = item.derivation();
        Fact fact = d.fact();
        switch (fact) {
            case REGISTERED -> {
                if (f.registered()) {
                    return item.max();
                }
                reasons.add(Reason.of("score.reason.notRegistered", item.label(), item.max()));
                return 0;
            }
            case DEPARTMENTS_REGISTERED -> {
                if (f.departments() == 0) {
                    reasons.add(Reason.of("score.reason.noDepartments", item.label(), item.max()));
                    return 0;
                }
                if (f.departmentsRegistered() == f.departments()) {
                    return item.max();
                }
                int percent = (int) Math.floor(100.0 * f.departmentsRegistered() / f.departments());
                reasons.add(Reason.of("score.reason.departmentsPartial", item.label(), f.departmentsRegistered(),
                        f.departments(), percent, item.max(), f.departments() - f.departmentsRegistered()));
                return 0;
            }
            case ANTT_ACHIEVED -> {
                if (f.anttAchieved()) {
                    return item.max();
                }
                reasons.add(Reason.of("score.reason.anttNotAchieved", item.label(), item.max(),
                        rubric.total() - item.max()));
                return 0;
            }
            case COMMENDATIONS -> {
                long raw = (long) f.collectiveCommendations() * d.perCollective()
                        + (long) f.individualCommendations() * d.perIndividual();
                int value = (int) Math.min(raw, item.max());
                if (raw > item.max()) {
                    reasons.add(Reason.of("score.reason.commendationsCapped", item.label(),
                            f.collectiveCommendations(), d.perCollective(), f.individualCommendations(),
                            d.perIndividual(), raw, item.max()));
                } else if (raw == 0) {
                    reasons.add(Reason.of("score.reason.noCommendations", item.label(), item.max()));
                }
                return value;
            }
            default -> throw new IllegalStateException("unknown fact " + fact);
        }
    }
}
