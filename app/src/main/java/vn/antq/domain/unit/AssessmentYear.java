package vn.antq.domain.unit;

import java.time.LocalDate;

/**
 * One assessment year of the unit.
 *
 * @param year                 the year (evaluation period 16/11 of year−1 to 15/11 of year)
 * @param state                draft → self-assessed → submitted
 * @param profileId            the classification profile in force for this year
 * @param registeredOn         date of the registration to strive for the standard (Q1); null when not registered (8a)
 * @param recognitionDecision  number of the decision recognising the standard, if received; blank otherwise
 * @param recognitionDate      date of that decision, or null
 */
public record AssessmentYear(
        int year,
        YearState state,
        String profileId,
        LocalDate registeredOn,
        String recognitionDecision,
        LocalDate recognitionDate) {

    public boolean registered() {
        return registeredOn != null;
    }

    public boolean recognitionRecorded() {
        return recognitionDecision != null && !recognitionDecision.isBlank();
    }
}
