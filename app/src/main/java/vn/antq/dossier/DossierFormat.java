package vn.antq.dossier;

/** The outputs of a dossier export: the workbook, the printable PDF and the package for USB or e-mail. */
public enum DossierFormat {
    XLSX("xlsx"),
    PDF("pdf"),
    ZIP("zip");

    private final String extension;

    DossierFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses "xlsx", "PDF"…; null when unknown. */
    public static DossierFormat parse(String text) {
        if (text == null) {
            return null;
        }
        for (DossierFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        return null;
    }
}
