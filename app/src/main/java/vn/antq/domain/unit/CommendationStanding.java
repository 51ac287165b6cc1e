package vn.antq.domain.unit;

import vn.antq.domain.checklist.AssessmentPeriod;
import vn.antq.domain.rubric.Derivation;

/**
 * Whether a commendation counts for item 9 and, when not, why: item 9 counts commendations dated
 * inside the assessment period (when there is one) and, when the rubric's data says so, only the
 * extraordinary ones (khen thưởng đột xuất). The one home of that rule: the score, the dossier's note
 * and the screen's "Tính điểm" column all ask it.
 */
public enum CommendationStanding {
    /** Counts for item 9. */
    COUNTED,
    /** No decision date: it cannot be placed in the period. */
    NO_DATE,
    /** Dated outside the assessment period (16/11 of the year before – 15/11). */
    OUTSIDE_PERIOD,
    /** A routine commendation (e.g. year-end) where item 9 asks for extraordinary ones. */
    NOT_EXTRAORDINARY;

    /**
     * The standing of {@code c}.
     *
     * @param award   item 9's derivation (null: no such item, only the period applies)
     * @param period  the year's assessment period (null: none, every date counts)
     */
    public static CommendationStanding of(Commendation c, Derivation award, AssessmentPeriod period) {
        if (period != null && c.date() == null) {
            return NO_DATE;
        }
        if (period != null && !period.contains(c.date())) {
            return OUTSIDE_PERIOD;
        }
        if (award != null && award.extraordinaryOnly() && !c.extraordinary()) {
            return NOT_EXTRAORDINARY;
        }
        return COUNTED;
    }

    public boolean counts() {
        return this == COUNTED;
    }
}
