package vn.antq.domain.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which records contradict which scores, as the review's data file gives them (domain-spec §8):
 * a listed event recorded in the period against the rubric items that say it did not happen, a
 * checklist criterion answered "met" against the items that score the same thing.
 *
 * @param id             the data file's id
 * @param eventItems     event code (e.g. {@code D6.3d}) → rubric items it contradicts when scored above 0
 * @param criterionItems criterion code (e.g. {@code D6.1f}) → rubric items that should not be 0 when it is met
 */
public record ReviewRules(String id, Map<String, List<String>> eventItems, Map<String, List<String>> criterionItems) {
    public ReviewRules {
        eventItems = copy(eventItems);
        criterionItems = copy(criterionItems);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        }
        return Collections.unmodifiableMap(out);
    }

    /** No consistency rules: the review still checks dates, evidence and scores without evidence. */
    public static final ReviewRules NONE = new ReviewRules("none", Map.of(), Map.of());
}
