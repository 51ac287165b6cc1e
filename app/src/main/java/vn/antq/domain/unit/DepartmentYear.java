package vn.antq.domain.unit;

import java.time.LocalDate;

/**
 * A department with its registration/pledge for one year (drives item 8b).
 *
 * @param department   the department
 * @param registered   registered and pledged to achieve the standard this year
 * @param date         date of the registration, or null
 * @param evidenceSha  SHA-256 of the scanned registration, or null
 * @param staffCount   staff recorded in it
 * @param staffSigned  of whom signed their pledge this year
 */
public record DepartmentYear(Department department, boolean registered, LocalDate date, String evidenceSha,
        int staffCount, int staffSigned) {
}
