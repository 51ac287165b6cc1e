package vn.antq.ui.common;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The year's deadlines: registration in Q1 (31/3), ANTT dossier before 20/11, classification before
 * 30/11 (domain spec §5), each overridable in settings (stored as "MM-dd", shown and typed as dd/MM),
 * plus an optional local date.
 */
public final class Deadlines {
    public static final String REGISTRATION = "deadline.registration";
    public static final String ANTT = "deadline.recognition";
    public static final String CLASSIFICATION = "deadline.classification";
    public static final String LOCAL = "deadline.local";
    public static final String LOCAL_LABEL = "deadline.local.label";
    public static final String RECIPIENT = "recipient.police";

    private static final DateTimeFormatter DM = DateTimeFormatter.ofPattern("d/M");

    /** One deadline of the year. */
    public record Deadline(String key, String labelKey, String customLabel, LocalDate date) {
    }

    private Deadlines() {
    }

    public static String defaultValue(String key) {
        return switch (key) {
            case REGISTRATION -> "03-31";
            case ANTT -> "11-20";
            case CLASSIFICATION -> "11-30";
            default -> "";
        };
    }

    /** Parses "dd/MM" as typed, or "MM-dd" as stored; null when blank or invalid. */
    public static MonthDay parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{2}-\\d{2}")) {
            try {
                return MonthDay.parse("--" + t);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        try {
            return MonthDay.parse(text.strip().replace('-', '/').replace('.', '/'), DM);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** As shown and typed: dd/MM. */
    public static String format(MonthDay md) {
        return md == null ? "" : String.format("%02d/%02d", md.getDayOfMonth(), md.getMonthValue());
    }

    /** As stored in the settings: MM-dd. */
    public static String storageFormat(MonthDay md) {
        return md == null ? null : String.format("%02d-%02d", md.getMonthValue(), md.getDayOfMonth());
    }

    /** The deadlines of a year from the settings (defaults where unset), in date order. */
    public static List<Deadline> of(int year, Map<String, String> settings) {
        List<Deadline> out = new ArrayList<>();
        add(out, year, settings, REGISTRATION, "ui.deadline.registration");
        add(out, year, settings, ANTT, "ui.deadline.antt");
        add(out, year, settings, CLASSIFICATION, "ui.deadline.classification");
        MonthDay local = parse(settings.get(LOCAL));
        if (local != null) {
            out.add(new Deadline(LOCAL, "ui.deadline.local", settings.getOrDefault(LOCAL_LABEL, ""),
                    local.atYear(year)));
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return out;
    }

    private static void add(List<Deadline> out, int year, Map<String, String> settings, String key, String label) {
        MonthDay md = parse(settings.get(key));
        if (md == null) {
            md = parse(defaultValue(key));
        }
        out.add(new Deadline(key, label, "", md.atYear(year)));
    }
}
