package vn.antq.domain.scoring;

/** What a review finding is about. */
public enum FindingKind {
    /** A listed event recorded in the period while an item that says it did not happen has points. */
    EVENT_CONTRADICTS_ITEM,
    /** A checklist criterion answered "met" while the item scoring the same thing has 0 points. */
    CRITERION_CONTRADICTS_ITEM,
    /** An evidence file linked to the year is missing from the store. */
    EVIDENCE_MISSING,
    /** An evidence file linked to the year no longer matches its SHA-256. */
    EVIDENCE_ALTERED,
    /** The unit's registration is dated after the Q1 deadline. */
    REGISTRATION_LATE,
    /** A department's registration is dated after the Q1 deadline. */
    DEPARTMENT_REGISTRATION_LATE,
    /** Staff pledges of a department are dated after the Q1 deadline. */
    PLEDGE_LATE,
    /** A manual item has points but no evidence linked this year. */
    SCORED_WITHOUT_EVIDENCE,
    /** The meeting's own conclusion asks for recognition the outcome does not allow, or declines one it does. */
    CONCLUSION_CONTRADICTS_OUTCOME,
    /** The recognising body the documents address is still the data's placeholder ("…… tỉnh, thành phố ……"). */
    RECOGNISING_BODY_UNNAMED
}
