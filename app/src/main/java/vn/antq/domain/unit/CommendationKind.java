package vn.antq.domain.unit;

/** A commendation goes to a collective (2 points in item 9) or an individual (1 point). */
public enum CommendationKind {
    COLLECTIVE,
    INDIVIDUAL
}
