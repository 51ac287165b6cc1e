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

    /** What marks a name still to be typed: the data's provincial name holds it ("Ủy ban nhân dân tỉnh, thành phố ……"). */
    public static final String PLACEHOLDER = "…";

    /**
     * The name the documents print while it is a placeholder for the clerk to type over — the data's own
     * name of the body holds "…" (the provincial committee's "Ủy ban nhân dân tỉnh, thành phố ……": the data
     * cannot know the province), or the typed name does; empty when the name is complete. A commune's name
     * blank for want of a commune is not this (the commune field is what is missing there).
     */
    public java.util.Optional<String> placeholder(RecognitionRules rules, UnitType type, String superior,
            String commune) {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        if (!printedName(rules, type, superior, commune, vi, "").contains(PLACEHOLDER)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(printedName(rules, type, superior, commune, vi, PLACEHOLDER + PLACEHOLDER));
    }
}
