package vn.antq.domain.unit;

import java.time.LocalDate;

/**
 * A commendation in the movement during the year (item 9).
 *
 * @param id              store id
 * @param kind            collective or individual
 * @param title           e.g. "Giấy khen"
 * @param recipient       who received it
 * @param issuer          who granted it
 * @param decisionNumber  decision number
 * @param date            decision date
 */
public record Commendation(long id, CommendationKind kind, String title, String recipient, String issuer,
        String decisionNumber, LocalDate date) {
}
