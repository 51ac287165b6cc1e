package vn.antq.domain.rubric;

import java.util.List;
import vn.antq.domain.Localized;

/**
 * One item or sub-item of a rubric, as its data file gives it.
 *
 * @param code       the stable code ("1", "4a", "5dd" for đ…)
 * @param label      how the regulation numbers it on paper ("1", "a)", "đ)")
 * @param title      the official wording
 * @param max        the maximum points
 * @param scoring    manual, sum of sub-items or derived
 * @param derivation for derived items, the fact and rule; null otherwise
 * @param confidence how well the published sources confirm it (see the data file's legend)
 * @param hint       an optional note for the assessor (what evidence fits, how to judge)
 * @param children   sub-items, in order (empty for a leaf)
 */
public record RubricItem(
        String code,
        String label,
        Localized title,
        int max,
        Scoring scoring,
        Derivation derivation,
        String confidence,
        Localized hint,
        List<RubricItem> children) {

    public RubricItem {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isParent() {
        return !children.isEmpty();
    }

    public boolean isManual() {
        return scoring == Scoring.MANUAL;
    }

    public boolean isDerived() {
        return scoring == Scoring.DERIVED;
    }
}
