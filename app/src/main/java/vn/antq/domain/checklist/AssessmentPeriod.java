package vn.antq.domain.checklist;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The assessment period of one year (Circular 124, Điều 8: from 16/11 of the previous year to 15/11),
 * inclusive at both ends. Checklist events and commendations count only when dated inside it.
 *
 * @param year  the assessment year
 * @param start first day
 * @param end   last day
 */
public record AssessmentPeriod(int year, LocalDate start, LocalDate end) {
    public AssessmentPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " – " + end);
        }
    }

    /**
     * The period of a year from the days its data file gives: when the first day falls after the
     * last in the calendar (16/11 – 15/11), the period starts in the previous year.
     */
    public static AssessmentPeriod of(int year, MonthDay first, MonthDay last) {
        LocalDate end = last.atYear(year);
        LocalDate start = first.isAfter(last) ? first.atYear(year - 1) : first.atYear(year);
        return new AssessmentPeriod(year, start, end);
    }

    /** Whether a date lies inside the period; a missing date does not. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }
}
