package vn.antq.domain.unit;

import java.time.LocalDate;

/**
 * A member of staff with their pledge (ký cam kết) for one year.
 *
 * @param staff           the person
 * @param departmentName  their department's name, or blank
 * @param signed          signed this year
 * @param date            date signed, or null
 * @param evidenceSha     SHA-256 of the scanned signed pledge, or null
 */
public record StaffPledge(StaffMember staff, String departmentName, boolean signed, LocalDate date,
        String evidenceSha) {
}
