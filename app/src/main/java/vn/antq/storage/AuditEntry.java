package vn.antq.storage;

import java.time.Instant;

/**
 * One change recorded in the audit trail.
 *
 * @param id        order of recording
 * @param at        when
 * @param year      the assessment year concerned, or null
 * @param area      what kind of record
 * @param subject   which one: item or criterion code, "staff id: name", department name…
 * @param oldValue  the value before (null when there was none)
 * @param newValue  the value after (null when cleared)
 */
public record AuditEntry(long id, Instant at, Integer year, AuditArea area, String subject, String oldValue,
        String newValue) {
}
