package vn.antq.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.Reason;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.i18n.Messages;
import vn.antq.json.StrictJson;

/**
 * The {@code antq-assessment/1} interchange format: reading (strict inside {@code unit}, {@code items}
 * and {@code facts}; other top-level sections are left to later versions and ignored) and writing,
 * plus the JSON of a score result.
 */
public final class AssessmentJson {
    public static final String FORMAT = "antq-assessment/1";
    /** "code" (mã số thuế / mã đơn vị) is optional: the unit's identity at the commune police (issue 16). */
    private static final Set<String> UNIT_KEYS = Set.of("name", "type", "year", "code");
    private static final Set<String> FACT_KEYS = Set.of("registered", "departments", "departmentsRegistered",
            "anttAchieved", "commendations");
    private static final Set<String> COMMENDATION_KEYS = Set.of("collective", "individual");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // "\n" on every platform (Jackson's default is the platform's, "\r\n" on Windows): packages and
            // exports are the same bytes wherever they are made.
            .defaultPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(
                    com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
            .build();

    private AssessmentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads and checks an assessment; every fault is a {@link DomainException} naming the field or item. */
    public static Assessment read(InputStream in, ScoringEngine engine) {
        return read(in, "assessment.json", engine);
    }

    /** Reads and checks an assessment against a rubric (a received package's, by the rubric it names). */
    public static Assessment read(InputStream in, Rubric rubric) {
        return read(in, "assessment.json", new ScoringEngine(rubric));
    }

    /**
     * Reads and checks an assessment read from {@code source} (its file name, for messages) with the
     * strict reader (duplicate keys refused, number digits and size bounded); every fault is a
     * {@link DomainException} naming the field or item.
     */
    public static Assessment read(InputStream in, String source, ScoringEngine engine) {
        JsonNode root = StrictJson.read(in, source, StrictJson.Budget.INTERCHANGE);
        if (!root.isObject()) {
            throw new DomainException("assessment.error.notObject");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            throw new DomainException("assessment.error.format", format == null ? "" : format.toString(), FORMAT);
        }
        JsonNode unit = requireObject(root, "unit");
        checkKeys(unit, UNIT_KEYS, "unit");
        String name = requireText(unit, "name", "unit.name");
        String typeCode = requireText(unit, "type", "unit.type");
        UnitType type = UnitType.parse(typeCode);
        if (type == null) {
            throw new DomainException("assessment.error.unitType", typeCode);
        }
        int year = requireInt(unit, "year", "unit.year", 1900, 2200);

        Map<String, Integer> items = new LinkedHashMap<>();
        JsonNode itemsNode = root.get("items");
        if (itemsNode != null && !itemsNode.isNull()) {
            if (!itemsNode.isObject()) {
                throw new DomainException("assessment.error.type", "items", "object");
            }
            Iterator<Map.Entry<String, JsonNode>> it = itemsNode.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (!engine.rubric().contains(e.getKey())) {
                    throw new DomainException("score.error.unknown", e.getKey());
                }
                if (!v.isNumber()) {
                    throw new DomainException("score.error.notNumber", e.getKey(), v.toString());
                }
                items.put(e.getKey(), engine.checkManualValue(e.getKey(), v.decimalValue()));
            }
        }
        ScoringFacts facts = ScoringFacts.NONE;
        JsonNode factsNode = root.get("facts");
        if (factsNode != null && !factsNode.isNull()) {
            if (!factsNode.isObject()) {
                throw new DomainException("assessment.error.type", "facts", "object");
            }
            checkKeys(factsNode, FACT_KEYS, "facts");
            boolean registered = optionalBoolean(factsNode, "registered", "facts.registered");
            int departments = optionalInt(factsNode, "departments", "facts.departments");
            int departmentsRegistered = optionalInt(factsNode, "departmentsRegistered", "facts.departmentsRegistered");
            boolean antt = optionalBoolean(factsNode, "anttAchieved", "facts.anttAchieved");
            int collective = 0;
            int individual = 0;
            JsonNode c = factsNode.get("commendations");
            if (c != null && !c.isNull()) {
                if (!c.isObject()) {
                    throw new DomainException("assessment.error.type", "facts.commendations", "object");
                }
                checkKeys(c, COMMENDATION_KEYS, "facts.commendations");
                collective = optionalInt(c, "collective", "facts.commendations.collective");
                individual = optionalInt(c, "individual", "facts.commendations.individual");
            }
            facts = new ScoringFacts(registered, departments, departmentsRegistered, antt, collective, individual);
        }
        return new Assessment(VietnameseText.clean(name), type, year, items, facts);
    }

    /** The interchange JSON of an assessment (manual items in the rubric's order). */
    public static ObjectNode toJson(Assessment a, Rubric rubric) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode unit = root.putObject("unit");
        unit.put("name", a.unitName());
        unit.put("type", a.unitType().name());
        unit.put("year", a.year());
        ObjectNode items = root.putObject("items");
        for (RubricItem item : rubric.manualItems()) {
            Integer v = a.items().get(item.code());
            if (v != null) {
                items.put(item.code(), v);
            }
        }
        ObjectNode facts = root.putObject("facts");
        ScoringFacts f = a.facts();
        facts.put("registered", f.registered());
        facts.put("departments", f.departments());
        facts.put("departmentsRegistered", f.departmentsRegistered());
        facts.put("anttAchieved", f.anttAchieved());
        ObjectNode c = facts.putObject("commendations");
        c.put("collective", f.collectiveCommendations());
        c.put("individual", f.individualCommendations());
        return root;
    }

    /** The JSON of a score result, as {@code score} prints it. */
    public static ObjectNode resultJson(ScoreResult result, Messages messages) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("total", result.total());
        root.put("max", result.max());
        root.put("classification", result.classification().name());
        root.put("profile", result.profileId());
        root.put("rubric", result.rubricId());
        ObjectNode items = root.putObject("items");
        result.points().forEach(items::put);
        ArrayNode unscored = root.putArray("unscored");
        result.unscored().forEach(unscored::add);
        ArrayNode reasons = root.putArray("reasons");
        for (Reason r : result.reasons()) {
            reasons.add(r.text(messages));
        }
        return root;
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static JsonNode requireObject(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new DomainException("assessment.error.missing", field);
        }
        if (!n.isObject()) {
            throw new DomainException("assessment.error.type", field, "object");
        }
        return n;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new DomainException("assessment.error.unknownKey", where + "." + name);
            }
        }
    }

    private static String requireText(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new DomainException("assessment.error.missing", path);
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new DomainException("assessment.error.type", path, "text");
        }
        return n.asText();
    }

    private static int requireInt(JsonNode parent, String field, String path, int min, int max) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new DomainException("assessment.error.missing", path);
        }
        int v = wholeNumber(n, path);
        if (v < min || v > max) {
            throw new DomainException("assessment.error.range", path, v, min, max);
        }
        return v;
    }

    private static int optionalInt(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return 0;
        }
        int v = wholeNumber(n, path);
        if (v < 0) {
            throw new DomainException("facts.invalid.negative", path, v);
        }
        return v;
    }

    private static int wholeNumber(JsonNode n, String path) {
        if (!n.isNumber()) {
            throw new DomainException("assessment.error.type", path, "integer");
        }
        java.math.BigDecimal d = n.decimalValue();
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw new DomainException("assessment.error.type", path, "integer");
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new DomainException("assessment.error.type", path, "integer");
        }
    }

    private static boolean optionalBoolean(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw new DomainException("assessment.error.type", path, "true/false");
        }
        return n.asBoolean();
    }
}
