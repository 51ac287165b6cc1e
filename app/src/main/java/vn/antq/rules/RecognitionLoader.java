package vn.antq.rules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.Localized;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.RecognitionRules;

/** Reads the recognising bodies' data ({@code antq-recognition/1}, Circular 124 Điều 10). */
public final class RecognitionLoader {
    public static final String FORMAT = "antq-recognition/1";
    public static final String DEFAULT = "/vn/antq/checklists/recognition-tt124.json";

    private RecognitionLoader() {
    }

    /** The rules shipped with the app. */
    public static RecognitionRules defaultRules() {
        return Shipped.RULES;
    }

    private static final class Shipped {
        static final RecognitionRules RULES = load(RecognitionLoader.class.getResourceAsStream(DEFAULT), DEFAULT);
    }

    public static RecognitionRules load(InputStream in, String source) {
        if (in == null) {
            throw new DomainException("rules.invalid.read", source, "not found");
        }
        JsonFields f = JsonFields.parse(in, source);
        String format = f.text("format");
        String from = f.text("source");
        JsonFields names = f.object("names");
        List<String> prefixes = f.texts("communePrefixes");
        List<JsonFields> defaults = f.objects("defaults");
        JsonFields deadlines = f.object("deadlines");
        f.done();
        if (deadlines == null) {
            throw new DomainException("rules.invalid.missing", source, "deadlines");
        }
        java.time.MonthDay recognition = ChecklistLoader.monthDay(deadlines.text("recognition"), source,
                "deadlines.recognition");
        java.time.MonthDay classification = ChecklistLoader.monthDay(deadlines.text("classification"), source,
                "deadlines.classification");
        deadlines.text("source");
        deadlines.done();
        if (!FORMAT.equals(format)) {
            throw new DomainException("rules.invalid.format", source, format, FORMAT);
        }
        if (names == null || defaults == null || defaults.isEmpty()) {
            throw new DomainException("rules.invalid.missing", source, names == null ? "names" : "defaults");
        }
        Map<RecognisingBody, Localized> named = new EnumMap<>(RecognisingBody.class);
        for (RecognisingBody b : RecognisingBody.values()) {
            Localized l = names.bilingual(b.name(), (vi, en) -> vi == null || vi.isBlank() ? null : new Localized(vi, en));
            if (l == null) {
                throw new DomainException("rules.invalid.missing", source, "names." + b.name());
            }
            named.put(b, l);
        }
        names.done();
        List<RecognitionRules.Rule> rules = new ArrayList<>();
        for (JsonFields d : defaults) {
            List<String> types = d.texts("unitTypes");
            List<String> sup = d.texts("superiorPrefixes");
            String body = d.text("body");
            d.done();
            Set<UnitType> set = EnumSet.noneOf(UnitType.class);
            for (String t : types == null ? List.<String>of() : types) {
                UnitType type = UnitType.parse(t);
                if (type == null) {
                    throw new DomainException("rules.invalid.unitType", source, t);
                }
                set.add(type);
            }
            RecognisingBody b;
            try {
                b = RecognisingBody.valueOf(body == null ? "" : body);
            } catch (IllegalArgumentException e) {
                throw new DomainException("rules.invalid.itemField", source, "defaults", "body");
            }
            rules.add(new RecognitionRules.Rule(set, sup, b));
        }
        return new RecognitionRules(rules, named, prefixes == null ? List.of() : prefixes, from, recognition,
                classification);
    }
}
