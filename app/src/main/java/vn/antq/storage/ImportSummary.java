package vn.antq.storage;

/**
 * What a staff import wrote, and the year's true counts after it.
 *
 * @param staffAdded          people created
 * @param staffUpdated        people already there whose details or pledge changed
 * @param departmentsCreated  departments that did not exist and were created
 * @param markedLeft          people marked as no longer working here from this year on
 * @param staffInYear         people counted in the year after the import (those who left excluded)
 * @param pledgesSigned       of those, how many have signed this year's pledge
 */
public record ImportSummary(int staffAdded, int staffUpdated, int departmentsCreated, int markedLeft,
        int staffInYear, int pledgesSigned) {
}
