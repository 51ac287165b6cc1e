package vn.antq.domain;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as the whole product treats it: input stored in Unicode NFC and trimmed,
 * accent-insensitive matching ("nguyen" finds "Nguyễn"), Vietnamese collation, given names.
 * The store, the importer, the dossier and the screens all use these, so they agree.
 */
public final class VietnameseText {
    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    /** Trimmed, in Unicode NFC; null becomes "". */
    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    /** Tone and vowel marks removed, đ/Đ → d/D, case kept ("Đặng Thị Ánh" → "Dang Thi Anh"); null becomes "". */
    public static String withoutMarks(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString();
    }

    /**
     * The key two names of the same unit share: NFC, inner spaces collapsed, lower case, marks kept
     * ("Trường  THPT Lê Lợi " and "trường thpt lê lợi" match; "Lê Lợi" and "Le Loi" do not).
     */
    public static String nameKey(String s) {
        return nfc(s).replaceAll("\\s+", " ").toLowerCase(LOCALE);
    }

    /** The fold for searching: no marks, lower case, trimmed ("Nguyễn " → "nguyen"). */
    public static String fold(String s) {
        return withoutMarks(s).toLowerCase(Locale.ROOT).strip();
    }

    /** A new Vietnamese collator (An &lt; Ă &lt; Â, D &lt; Đ); collators are not thread-safe, so one per use. */
    public static Collator collator() {
        Collator c = Collator.getInstance(LOCALE);
        c.setStrength(Collator.TERTIARY);
        return c;
    }

    /** The given name (last word) staff lists sort by; the whole name when it is one word. */
    public static String givenName(String fullName) {
        String n = fullName == null ? "" : fullName.strip();
        int i = n.lastIndexOf(' ');
        return i < 0 ? n : n.substring(i + 1);
    }
}
