package vn.antq.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Dates as Vietnamese clerks write them: shown dd/MM/yyyy; read from dd/MM/yyyy (also d/M/yyyy,
 * with - or . as separator), yyyy-MM-dd, and with a time part Excel sometimes appends. The one
 * place for both (screens, staff lists, command line). Times of day likewise: shown HH:mm, read from
 * "8:30", "08:30", "8h30", "8 giờ 30", "8.30", "8h" or "8".
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

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?:\\s*(?::|\\.|h|giờ|gio)\\s*(?:(\\d{2})\\s*(?:phút|phut|p)?)?)?",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** HH:mm ("08:30"); empty for null. */
    public static String format(LocalTime time) {
        return time == null ? "" : HM.format(time);
    }

    /**
     * The time of day a text names ("8:30", "08:30", "8h30", "8 giờ 30 phút", "8.30", "8h", "8"), or null when
     * it is blank or not a time of day (hours 0–23, minutes 00–59).
     */
    public static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return h > 23 || min > 59 ? null : LocalTime.of(h, min);
    }
}
