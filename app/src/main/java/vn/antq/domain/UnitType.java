package vn.antq.domain;

/** The three kinds of unit Circular 124 and Decision 510 (Điều 7) cover. */
public enum UnitType {
    CO_QUAN,
    DOANH_NGHIEP,
    CO_SO_GIAO_DUC;

    /** Parses a code such as {@code CO_QUAN}; returns null when unknown. */
    public static UnitType parse(String code) {
        if (code == null) {
            return null;
        }
        for (UnitType t : values()) {
            if (t.name().equalsIgnoreCase(code.trim())) {
                return t;
            }
        }
        return null;
    }
}
