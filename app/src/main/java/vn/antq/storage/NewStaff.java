package vn.antq.storage;

import java.time.LocalDate;

/**
 * One row of a staff import (see {@link Store#importStaff}). Text is NFC-normalised and trimmed by
 * the store.
 *
 * @param fullName        họ và tên (required)
 * @param departmentName  phòng ban; created when new (matched case-insensitively); blank for none
 * @param position        chức vụ, may be blank
 * @param dateOfBirth     optional
 * @param phone           optional
 * @param pledged         signed the pledge this year; null when the file does not say (no pledge recorded)
 * @param pledgeDate      date signed, or null
 */
public record NewStaff(String fullName, String departmentName, String position, LocalDate dateOfBirth,
        String phone, Boolean pledged, LocalDate pledgeDate) {
}
