package vn.antq.domain.unit;

import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;

/**
 * The body the unit names as recognising it (Circular 124, Điều 10), as chosen on the Đơn vị screen.
 *
 * @param body the body chosen; null to follow the default the data gives by unit type and managing
 *             authority ({@link RecognitionRules#defaultFor})
 * @param name the body's exact name as printed ("Ủy ban nhân dân tỉnh Đồng Nai"); blank to print the
 *             name the data gives for the body
 */
public record RecognisingBodyChoice(RecognisingBody body, String name) {
    /** Follow the data: the default body, named as the data names it. */
    public static final RecognisingBodyChoice DEFAULT = new RecognisingBodyChoice(null, "");

    public RecognisingBodyChoice {
        name = VietnameseText.clean(name);
    }

    /** The body in force for a unit: the one chosen, else the data's default for its type and managing authority. */
    public RecognisingBody resolve(RecognitionRules rules, UnitType type, String superior) {
        return body != null ? body : rules.defaultFor(type, superior);
    }

    /** The body's name as printed: the one typed, else the data's ("Ủy ban nhân dân xã Tân Lập"). */
    public String printedName(RecognitionRules rules, UnitType type, String superior, String commune,
            java.util.Locale locale, String blank) {
        return !name.isEmpty() ? name : rules.name(resolve(rules, type, superior), commune, locale, blank);
    }
}
