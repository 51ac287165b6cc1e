package vn.antq.dossier;

import java.util.Locale;

/**
 * File-safe ASCII names for the outputs and the packaged evidence: diacritics stripped, đ→d,
 * anything but letters and digits turned into '-', lower case, length limited.
 */
public final class FileNames {
    /** Longest unit part of an output name, so the whole name stays well under Windows' limits. */
    public static final int MAX_UNIT_LENGTH = 60;
    /** Longest base name of a packaged evidence file (without the index prefix and extension). */
    public static final int MAX_EVIDENCE_LENGTH = 60;

    private FileNames() {
    }

    /** "Trường THPT Nguyễn Trãi" → "truong-thpt-nguyen-trai"; "don-vi" when nothing is left. */
    public static String slug(String text, int maxLength) {
        String s = clean(text, maxLength);
        return s.isEmpty() ? "don-vi" : s;
    }

    /** Like {@link #slug} but gives "" when nothing is left. */
    static String clean(String text, int maxLength) {
        String ascii = ascii(text == null ? "" : text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        String s = out.toString();
        if (s.length() > maxLength) {
            s = s.substring(0, maxLength);
        }
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Removes Vietnamese (and other) diacritics: NFD, combining marks dropped, đ/Đ → d/D. */
    public static String ascii(String text) {
        return vn.antq.domain.VietnameseText.withoutMarks(text);
    }

    /** The base name of the outputs: {@code <unit>-<year>-ho-so}. */
    public static String base(String unitName, int year) {
        return slug(unitName, MAX_UNIT_LENGTH) + "-" + year + "-ho-so";
    }

    /** {@code <unit>-<year>-ho-so.xlsx|pdf|zip}. */
    public static String output(String unitName, int year, DossierFormat format) {
        return base(unitName, year) + "." + format.extension();
    }

    /** The name of split volume {@code n} (2, 3…): {@code <unit>-<year>-ho-so-part2.zip}. */
    public static String volume(String unitName, int year, int n) {
        return n <= 1 ? output(unitName, year, DossierFormat.ZIP) : base(unitName, year) + "-part" + n + ".zip";
    }

    /**
     * The safe name of the {@code index}-th evidence file in the package: {@code 001-<ascii-name>.<ext>},
     * the original extension kept (made ASCII, at most 8 characters).
     */
    public static String evidence(int index, String originalName) {
        String name = originalName == null ? "" : originalName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        String ext = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0 && dot < name.length() - 1) {
            ext = clean(name.substring(dot + 1), 8).replace("-", "");
            name = name.substring(0, dot);
        }
        String base = clean(name, MAX_EVIDENCE_LENGTH);
        if (base.isEmpty()) {
            base = "tep";
        }
        return String.format(Locale.ROOT, "%03d-%s%s", index, base, ext.isEmpty() ? "" : "." + ext);
    }
}
