package vn.antq.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Dates as clerks type them: dd/MM/yyyy (also d/M/yyyy, with - or . as separator) and yyyy-MM-dd. */
final class Dates {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

    private Dates() {
    }

    static String format(LocalDate d) {
        return d == null ? "" : DISPLAY.format(d);
    }

    /** The date a text names, or null when it is not a valid date in one of the accepted forms. */
    static LocalDate parse(String text) {
        String t = text.trim();
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
        return null;
    }
}
