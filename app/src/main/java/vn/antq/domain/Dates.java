package vn.antq.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Dates as Vietnamese clerks write them: shown dd/MM/yyyy; read from dd/MM/yyyy (also d/M/yyyy,
 * with - or . as separator), yyyy-MM-dd, and with a time part Excel sometimes appends. The one
 * place for both (screens, staff lists, command line).
 */
public final class Dates {
    public static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

    private Dates() {
    }

    /** dd/MM/yyyy; empty for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : DMY.format(date);
    }

    /** The date a text names, or null when it is blank or not a valid date in one of the accepted forms. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        // a time part Excel sometimes appends to text dates ("15/03/2024 00:00:00")
        int space = t.indexOf(' ');
        if (space > 0) {
            t = t.substring(0, space);
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            // mixed separators, as typed in a hurry ("1-3/2026")
            return LocalDate.parse(t.replace('-', '/').replace('.', '/'), FORMATS.get(0));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
