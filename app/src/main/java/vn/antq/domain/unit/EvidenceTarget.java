package vn.antq.domain.unit;

/** The kinds of thing an evidence file can support. */
public enum EvidenceTarget {
    RUBRIC_ITEM,
    CHECKLIST_CRITERION,
    CHECKLIST_EVENT,
    STAFF_PLEDGE,
    DEPARTMENT_REGISTRATION,
    UNIT_REGISTRATION,
    COMMENDATION,
    MEETING,
    OTHER
}
