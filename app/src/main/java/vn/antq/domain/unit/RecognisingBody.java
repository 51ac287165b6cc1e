package vn.antq.domain.unit;

/**
 * Who recognises a unit as meeting the ANTT standard (Circular 124, Điều 10, after the 2025 reforms:
 * the district level no longer exists). The dossier always goes through the commune police.
 */
public enum RecognisingBody {
    /** Ủy ban nhân dân cấp xã: units under its management or delegated to it (the default). */
    COMMUNE,
    /** Ủy ban nhân dân cấp tỉnh: units under provincial management unless delegated. */
    PROVINCE,
    /** Bộ Công an: units followed by the Ministry's operational units. */
    MINISTRY
}
