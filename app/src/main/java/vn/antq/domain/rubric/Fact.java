package vn.antq.domain.rubric;

/** The recorded facts a derived item is computed from. */
public enum Fact {
    /** The unit registered for the ANTT standard this year (item 8a). */
    REGISTERED,
    /** Departments recorded and how many registered/pledged (item 8b). */
    DEPARTMENTS_REGISTERED,
    /** The Circular 124 checklist passes, or the recognition decision is recorded (item 8c). */
    ANTT_ACHIEVED,
    /** Collective and individual commendations in the movement (item 9). */
    COMMENDATIONS
}
