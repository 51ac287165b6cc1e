package vn.antq.domain.scoring;

import java.util.Map;
import vn.antq.domain.UnitType;

/**
 * One year's self-assessment as the interchange format carries it: the unit, the manual points
 * given (absent items are unscored) and the facts the derived items come from.
 */
public record Assessment(String unitName, UnitType unitType, int year, Map<String, Integer> items,
        ScoringFacts facts) {
    public Assessment {
        items = Map.copyOf(items);
    }
}
