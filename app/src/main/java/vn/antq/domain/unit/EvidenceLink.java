package vn.antq.domain.unit;

/**
 * What an evidence file supports in one year.
 *
 * @param year    the year
 * @param target  kind of thing supported
 * @param code    rubric item code, checklist criterion code, or the id of a staff member / department
 */
public record EvidenceLink(int year, EvidenceTarget target, String code) {
}
