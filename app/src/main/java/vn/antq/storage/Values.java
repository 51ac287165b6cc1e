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
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    static Instant instant(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }
}
