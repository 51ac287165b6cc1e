package vn.antq.domain;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese text as the whole product treats it, and the ONLY place that cleans and keys names:
 * input stored cleaned ({@link #clean}: Unicode NFC, every kind of space made one plain space,
 * zero-width characters dropped, trimmed), names compared by {@link #key} (the clean text in lower
 * case), accent-insensitive matching ("nguyen" finds "Nguyễn"), Vietnamese collation, given names.
 * The store, the importer, the dossier and the screens all use these, so they agree: a department
 * typed with a no-break space, a zero-width space or decomposed accents is the same department.
 */
public final class VietnameseText {
    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    /**
     * Text as stored: zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) removed,
     * Unicode NFC, every run of white space or Unicode space (tab, line break, no-break space, narrow
     * no-break space, figure space, ideographic space…) made one plain space, trimmed; null becomes "".
     */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isPlainClean(s)) {
            return s;
        }
        StringBuilder stripped = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isZeroWidth(c)) {
                stripped.append(c);
            }
        }
        String n = Normalizer.normalize(stripped, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Several lines of text (meeting conclusions, notes): each line {@link #clean}ed, line breaks kept
     * as {@code \n}, blank lines at the start and end dropped; null becomes "".
     */
    public static String cleanLines(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String[] lines = s.split("\\R", -1);
        StringBuilder out = new StringBuilder(s.length());
        int pendingBreaks = 0;
        for (String line : lines) {
            String c = clean(line);
            if (c.isEmpty()) {
                pendingBreaks += out.length() > 0 ? 1 : 0;
                continue;
            }
            if (out.length() > 0) {
                out.append("\n".repeat(pendingBreaks + 1));
            }
            pendingBreaks = 0;
            out.append(c);
        }
        return out.toString();
    }

    /** {@link #clean}, or null when the result is blank. */
    public static String cleanOrNull(String s) {
        String c = clean(s);
        return c.isEmpty() ? null : c;
    }

    /**
     * The key under which a name is one name (departments, people): {@link #clean} in lower case, so
     * "Phòng\u00A0KẾ TOÁN " and "phòng kế toán" share a key. Accents are kept: "Lan" and "Lân" differ.
     */
    public static String key(String s) {
        return clean(s).toLowerCase(LOCALE);
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

        /** The fold for searching: {@link #clean}, no marks, lower case ("Nguyễn\u00A0 Văn" → "nguyen van"). */
    public static String fold(String s) {
        return withoutMarks(clean(s)).toLowerCase(Locale.ROOT);
    }

    /**
     * The fold for matching words such as column headers and yes/no cells: {@link #fold}, and anything
     * but letters and digits turned into single spaces ("Họ và tên (*)" → "ho va ten").
     */
    public static String foldWords(String s) {
        String d = fold(s);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** Whether {@code text} contains {@code query}, ignoring accents, case and spacing; a blank query matches all. */
    public static boolean matches(String text, String query) {
        String q = fold(query);
        return q.isEmpty() || fold(text).contains(q);
    }

    /** A new Vietnamese collator (An &lt; Ă &lt; Â, D &lt; Đ); collators are not thread-safe, so one per use. */
    public static Collator collator() {
        Collator c = Collator.getInstance(LOCALE);
        c.setStrength(Collator.TERTIARY);
        return c;
    }

    /**
     * Vietnamese alphabetical order (An &lt; Ă &lt; Â, D &lt; Đ), null as "". The collator is made at the
     * first comparison, not here: screens make their comparators when the window is built, and the
     * first Vietnamese collator of a run takes a while to build its tables. Not thread-safe.
     */
    public static Comparator<String> order() {
        return new Comparator<>() {
            private Collator collator;

            @Override
            public int compare(String a, String b) {
                if (collator == null) {
                    collator = collator();
                }
                return collator.compare(a == null ? "" : a, b == null ? "" : b);
            }
        };
    }

    /** Vietnamese names sort by given name (last word) first, then the whole name, as staff lists do. */
    public static Comparator<String> nameOrder() {
        Comparator<String> order = order();
        return Comparator.comparing(VietnameseText::givenName, order).thenComparing(order);
    }

    /** The given name (last word) staff lists sort by; the whole name when it is one word. */
    public static String givenName(String fullName) {
        String n = clean(fullName);
        int i = n.lastIndexOf(' ');
        return i < 0 ? n : n.substring(i + 1);
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u180E';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * Already clean (the common case: text read back from the store): single inner plain spaces, no
     * outer ones, no other space or zero-width character, and (checked last, only for non-ASCII text)
     * in NFC.
     */
    private static boolean isPlainClean(String s) {
        int last = s.length() - 1;
        if (s.charAt(0) == ' ' || s.charAt(last) == ' ') {
            return false;
        }
        boolean ascii = true;
        char prev = 'x';
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || (c == ' ' && prev == ' ')) {
                return false;
            }
            if (c >= 0x80) {
                if (isZeroWidth(c) || isSpace(c)) {
                    return false;
                }
                ascii = false;
            }
            prev = c;
        }
        return ascii || Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }
}
