package vn.antq.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import vn.antq.domain.DomainException;
import vn.antq.json.StrictJson;

/**
 * One JSON object of a rules file, read with Jackson's tree model field by field. Every field must be
 * of the expected type and every field the object has must be read ({@link #done()}): an unknown or
 * misspelt field is refused, naming the file and where in it.
 *
 * <p>The data files used to be bound to records by Jackson's data binding; building its bean
 * deserializers (and the {@code ObjectMapper}'s own set-up) cost about 0.2 s of processor time on
 * every start (decision record 0006). The tree is built by {@link StrictJson} from Jackson's streaming
 * parser, a fraction of that, with the same strictness (duplicate keys refused too) and budgets.
 */
final class JsonFields {
    /** The kinds of value a field can be, for messages ({@code rules.invalid.type}'s choice). */
    private static final int TEXT = 0;
    private static final int INTEGER = 1;
    private static final int BOOLEAN = 2;
    private static final int OBJECT = 3;
    private static final int LIST = 4;

    private final JsonNode node;
    private final String source;
    /** Where this object is: its parent and its name there (or index in a list); made text only for a message. */
    private final JsonFields parent;
    private final String name;
    private final int index;
    private final Set<String> read = new HashSet<>();

    private JsonFields(JsonNode node, String source, JsonFields parent, String name, int index) {
        this.node = node;
        this.source = source;
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * Parses a whole file whose top level is an object, with the strict reader's rules budget
     * (duplicate keys, number digits, sizes); the stream is closed.
     */
    static JsonFields parse(InputStream in, String source) {
        JsonNode root = StrictJson.read(in, source, StrictJson.Budget.RULES);
        if (!root.isObject()) {
            throw new DomainException("rules.invalid.type", source, "(root)", OBJECT);
        }
        return new JsonFields(root, source, null, null, -1);
    }

    /** A text field, or null when absent or null. */
    String text(String name) {
        JsonNode v = field(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrongType(name, TEXT);
        }
        return v.textValue();
    }

    /** A whole-number field, or null when absent or null. */
    Integer integer(String name) {
        JsonNode v = field(name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw wrongType(name, INTEGER);
        }
        return v.intValue();
    }

    /** A true/false field, or null when absent or null. */
    Boolean bool(String name) {
        JsonNode v = field(name);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw wrongType(name, BOOLEAN);
        }
        return v.booleanValue();
    }

    /** An object field, or null when absent or null. */
    JsonFields object(String name) {
        JsonNode v = field(name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw wrongType(name, OBJECT);
        }
        return new JsonFields(v, source, this, name, -1);
    }

    /** A text in both languages, {@code {"vi": …, "en": …}}, made with {@code make}; null when absent or null. */
    <T> T bilingual(String name, java.util.function.BiFunction<String, String, T> make) {
        JsonFields o = object(name);
        if (o == null) {
            return null;
        }
        T t = make.apply(o.text("vi"), o.text("en"));
        o.done();
        return t;
    }

    /** A list of objects, or null when absent or null. */
    List<JsonFields> objects(String name) {
        JsonNode v = list(name);
        if (v == null) {
            return null;
        }
        List<JsonFields> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            JsonFields element = new JsonFields(e, source, this, name, i);
            if (!e.isObject()) {
                throw new DomainException("rules.invalid.type", source, element.path(), OBJECT);
            }
            out.add(element);
        }
        return out;
    }

    /** A list of objects, each read with {@code read}; null when absent or null. */
    <T> List<T> objects(String name, java.util.function.Function<JsonFields, T> read) {
        List<JsonFields> elements = objects(name);
        return elements == null ? null : elements.stream().map(read).toList();
    }

    /** A list of texts, or null when absent or null. */
    List<String> texts(String name) {
        JsonNode v = list(name);
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                throw new DomainException("rules.invalid.type", source, where(name) + "[" + i + "]", TEXT);
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** An object of text values (e.g. a legend), read only to check its shape; null when absent. */
    List<String> textValues(String name) {
        JsonFields o = object(name);
        if (o == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = o.node.fieldNames(); it.hasNext();) {
            out.add(o.text(it.next()));
        }
        return out;
    }

    /** Refuses a field that was not read: the file has something this version does not know. */
    void done() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!read.contains(field)) {
                throw new DomainException("rules.invalid.unknownField", source, where(field));
            }
        }
    }

    private JsonNode list(String name) {
        JsonNode v = field(name);
        if (v != null && !v.isArray()) {
            throw wrongType(name, LIST);
        }
        return v;
    }

    private JsonNode field(String field) {
        read.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private String where(String field) {
        String path = path();
        return path.isEmpty() ? field : path + "." + field;
    }

    /** E.g. {@code items[3].children[1]}; empty for the top level. */
    private String path() {
        if (parent == null) {
            return "";
        }
        String at = parent.where(name);
        return index < 0 ? at : at + "[" + index + "]";
    }

    private DomainException wrongType(String name, int kind) {
        return new DomainException("rules.invalid.type", source, where(name), kind);
    }
}
