package vn.antq.domain.receiver;

import java.text.Collator;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.scoring.Classification;

/**
 * A commune's year compiled from the packages it received: the units in Vietnamese order, those
 * proposed for ANTT recognition, and the counts by level and by unit type. Only packages the check
 * found valid count; the others are listed apart ({@link #notCounted}).
 */
public record CommuneSummary(Commune commune, int year, List<ReceivedPackage> units, List<ReceivedPackage> proposed,
        Map<Classification, List<ReceivedPackage>> byLevel, Map<UnitType, Map<Classification, Integer>> byType,
        List<ReceivedPackage> notCounted) {
    /** Vietnam's time zone: a package received on 20/11 local time is on time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static CommuneSummary of(Commune commune, int year, List<ReceivedPackage> current) {
        Collator order = VietnameseText.collator();
        List<ReceivedPackage> units = new ArrayList<>(current);
        units.sort(Comparator.comparing(ReceivedPackage::unitName, order));
        List<ReceivedPackage> proposed = new ArrayList<>();
        Map<Classification, List<ReceivedPackage>> byLevel = new EnumMap<>(Classification.class);
        Map<UnitType, Map<Classification, Integer>> byType = new EnumMap<>(UnitType.class);
        for (Classification c : Classification.values()) {
            byLevel.put(c, new ArrayList<>());
        }
        for (UnitType t : UnitType.values()) {
            Map<Classification, Integer> m = new EnumMap<>(Classification.class);
            for (Classification c : Classification.values()) {
                m.put(c, 0);
            }
            byType.put(t, m);
        }
        List<ReceivedPackage> notCounted = new ArrayList<>();
        for (ReceivedPackage p : units) {
            Classification c = level(p);
            if (!p.valid() || c == null) {
                notCounted.add(p);
                continue;
            }
            byLevel.get(c).add(p);
            byType.get(p.unitType()).merge(c, 1, Integer::sum);
            if (p.antt()) {
                proposed.add(p);
            }
        }
        return new CommuneSummary(commune, year, List.copyOf(units), List.copyOf(proposed), byLevel, byType,
                List.copyOf(notCounted));
    }

    public static Classification level(ReceivedPackage p) {
        try {
            return p.classification().isEmpty() ? null : Classification.valueOf(p.classification());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public int count(Classification c) {
        return byLevel.get(c).size();
    }

    public int counted() {
        return units.size() - notCounted.size();
    }

    /** Whether a package came after the commune's due date of its year (local date). */
    public static boolean late(ReceivedPackage p, Commune commune) {
        LocalDate due = due(commune, p.year());
        return due != null && LocalDate.ofInstant(p.receivedAt(), ZONE).isAfter(due);
    }

    /** The due date of a year, from the commune's "MM-dd" (default 20/11). */
    public static LocalDate due(Commune commune, int year) {
        String d = commune == null || commune.deadline() == null || commune.deadline().isBlank()
                ? Commune.DEFAULT_DEADLINE : commune.deadline();
        try {
            return MonthDay.parse("--" + d).atYear(year);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
