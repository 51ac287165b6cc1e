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
    RESTORE
}
