package vn.antq.dossier;

import java.util.Locale;

/**
 * What an export produces from the year's records: the dossier the unit hands in before 20/11
 * (workbook, PDF, package) or the registration pack of the first quarter (bản đăng ký, the
 * departments' registrations, signing sheets, a bản cam kết per person).
 */
public enum DossierPack {
    DOSSIER,
    REGISTRATION;

    /** The name on the command line: "dossier", "registration". */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "dossier", "Registration"…; null when unknown. */
    public static DossierPack parse(String text) {
        if (text == null) {
            return null;
        }
        for (DossierPack p : values()) {
            if (p.cliName().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        return null;
    }
}
