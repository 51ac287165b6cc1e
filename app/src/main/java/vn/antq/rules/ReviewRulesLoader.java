package vn.antq.rules;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.domain.DomainException;
import vn.antq.domain.scoring.ReviewRules;

/**
 * Reads the review's consistency data ({@code antq-review/1}): which listed events contradict which
 * rubric items, which criteria met contradict which items scored 0. Strict like the other rules
 * files (unknown fields refused, naming the file).
 */
public final class ReviewRulesLoader {
    public static final String FORMAT = "antq-review/1";
    public static final String DEFAULT = "/vn/antq/review/consistency-qd510-tt124.json";

    private ReviewRulesLoader() {
    }

    record LinkJson(String event, String criterion, List<String> items, String why) {
        static LinkJson from(JsonFields f) {
            LinkJson l = new LinkJson(f.text("event"), f.text("criterion"), f.texts("items"), f.text("why"));
            f.done();
            return l;
        }
    }

    record ConclusionJson(List<String> recognition, List<String> negation, String why) {
        static ConclusionJson from(JsonFields f) {
            if (f == null) {
                return null;
            }
            ConclusionJson c = new ConclusionJson(f.texts("recognition"), f.texts("negation"), f.text("why"));
            f.done();
            return c;
        }
    }

    record ReviewJson(String format, String id, String source, List<LinkJson> events, List<LinkJson> criteria,
            ConclusionJson conclusion) {
        static ReviewJson from(JsonFields f) {
            ReviewJson r = new ReviewJson(f.text("format"), f.text("id"), f.text("source"),
                    f.objects("events", LinkJson::from), f.objects("criteria", LinkJson::from),
                    ConclusionJson.from(f.object("conclusion")));
            f.done();
            return r;
        }
    }

    /** The rules shipped with the app. */
    public static ReviewRules defaultRules() {
        return Shipped.RULES;
    }

    private static final class Shipped {
        static final ReviewRules RULES = load(ReviewRulesLoader.class.getResourceAsStream(DEFAULT), DEFAULT);
    }

    /** Reads and checks the shape of a review rules file; the stream is closed. */
    public static ReviewRules load(InputStream in, String source) {
        if (in == null) {
            throw new DomainException("rules.invalid.read", source, "not found");
        }
        ReviewJson json = ReviewJson.from(JsonFields.parse(in, source));
        if (!FORMAT.equals(json.format())) {
            throw new DomainException("rules.invalid.format", source, json.format(), FORMAT);
        }
        if (json.id() == null || json.id().isBlank()) {
            throw new DomainException("rules.invalid.missing", source, "id");
        }
        ConclusionJson c = json.conclusion();
        if (c != null && (c.recognition() == null || c.recognition().isEmpty())) {
            throw new DomainException("rules.invalid.missing", source, "conclusion.recognition");
        }
        return new ReviewRules(json.id(), links(json.events(), true, source), links(json.criteria(), false, source),
                c == null ? null : new ReviewRules.ConclusionWords(c.recognition(), c.negation()));
    }

    private static Map<String, List<String>> links(List<LinkJson> list, boolean events, String source) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (LinkJson l : list == null ? List.<LinkJson>of() : list) {
            String code = events ? l.event() : l.criterion();
            String field = events ? "events[].event" : "criteria[].criterion";
            if (code == null || code.isBlank()) {
                throw new DomainException("rules.invalid.missing", source, field);
            }
            if ((events ? l.criterion() : l.event()) != null) {
                throw new DomainException("rules.invalid.unknownField", source, events ? "events[].criterion"
                        : "criteria[].event");
            }
            if (l.items() == null || l.items().isEmpty()) {
                throw new DomainException("rules.invalid.missing", source, code + ".items");
            }
            if (out.put(code, List.copyOf(l.items())) != null) {
                throw new DomainException("review.invalid.duplicate", source, code);
            }
        }
        return out;
    }
}
