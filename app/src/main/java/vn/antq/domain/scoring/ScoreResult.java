package vn.antq.domain.scoring;

import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring: points of every item and sub-item (parents as sums) in the rubric's
 * order, the total, the level reached and the reasons.
 *
 * @param rubricId       the rubric used
 * @param profileId      the classification profile used
 * @param points         points per code, every item of the rubric, in order
 * @param total          the total
 * @param max            the rubric's maximum (100)
 * @param classification the level reached
 * @param unscored       codes of manual items given no value (counted as 0), in order
 * @param reasons        the explanation, most important first
 */
public record ScoreResult(
        String rubricId,
        String profileId,
        Map<String, Integer> points,
        int total,
        int max,
        Classification classification,
        List<String> unscored,
        List<Reason> reasons) {

    public int points(String code) {
        Integer value = points.get(code);
        if (value == null) {
            throw new IllegalArgumentException("no item " + code);
        }
        return value;
    }
}
