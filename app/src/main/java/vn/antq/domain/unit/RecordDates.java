package vn.antq.domain.unit;

import java.time.LocalDate;

/**
 * The dates a year's registrations (the unit's, item 8a; each department's, item 8b) and staff
 * pledges may carry. Registration belongs to Q1 of the year (Circular 124, Điều 9.2.a), but some
 * units sign at the start of their own year (a school in September of the year before, a company at
 * its year-end meeting), so the window is wide: from 1 January of the year before to 31 December
 * of the year. A date outside it is a typing slip (2062 for 2026, last year's list), never a fact
 * of this year; being late (after 31/3) is not refused here, the review flags it.
 */
public final class RecordDates {
    private RecordDates() {
    }

    /** The first day a record of {@code year} may carry: 1 January of the year before. */
    public static LocalDate first(int year) {
        return LocalDate.of(year - 1, 1, 1);
    }

    /** The last day a record of {@code year} may carry: 31 December of the year. */
    public static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** Whether {@code date} lies in the window of {@code year} (a missing date does not). */
    public static boolean accepts(int year, LocalDate date) {
        return date != null && !date.isBefore(first(year)) && !date.isAfter(last(year));
    }

    /** The date a new tick gets: {@code today}, kept inside the year's window (an old or future year). */
    public static LocalDate defaultFor(int year, LocalDate today) {
        if (today.isBefore(first(year))) {
            return first(year);
        }
        return today.isAfter(last(year)) ? last(year) : today;
    }
}
