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
 * 30/11 (domain spec §5), each overridable in settings as "dd/MM", plus an optional local date.
 */
public final class Deadlines {
    public static final String REGISTRATION = "deadline.registration";
    public static final String ANTT = "deadline.anttDossier";
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
            case REGISTRATION -> "31/03";
            case ANTT -> "20/11";
            case CLASSIFICATION -> "30/11";
            default -> "";
        };
    }

    /** Parses "dd/MM"; null when blank or invalid. */
    public static MonthDay parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MonthDay.parse(text.strip().replace('-', '/').replace('.', '/'), DM);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String format(MonthDay md) {
        return md == null ? "" : String.format("%02d/%02d", md.getDayOfMonth(), md.getMonthValue());
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
