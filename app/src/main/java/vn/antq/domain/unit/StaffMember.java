package vn.antq.domain.unit;

import java.time.LocalDate;

/**
 * A member of staff. Names are stored in Unicode NFC, trimmed.
 *
 * @param id            store id
 * @param fullName      họ và tên
 * @param position      chức vụ (may be blank)
 * @param departmentId  the department, or null when none
 * @param dateOfBirth   optional
 * @param phone         optional
 */
public record StaffMember(long id, String fullName, String position, Long departmentId, LocalDate dateOfBirth,
        String phone) {
}
