package vn.antq.domain.scoring;

import java.util.Map;
import vn.antq.domain.UnitType;
import vn.antq.domain.rubric.Rubric;

/**
 * One year's self-assessment as the interchange format carries it: the unit, the manual points
 * given (absent items are unscored) and the facts the derived items come from.
 */
public record Assessment(String unitName, UnitType unitType, int year, Map<String, Integer> items,
        ScoringFacts facts) {
    public Assessment {
        items = Map.copyOf(items);
    }

    /**
     * This assessment scored again with a rubric under a profile, as the receiving end re-scores a
     * package's {@code assessment.json} with the rubric its manifest names to compare with the result
     * the package states.
     */
    public Rescored rescore(Rubric rubric, ClassificationProfile profile) {
        ScoreResult score = new ScoringEngine(rubric).score(items, facts, profile);
        return new Rescored(score, ScoringEngine.anttAchieved(rubric, score, facts.anttAchieved()));
    }

    /** A re-scored assessment: its score and whether that score meets the ANTT standard. */
    public record Rescored(ScoreResult score, boolean anttAchieved) {
    }
}
