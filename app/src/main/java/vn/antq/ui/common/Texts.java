package vn.antq.ui.common;

import java.text.Collator;
import java.util.Comparator;
import vn.antq.domain.VietnameseText;

/** Vietnamese text helpers: NFC input, accent-insensitive search, Vietnamese collation. */
public final class Texts {
    private Texts() {
    }

    /** Typed text as stored: trimmed and in Unicode NFC; null becomes empty. */
    public static String nfc(String s) {
        return VietnameseText.nfc(s);
    }

    /** Text folded for search: no tone or vowel marks, đ → d, lower case ("Nguyễn" → "nguyen"). */
    public static String fold(String s) {
        return VietnameseText.fold(s);
    }

    /** Whether {@code text} contains {@code query}, ignoring accents and case; a blank query matches all. */
    public static boolean matches(String text, String query) {
        String q = fold(query);
        return q.isEmpty() || fold(text).contains(q);
    }

    /**
     * Vietnamese alphabetical order (An &lt; Ă &lt; Â, D &lt; Đ). The collator is made at the first
     * comparison, not here: screens make their comparators when the window is built, and the first
     * Vietnamese collator of a run takes a while to build its tables.
     */
    public static Comparator<String> vietnameseOrder() {
        return new Comparator<>() {
            private Collator collator;

            @Override
            public int compare(String a, String b) {
                if (collator == null) {
                    collator = VietnameseText.collator();
                }
                return collator.compare(a == null ? "" : a, b == null ? "" : b);
            }
        };
    }

    /** Vietnamese names sort by given name (last word) first, then the whole name, as staff lists do. */
    public static Comparator<String> vietnameseNameOrder() {
        Comparator<String> order = vietnameseOrder();
        return Comparator.comparing((String n) -> givenName(n), order).thenComparing(order);
    }

    static String givenName(String fullName) {
        return VietnameseText.givenName(fullName);
    }
}
