package vn.antq.storage;

/** What an audit entry is about. */
public enum AuditArea {
    SCORE,
    CHECKLIST_ANSWER,
    CHECKLIST_EVENT,
    PLEDGE,
    DEPARTMENT_REGISTRATION,
    UNIT_REGISTRATION,
    RECOGNITION,
    YEAR_STATE,
    PROFILE,
    STAFF_IMPORT,
    /** A commendation's date or kind (đột xuất) changed: item 9 follows them. */
    COMMENDATION,
    /** The year's review meeting saved or deleted (the whole record as the value). */
    MEETING,
    RESTORE
}
