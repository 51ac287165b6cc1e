package vn.antq.storage;

import java.util.List;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceStatus;

/**
 * The result of {@link Store#check}: SQLite's integrity check, the foreign-key check and the
 * evidence files re-hashed.
 *
 * @param integrity    lines of {@code PRAGMA integrity_check} ("ok" alone when sound)
 * @param foreignKeys  violations of {@code PRAGMA foreign_key_check}, one line each
 * @param evidence     every evidence file with its status (OK, MISSING, ALTERED)
 */
public record IntegrityReport(List<String> integrity, List<String> foreignKeys, List<EvidenceFile> evidence) {
    public IntegrityReport {
        integrity = List.copyOf(integrity);
        foreignKeys = List.copyOf(foreignKeys);
        evidence = List.copyOf(evidence);
    }

    public boolean databaseOk() {
        return integrity.equals(List.of("ok")) && foreignKeys.isEmpty();
    }

    public List<EvidenceFile> evidenceProblems() {
        return evidence.stream().filter(e -> e.status() != EvidenceStatus.OK).toList();
    }

    public boolean ok() {
        return databaseOk() && evidenceProblems().isEmpty();
    }
}
