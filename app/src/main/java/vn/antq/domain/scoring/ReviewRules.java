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
 * @param conclusion     the words by which a meeting's own conclusion asks for recognition or declines it
 *                       (compared with the outcome: the user may add to the generated conclusion, not
 *                       contradict it silently)
 */
public record ReviewRules(String id, Map<String, List<String>> eventItems, Map<String, List<String>> criterionItems,
        ConclusionWords conclusion) {
    public ReviewRules {
        eventItems = copy(eventItems);
        criterionItems = copy(criterionItems);
        conclusion = conclusion == null ? ConclusionWords.NONE : conclusion;
    }

    /**
     * A sentence of the meeting's conclusion that holds one of {@code recognition} (e.g. "công nhận") speaks
     * of recognition; it declines it when it also holds one of {@code negation} (e.g. "không"), else asks
     * for it. Compared in lower case with marks kept ({@code VietnameseText.key}).
     */
    public record ConclusionWords(List<String> recognition, List<String> negation) {
        public static final ConclusionWords NONE = new ConclusionWords(List.of(), List.of());

        public ConclusionWords {
            recognition = recognition == null ? List.of() : List.copyOf(recognition);
            negation = negation == null ? List.of() : List.copyOf(negation);
        }
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        }
        return Collections.unmodifiableMap(out);
    }

    /** No consistency rules: the review still checks dates, evidence and scores without evidence. */
    public static final ReviewRules NONE = new ReviewRules("none", Map.of(), Map.of(), ConclusionWords.NONE);
}
