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
 * @param givenName    the given name as the list's "Tên" column has it, when the list keeps the name in two
 *                     columns (it may be two words, "Ngọc Anh"), for sorting; "" otherwise
 */
public record StaffRow(String fullName, String department, String position, LocalDate dateOfBirth, String phone,
        Boolean pledged, LocalDate pledgeDate, String givenName) {
    public StaffRow {
        givenName = givenName == null ? "" : givenName;
    }

    /** A row of a list with the name in one column. */
    public StaffRow(String fullName, String department, String position, LocalDate dateOfBirth, String phone,
            Boolean pledged, LocalDate pledgeDate) {
        this(fullName, department, position, dateOfBirth, phone, pledged, pledgeDate, "");
    }

    /** The name to sort by: the list's "Tên" when it had one, else the last word of the full name. */
    public String sortName() {
        return givenName.isEmpty() ? vn.antq.domain.VietnameseText.givenName(fullName) : givenName;
    }
}
