package vn.antq.storage;

/**
 * What a staff import added.
 *
 * @param staffAdded          staff members created
 * @param departmentsCreated  departments that did not exist and were created
 * @param pledgesRecorded     pledges recorded for the year (signed or not)
 */
public record ImportSummary(int staffAdded, int departmentsCreated, int pledgesRecorded) {
}
