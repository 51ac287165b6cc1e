package vn.antq.domain.checklist;

/**
 * The unit's answer to one Circular 124 criterion for a year.
 *
 * @param criterionCode  the criterion's code in the checklist data file
 * @param met            true (đạt), false (chưa đạt) or null (not answered yet)
 * @param note           what was done / why not
 */
public record ChecklistAnswer(String criterionCode, Boolean met, String note) {
}
