package vn.antq.domain.scoring;

/** The four levels of the movement classification (Decision 510), best first. */
public enum Classification {
    XUAT_SAC,
    KHA,
    TRUNG_BINH,
    YEU
}
