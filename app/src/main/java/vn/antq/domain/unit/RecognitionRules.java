package vn.antq.domain.unit;

import java.util.List;
import java.util.Set;
import vn.antq.domain.Localized;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;

/**
 * The recognising body's default and how its name is printed, as the data file gives them
 * (Circular 124, Điều 10): the first rule whose unit types include the unit's and whose managing
 * authority starts with one of its prefixes (compared without marks or case) decides; a rule with no
 * prefixes matches any authority.
 *
 * @param rules           the default rules, in order; the last should match everything
 * @param names           how each body is named, {0} the commune as written in a sentence
 * @param communePrefixes the words a commune's name starts with ("xã", "phường", "đặc khu"), written
 *                        in lower case inside a sentence ("Ủy ban nhân dân xã Tân Lập")
 * @param source          where the rules come from
 * @param recognitionDeadline    the recognition dossier is due before this day (Điều 9.1.c: 20/11)
 * @param classificationDeadline the movement classification is due before this day (30/11)
 */
public record RecognitionRules(List<Rule> rules, java.util.Map<RecognisingBody, Localized> names,
        List<String> communePrefixes, String source, java.time.MonthDay recognitionDeadline,
        java.time.MonthDay classificationDeadline) {

    /** One default rule. */
    public record Rule(Set<UnitType> unitTypes, List<String> superiorPrefixes, RecognisingBody body) {
        public Rule {
            unitTypes = unitTypes == null ? Set.of() : Set.copyOf(unitTypes);
            superiorPrefixes = superiorPrefixes == null ? List.of() : List.copyOf(superiorPrefixes);
        }

        boolean matches(UnitType type, String superior) {
            if (!unitTypes.isEmpty() && !unitTypes.contains(type)) {
                return false;
            }
            if (superiorPrefixes.isEmpty()) {
                return true;
            }
            String s = VietnameseText.fold(superior);
            return superiorPrefixes.stream().anyMatch(p -> s.startsWith(VietnameseText.fold(p)));
        }
    }

    public RecognitionRules {
        rules = List.copyOf(rules);
        names = java.util.Map.copyOf(names);
        communePrefixes = List.copyOf(communePrefixes);
    }

    /** The default body for a unit of a type under a managing authority (blank: none). */
    public RecognisingBody defaultFor(UnitType type, String superior) {
        for (Rule r : rules) {
            if (r.matches(type, superior == null ? "" : superior)) {
                return r.body();
            }
        }
        return RecognisingBody.COMMUNE;
    }

    /** "xã Tân Lập" for "Xã Tân Lập": the commune as written inside a sentence. */
    public String communeInSentence(String commune) {
        String c = VietnameseText.clean(commune);
        for (String p : communePrefixes) {
            if (c.length() > p.length() && c.substring(0, p.length()).equalsIgnoreCase(p)
                    && c.charAt(p.length()) == ' ') {
                return p + c.substring(p.length());
            }
        }
        return c;
    }

    /** The body's name as printed, e.g. "Ủy ban nhân dân xã Tân Lập"; blank commune → "……". */
    public String name(RecognisingBody body, String commune, java.util.Locale locale, String blank) {
        String c = commune == null || commune.isBlank() ? blank : communeInSentence(commune);
        Localized n = names.get(body);
        return n == null ? body.name() : java.text.MessageFormat.format(n.in(locale).replace("'", "''"), c);
    }
}
