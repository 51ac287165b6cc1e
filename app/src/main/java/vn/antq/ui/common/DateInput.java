package vn.antq.ui.common;

import java.time.LocalDate;
import vn.antq.domain.unit.RecordDates;
import vn.antq.i18n.Messages;

/**
 * What a date field accepts, and the one Vietnamese sentence that says why a typed or picked date is
 * refused: not a date ("31/02/2026"), outside the allowed range, after today, or missing where one
 * is required. Plain logic (no control), so view models check dates and tests run without a toolkit.
 *
 * @param min       first day accepted, or null
 * @param max       last day accepted, or null
 * @param today     days after it are refused ("has not come yet"), or null to allow them
 * @param required  a blank field is refused
 */
public record DateInput(LocalDate min, LocalDate max, LocalDate today, boolean required) {

    /** The outcome of a check: the date (null for an accepted blank), or the message saying why not. */
    public record Result(LocalDate date, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * A registration or pledge of {@code year}: required, inside the year's window
     * ({@link RecordDates}), not after today.
     */
    public static DateInput forRecord(int year, LocalDate today) {
        return new DateInput(RecordDates.first(year), RecordDates.last(year), today, true);
    }

    /** Checks what was typed (or a picked day, formatted). */
    public Result check(Messages messages, String text) {
        if (text == null || text.isBlank()) {
            return required ? new Result(null, messages.get("ui.date.error.required")) : new Result(null, null);
        }
        LocalDate d = Dates.parse(text);
        if (d == null) {
            return new Result(null, messages.get("ui.date.error.invalid", text.strip()));
        }
        return check(messages, d);
    }

    /** Checks a date (a picked day); null is a blank field. */
    public Result check(Messages messages, LocalDate d) {
        if (d == null) {
            return check(messages, "");
        }
        if (min != null && d.isBefore(min) || max != null && d.isAfter(max)) {
            return new Result(null, messages.get("ui.date.error.range", Dates.format(d),
                    min == null ? "" : Dates.format(min), max == null ? "" : Dates.format(max)));
        }
        if (today != null && d.isAfter(today)) {
            return new Result(null, messages.get("ui.date.error.future", Dates.format(d), Dates.format(today)));
        }
        return new Result(d, null);
    }

    /** Whether a day may be chosen (the calendar greys the others out). */
    public boolean allows(LocalDate d) {
        return d != null && (min == null || !d.isBefore(min)) && (max == null || !d.isAfter(max))
                && (today == null || !d.isAfter(today));
    }
}
