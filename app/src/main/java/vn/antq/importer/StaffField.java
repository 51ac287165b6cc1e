package vn.antq.importer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.antq.domain.Localized;

/**
 * The columns a staff list may have. The header texts that name each field are data
 * ({@code header-aliases.json}: Tổ / Tổ chuyên môn, Khoa / Bộ môn, Phân xưởng / Bộ phận, Phòng / Ban /
 * Đơn vị…); headers are matched after {@link Text#fold folding} (case, diacritics, đ, spacing and
 * punctuation ignored), then once more without any text in brackets ("Ngày sinh (dd/mm/yyyy)").
 *
 * <p>The full name is required, but it may come as two columns, {@link #FAMILY_NAME} ("Họ và đệm")
 * and {@link #GIVEN_NAME} ("Tên"), joined on import.
 */
public enum StaffField {
    FULL_NAME(true, new Localized("Họ và tên", "Full name")),
    FAMILY_NAME(false, new Localized("Họ và đệm", "Surname and middle name")),
    GIVEN_NAME(false, new Localized("Tên", "Given name")),
    DEPARTMENT(true, new Localized("Phòng ban", "Department")),
    POSITION(false, new Localized("Chức vụ", "Position")),
    DATE_OF_BIRTH(false, new Localized("Ngày sinh", "Date of birth")),
    PHONE(false, new Localized("Số điện thoại", "Phone")),
    PLEDGED(false, new Localized("Đã ký cam kết", "Pledged")),
    PLEDGE_DATE(false, new Localized("Ngày ký", "Pledge date")),
    STAFF_CODE(false, new Localized("Mã cán bộ", "Staff code"));

    static final String ALIASES = "/vn/antq/importer/header-aliases.json";
    private static final Pattern BRACKETS = Pattern.compile("[(\\[][^)\\]]*[)\\]]");

    private final boolean required;
    private final Localized label;

    StaffField(boolean required, Localized label) {
        this.required = required;
        this.label = label;
    }

    public boolean required() {
        return required;
    }

    /** The column name as the template writes it: Vietnamese, or English. */
    public Localized label() {
        return label;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    /** The field a header names, or null. */
    public static StaffField forHeader(String header) {
        String f = Text.fold(header);
        if (f.isEmpty()) {
            return null;
        }
        StaffField field = Aliases.BY_FOLD.get(f);
        if (field == null && header.indexOf('(') >= 0 || field == null && header.indexOf('[') >= 0) {
            field = Aliases.BY_FOLD.get(Text.fold(BRACKETS.matcher(header).replaceAll(" ")));
        }
        return field;
    }

    /** The field a header names, given the header already {@link Text#fold folded}; null when none. */
    static StaffField forFolded(String folded) {
        return folded.isEmpty() ? null : Aliases.BY_FOLD.get(folded);
    }

    /** The aliases of each field as the data file writes them (for tests and the mapping dialog's hints). */
    static Map<StaffField, List<String>> aliases() {
        return Aliases.BY_FIELD;
    }

    /** Loaded on first use: folded alias → field. */
    private static final class Aliases {
        static final Map<StaffField, List<String>> BY_FIELD = new EnumMap<>(StaffField.class);
        static final Map<String, StaffField> BY_FOLD = new HashMap<>();

        static {
            for (Map.Entry<String, List<String>> e : ImporterData.load(ALIASES).entrySet()) {
                StaffField field = StaffField.valueOf(e.getKey());
                BY_FIELD.put(field, e.getValue());
                for (String alias : e.getValue()) {
                    StaffField before = BY_FOLD.put(Text.fold(alias), field);
                    if (before != null && before != field) {
                        throw new IllegalStateException(ALIASES + ": \"" + alias + "\" names both " + before
                                + " and " + field);
                    }
                }
            }
            for (StaffField f : values()) {
                BY_FOLD.putIfAbsent(Text.fold(f.label.vi()), f);
                BY_FOLD.putIfAbsent(Text.fold(f.label.en()), f);
            }
        }
    }
}
