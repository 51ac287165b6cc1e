package vn.antq.domain.unit;

/** The points given to a manual rubric item for a year, with the assessor's note (what was done). */
public record ManualScore(String code, int points, String note) {
}
