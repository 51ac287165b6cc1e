package vn.antq.dossier;

import java.util.Locale;
import java.util.Set;

/**
 * File-safe ASCII names for the outputs and the packaged evidence: diacritics stripped, đ→d,
 * anything but letters and digits turned into '-', lower case, length limited. The names are made for
 * Windows, where the users are: {@link #windowsProblem} says what Windows would refuse (reserved device
 * names, trailing dots and spaces, forbidden characters), and every name made here stays under
 * {@link #MAX_NAME_LENGTH}, so a folder path of up to {@link #MAX_FOLDER_LENGTH} characters keeps the whole
 * path within the 259 characters Explorer and Office open.
 */
public final class FileNames {
    /** Longest unit part of an output name, so the whole name stays well under Windows' limits. */
    public static final int MAX_UNIT_LENGTH = 60;
    /** Longest base name of a packaged evidence file (without the index prefix and extension). */
    public static final int MAX_EVIDENCE_LENGTH = 60;

    /** Longest full path ordinary Windows programs open (MAX_PATH, 260, less the terminating NUL). */
    public static final int WINDOWS_MAX_PATH = 259;
    /**
     * Longest name made here, including the export's temporary names ({@code .<base>-<random>.tmp}, the
     * random part up to 19 digits) and split volumes up to {@code -part999.zip}.
     */
    public static final int MAX_NAME_LENGTH = MAX_UNIT_LENGTH + "-2026-ho-so".length() + 26;
    /** The deepest output folder whose paths still fit {@link #WINDOWS_MAX_PATH} (one more for the separator). */
    public static final int MAX_FOLDER_LENGTH = WINDOWS_MAX_PATH - MAX_NAME_LENGTH - 1;

    /** Device names Windows reserves in every folder, with any extension too ({@code CON}, {@code nul.txt}). */
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "COM\u00b9", "COM\u00b2", "COM\u00b3",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
            "LPT\u00b9", "LPT\u00b2", "LPT\u00b3");

    private FileNames() {
    }

    /**
     * Why Windows would refuse or silently change a file name, or null when the name is fine: empty or
     * longer than 255 characters, a character Windows forbids ({@code <>:"/\|?*} or a control character),
     * a trailing dot or space (Windows drops them, so the file is not found under its name), or a reserved
     * device name such as {@code CON}, {@code AUX}, {@code NUL}, {@code COM1} or {@code LPT1}, with or without an
     * extension.
     */
    public static String windowsProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "empty name";
        }
        if (name.length() > 255) {
            return "longer than 255 characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || "<>:\"/\\|?*".indexOf(c) >= 0) {
                return "forbidden character '" + (c < 0x20 ? "\\u" + String.format(Locale.ROOT, "%04x", (int) c) : c) + "'";
            }
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == ' ') {
            return "ends with a " + (last == '.' ? "dot" : "space");
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing().toUpperCase(Locale.ROOT);
        if (WINDOWS_RESERVED.contains(stem)) {
            return "reserved device name " + stem;
        }
        return null;
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

    /** The registration pack's PDF (bản đăng ký, departments' registrations, signing sheets): {@code <unit>-<year>-dang-ky.pdf}. */
    public static String registration(String unitName, int year) {
        return slug(unitName, MAX_UNIT_LENGTH) + "-" + year + "-dang-ky.pdf";
    }

    /** The registration pack's pledge forms, a page per person: {@code <unit>-<year>-cam-ket.pdf}. */
    public static String pledgeForms(String unitName, int year) {
        return slug(unitName, MAX_UNIT_LENGTH) + "-" + year + "-cam-ket.pdf";
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
