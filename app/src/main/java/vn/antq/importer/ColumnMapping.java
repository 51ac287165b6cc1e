package vn.antq.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which column (0-based index into the header row) holds each {@link StaffField}. An immutable value:
 * edit it with {@link #with} / {@link #without}, which return a new mapping, so a screen can keep the
 * detected mapping and the user's edited one side by side. A column holds at most one field:
 * assigning a column to a field takes it away from any other field.
 */
public final class ColumnMapping {
    private static final ColumnMapping EMPTY = new ColumnMapping(new EnumMap<>(StaffField.class));

    private final Map<StaffField, Integer> columns;

    private ColumnMapping(EnumMap<StaffField, Integer> columns) {
        this.columns = Collections.unmodifiableMap(columns);
    }

    public static ColumnMapping empty() {
        return EMPTY;
    }

    /** A mapping from field → column index (negative or null indices are left out). */
    public static ColumnMapping of(Map<StaffField, Integer> columns) {
        ColumnMapping m = EMPTY;
        for (Map.Entry<StaffField, Integer> e : columns.entrySet()) {
            if (e.getValue() != null && e.getValue() >= 0) {
                m = m.with(e.getKey(), e.getValue());
            }
        }
        return m;
    }

    /**
     * The mapping guessed from header names: each field takes the first column whose header names it.
     * A lone "Tên" column (no "Họ" column, no full-name column) holds the full name.
     */
    public static ColumnMapping detect(List<String> headers) {
        EnumMap<StaffField, Integer> found = new EnumMap<>(StaffField.class);
        for (int i = 0; i < headers.size(); i++) {
            StaffField f = StaffField.forHeader(headers.get(i));
            if (f != null && !found.containsKey(f)) {
                found.put(f, i);
            }
        }
        if (found.containsKey(StaffField.GIVEN_NAME) && !found.containsKey(StaffField.FAMILY_NAME)
                && !found.containsKey(StaffField.FULL_NAME)) {
            found.put(StaffField.FULL_NAME, found.remove(StaffField.GIVEN_NAME));
        }
        return new ColumnMapping(found);
    }

    /** Whether the name comes as two columns, "Họ và đệm" and "Tên" (and no full-name column). */
    public boolean splitName() {
        return !columns.containsKey(StaffField.FULL_NAME) && columns.containsKey(StaffField.FAMILY_NAME)
                && columns.containsKey(StaffField.GIVEN_NAME);
    }

    /** This mapping with {@code field} read from {@code column} (taken away from any other field). */
    public ColumnMapping with(StaffField field, int column) {
        Objects.requireNonNull(field, "field");
        if (column < 0) {
            throw new IllegalArgumentException("column index must be >= 0: " + column);
        }
        EnumMap<StaffField, Integer> m = copy();
        m.values().removeIf(c -> c == column);
        m.put(field, column);
        return new ColumnMapping(m);
    }

    /** This mapping without {@code field} (the field is not imported). */
    public ColumnMapping without(StaffField field) {
        EnumMap<StaffField, Integer> m = copy();
        m.remove(field);
        return new ColumnMapping(m);
    }

    public OptionalInt column(StaffField field) {
        Integer c = columns.get(field);
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    /** The field read from a column, or null. */
    public StaffField fieldAt(int column) {
        for (Map.Entry<StaffField, Integer> e : columns.entrySet()) {
            if (e.getValue() == column) {
                return e.getKey();
            }
        }
        return null;
    }

    public boolean has(StaffField field) {
        return columns.containsKey(field);
    }

    /** Field → column index, in field order. */
    public Map<StaffField, Integer> asMap() {
        return columns;
    }

    /** The required fields that have no column (the full name is there when both its halves are). */
    public List<StaffField> missingRequired() {
        return java.util.Arrays.stream(StaffField.values())
                .filter(f -> f.required() && !columns.containsKey(f) && !(f == StaffField.FULL_NAME && splitName()))
                .toList();
    }

    private EnumMap<StaffField, Integer> copy() {
        EnumMap<StaffField, Integer> m = new EnumMap<>(StaffField.class);
        m.putAll(columns);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }
}
