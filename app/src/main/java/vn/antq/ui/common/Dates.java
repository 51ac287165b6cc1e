package vn.antq.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.util.StringConverter;

/** Vietnamese dates: dd/MM/yyyy, and a lenient parser for what a clerk types (1/3/2026, 01-03-2026). */
public final class Dates {
    public static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LENIENT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DMY.format(date);
    }

    /** Parses dd/MM/yyyy (also d/M/yyyy, with - or . as separator); null for blank or invalid text. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('-', '/').replace('.', '/');
        try {
            return LocalDate.parse(t, LENIENT);
        } catch (DateTimeParseException e) {
            return null;
        }
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
