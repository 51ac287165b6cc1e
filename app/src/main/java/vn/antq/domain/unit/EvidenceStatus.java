package vn.antq.domain.unit;

/** The stored copy of an evidence file: intact, missing, or its content no longer matches its SHA-256. */
public enum EvidenceStatus {
    OK,
    MISSING,
    ALTERED,
    UNCHECKED
}
