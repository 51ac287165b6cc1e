package vn.antq.storage;

import java.time.LocalDate;
import vn.antq.domain.VietnameseText;

/**
 * One member of staff as an import writes them (see {@link StaffListRepository#importRows} and {@link StaffSync}).
 * Text is cleaned by the store.
 *
 * @param fullName        họ và tên (required)
 * @param departmentName  phòng ban; matched by {@link vn.antq.domain.VietnameseText#key}; blank for none
 * @param position        chức vụ, may be blank
 * @param dateOfBirth     optional
 * @param phone           optional
 * @param pledged         signed the pledge this year; null when the file does not say (the pledge is left as it is)
 * @param pledgeDate      date signed, or null
 * @param staffCode       mã cán bộ, or ""
 */
public record NewStaff(String fullName, String departmentName, String position, LocalDate dateOfBirth,
        String phone, Boolean pledged, LocalDate pledgeDate, String staffCode) {
    public NewStaff {
        staffCode = VietnameseText.clean(staffCode);
    }

    /** A row without a staff code. */
    public NewStaff(String fullName, String departmentName, String position, LocalDate dateOfBirth, String phone,
            Boolean pledged, LocalDate pledgeDate) {
        this(fullName, departmentName, position, dateOfBirth, phone, pledged, pledgeDate, "");
    }
}
