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

    /** A time of day as kept: "08:30". */
    static String time(java.time.LocalTime t) {
        return t == null ? null : vn.antq.domain.Dates.format(t);
    }

    static java.time.LocalTime time(String s) {
        return s == null || s.isEmpty() ? null : java.time.LocalTime.parse(s);
    }

    static Instant instant(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }
}
