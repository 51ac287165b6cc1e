package vn.antq.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.util.StringConverter;

/** Dates on the screens: {@link vn.antq.domain.Dates} (dd/MM/yyyy), and the converter for date pickers and cells. */
public final class Dates {
    public static final DateTimeFormatter DMY = vn.antq.domain.Dates.DMY;

    private Dates() {
    }

    public static String format(LocalDate date) {
        return vn.antq.domain.Dates.format(date);
    }

    /** Parses what a clerk types (see {@link vn.antq.domain.Dates#parse}); null for blank or invalid text. */
    public static LocalDate parse(String text) {
        return vn.antq.domain.Dates.parse(text);
    }

    /** The converter for DatePicker and table cells. */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        };
    }
}
