package vn.antq.domain.rubric;

/** How an item of the rubric gets its points. */
public enum Scoring {
    /** The assessor enters whole points from 0 to the maximum. */
    MANUAL,
    /** A parent item: the sum of its sub-items. */
    SUM,
    /** Computed from the unit's records (registration, departments, ANTT result, commendations). */
    DERIVED
}
