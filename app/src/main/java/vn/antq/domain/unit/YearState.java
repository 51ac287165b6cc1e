package vn.antq.domain.unit;

/** Where a year's assessment stands: being filled in, self-assessed, handed to the police. */
public enum YearState {
    DRAFT,
    SELF_ASSESSED,
    SUBMITTED
}
