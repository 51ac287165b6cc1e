package vn.antq.storage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Value conventions of the store: ISO dates and instants. Text is cleaned and keyed only by
 * {@link vn.antq.domain.VietnameseText}.
 */
final class Values {
    private Values() {
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate date(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        // the stored form, yyyy-MM-dd, read without the formatter (a 5,000-staff list has thousands of
        // dates); anything else, or an impossible date, goes through LocalDate.parse as it always did
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    /** The number written by the ASCII digits s[from, to), or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static Instant instant(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }
}
