package vn.antq.domain.checklist;

/** Where one criterion (or part) stands in an evaluation. */
public enum CriterionStatus {
    /** Answered "đạt", or (events criterion) no unexcused event. */
    MET,
    /** Answered "chưa đạt", or (events criterion) an unexcused event is recorded. */
    UNMET,
    /** Not answered yet. */
    UNANSWERED,
    /** Does not apply to this unit (no Party organisation, no protection force). */
    NOT_APPLICABLE
}
