package vn.antq.importer;

import java.util.List;
import java.util.Locale;
import vn.antq.domain.Localized;
import vn.antq.domain.VietnameseText;

/**
 * The columns a staff workbook may have. Headers are matched after {@link Text#fold folding} (case,
 * diacritics, đ, spacing and punctuation ignored), against the Vietnamese and English names and a
 * few common variants.
 */
public enum StaffField {
    FULL_NAME(true, new Localized("Họ và tên", "Full name"),
            "ho va ten", "ho ten", "full name", "name", "ho va ten can bo", "ho va ten nhan vien", "fullname"),
    DEPARTMENT(true, new Localized("Phòng ban", "Department"),
            "phong ban", "department", "bo phan", "don vi", "phong", "dept", "don vi cong tac", "to"),
    POSITION(false, new Localized("Chức vụ", "Position"),
            "chuc vu", "position", "chuc danh", "job title", "title"),
    DATE_OF_BIRTH(false, new Localized("Ngày sinh", "Date of birth"),
            "ngay sinh", "date of birth", "birth date", "birthday", "dob", "ngay thang nam sinh"),
    PHONE(false, new Localized("Số điện thoại", "Phone"),
            "so dien thoai", "phone", "dien thoai", "sdt", "so dt", "phone number", "mobile", "telephone"),
    PLEDGED(false, new Localized("Đã ký cam kết", "Pledged"),
            "da ky cam ket", "pledged", "ky cam ket", "cam ket", "da ky", "signed"),
    PLEDGE_DATE(false, new Localized("Ngày ký", "Pledge date"),
            "ngay ky", "pledge date", "ngay ky cam ket", "date signed", "signed on", "signing date"),
    /** A code that identifies a person across years (matching a re-import); optional. */
    STAFF_CODE(false, new Localized("Mã cán bộ", "Staff code"),
            "ma can bo", "staff code", "ma cb", "ma nhan vien", "ma nv", "employee code", "staff id", "employee id");

    private final boolean required;
    private final Localized label;
    private final List<String> aliases;

    StaffField(boolean required, Localized label, String... aliases) {
        this.required = required;
        this.label = label;
        this.aliases = List.of(aliases);
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
        String f = VietnameseText.foldWords(header);
        if (f.isEmpty()) {
            return null;
        }
        for (StaffField field : values()) {
            if (field.aliases.contains(f)) {
                return field;
            }
        }
        return null;
    }
}
