package vn.antq.domain.unit;

import java.time.LocalDate;

/**
 * A commendation in the movement (item 9). Only extraordinary ones (khen thưởng đột xuất) dated
 * inside the assessment period count, when the rubric's data says so.
 *
 * @param id              store id
 * @param kind            collective or individual
 * @param title           e.g. "Giấy khen"
 * @param recipient       who received it
 * @param issuer          who granted it (the issuing level)
 * @param decisionNumber  decision number
 * @param date            decision date
 * @param extraordinary   an extraordinary commendation (đột xuất), not a routine year-end one
 */
public record Commendation(long id, CommendationKind kind, String title, String recipient, String issuer,
        String decisionNumber, LocalDate date, boolean extraordinary) {

    /** A commendation recorded before the kind was asked: counted as extraordinary, as it was scored. */
    public Commendation(long id, CommendationKind kind, String title, String recipient, String issuer,
            String decisionNumber, LocalDate date) {
        this(id, kind, title, recipient, issuer, decisionNumber, date, true);
    }
}
