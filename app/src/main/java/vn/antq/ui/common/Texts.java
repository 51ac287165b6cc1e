package vn.antq.ui.common;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import vn.antq.i18n.Messages;

/** Vietnamese text helpers: NFC input, accent-insensitive search, Vietnamese collation. */
public final class Texts {
    private Texts() {
    }

    /** Typed text as stored: trimmed and in Unicode NFC; null becomes empty. */
    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    /** Text folded for search: no tone or vowel marks, đ → d, lower case ("Nguyễn" → "nguyen"). */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip();
    }

    /** Whether {@code text} contains {@code query}, ignoring accents and case; a blank query matches all. */
    public static boolean matches(String text, String query) {
        String q = fold(query);
        return q.isEmpty() || fold(text).contains(q);
    }

    /** Vietnamese alphabetical order (An &lt; Ă &lt; Â, D &lt; Đ). */
    public static Comparator<String> vietnameseOrder() {
        Collator collator = Collator.getInstance(Messages.VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** Vietnamese names sort by given name (last word) first, then the whole name, as staff lists do. */
    public static Comparator<String> vietnameseNameOrder() {
        Comparator<String> order = vietnameseOrder();
        return Comparator.comparing((String n) -> givenName(n), order).thenComparing(order);
    }

    static String givenName(String fullName) {
        String n = fullName == null ? "" : fullName.strip();
        int i = n.lastIndexOf(' ');
        return i < 0 ? n : n.substring(i + 1);
    }
}
