package vn.antq.importer;

import java.time.LocalDate;

/**
 * One member of staff as read from a valid row: text NFC-normalised and trimmed.
 *
 * @param fullName     họ và tên (never blank)
 * @param department   phòng ban (never blank)
 * @param position     chức vụ, or ""
 * @param dateOfBirth  or null
 * @param phone        as written, or ""
 * @param pledged      signed the pledge this year (also true when only a pledge date is given); null when
 *                     the row does not say (no pledge column, or both pledge cells empty)
 * @param pledgeDate   date signed, or null
 * @param staffCode    mã cán bộ, or "" (identifies the person across years when given)
 */
public record StaffRow(String fullName, String department, String position, LocalDate dateOfBirth, String phone,
        Boolean pledged, LocalDate pledgeDate, String staffCode) {
    public StaffRow {
        staffCode = staffCode == null ? "" : staffCode;
    }

    /** A row without a staff code. */
    public StaffRow(String fullName, String department, String position, LocalDate dateOfBirth, String phone,
            Boolean pledged, LocalDate pledgeDate) {
        this(fullName, department, position, dateOfBirth, phone, pledged, pledgeDate, "");
    }
}
