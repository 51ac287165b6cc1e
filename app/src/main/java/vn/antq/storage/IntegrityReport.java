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
 * @param unused       files in the evidence folder that no evidence record refers to (left by a
 *                     program killed while adding a file, or put there by hand): reported with
 *                     their size so the space can be reclaimed; not a fault of the data
 */
public record IntegrityReport(List<String> integrity, List<String> foreignKeys, List<EvidenceFile> evidence,
        List<Unused> unused) {
    public IntegrityReport {
        integrity = List.copyOf(integrity);
        foreignKeys = List.copyOf(foreignKeys);
        evidence = List.copyOf(evidence);
        unused = List.copyOf(unused);
    }

    public IntegrityReport(List<String> integrity, List<String> foreignKeys, List<EvidenceFile> evidence) {
        this(integrity, foreignKeys, evidence, List.of());
    }

    /** A file in the evidence folder nothing refers to. */
    public record Unused(String name, long size) {
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
