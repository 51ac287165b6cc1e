package vn.antq.domain.checklist;

import vn.antq.domain.Localized;

/**
 * One of the events listed in Circular 124, Điều 6 khoản 3 (points a–h); schools use points a, b,
 * c, đ, e and g (Điều 7 khoản 3). Any one recorded in the period makes the unit "chưa đạt" unless
 * the text allows an excuse and the record is marked excused.
 *
 * @param code   stable code, e.g. {@code D6.3a}; point đ is written {@code D6.3dd}
 * @param point  the point letter as printed ("a", "đ", …)
 * @param text   the exact wording of the point (without the list's trailing ";")
 * @param label  a short label for tables
 * @param excuse when the text allows one (force majeure, handled promptly…), what it is; null otherwise
 */
public record ChecklistEventType(String code, String point, Localized text, Localized label, Localized excuse) {

    public boolean excusable() {
        return excuse != null;
    }
}
