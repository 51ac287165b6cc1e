package vn.antq.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import vn.antq.domain.DomainException;

/**
 * The one reader of JSON input in the product: the rules files, the interchange format, and the
 * manifests of backups and packages. It builds Jackson's tree from Jackson's streaming parser (no
 * data binding: decision record 0006), and it is strict and bounded:
 * <ul>
 * <li>a key twice in one object is refused (the last one would win silently: {@code "1":3,"1":0});</li>
 * <li>every input has a {@link Budget}: bytes read, digits of a number (a number is refused if it would
 *     have more digits written out in full, so {@code 1e999999999} never reaches a formatter), characters
 *     of a text, depth of nesting and count of values, all checked while streaming, before memory is spent;</li>
 * <li>every fault is one {@link DomainException} ({@code json.error.*}) naming the file and the line, in
 *     plain words: never Jackson's own text.</li>
 * </ul>
 */
public final class StrictJson {
    /** The limits of one input. */
    public record Budget(long maxBytes, int maxDigits, int maxTextChars, int maxDepth, int maxValues) {
        /** Rules files (rubric, checklist, profiles): a few hundred KB today. */
        public static final Budget RULES = new Budget(8L << 20, 30, 100_000, 64, 500_000);
        /**
         * An {@code antq-assessment/1} file: a few KB for the assessment; with the year's records
         * ({@code export-assessment}) about 100 bytes and 5 values per signed pledge, so about 0.6 MB
         * for 5,000 staff.
         */
        public static final Budget INTERCHANGE = new Budget(16L << 20, 30, 10_000, 16, 1_000_000);
        /** A manifest of a backup or a package: an entry per evidence file. */
        public static final Budget MANIFEST = new Budget(16L << 20, 30, 10_000, 16, 1_000_000);
    }

    private StrictJson() {
    }

    /**
     * Reads one JSON value (the whole input; anything after it is refused). The stream is closed.
     *
     * @param source the file's name, for messages
     * @return the value; never null (an empty input is refused)
     */
    public static JsonNode read(InputStream in, String source, Budget budget) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // Jackson's own hard limits, set at the budget so nothing larger is buffered;
                        // the digits of a number are checked below in plain words.
                        .maxNumberLength(Math.max(100, budget.maxDigits() * 2))
                        .maxStringLength(budget.maxTextChars())
                        .maxNameLength(budget.maxTextChars())
                        .maxNestingDepth(budget.maxDepth() + 1)
                        .build())
                .build();
        Reader r = new Reader(source, budget);
        try (InputStream input = new Bounded(in, budget.maxBytes()); JsonParser p = factory.createParser(input)) {
            r.parser = p;
            if (p.nextToken() == null) {
                throw new DomainException("json.error.empty", source);
            }
            JsonNode root = r.value(p, 1);
            if (p.nextToken() != null) {
                throw new DomainException("json.error.trailing", source, line(p.currentLocation()));
            }
            return root;
        } catch (TooLarge e) {
            throw new DomainException("json.error.size", source, budget.maxBytes() / (1024 * 1024));
        } catch (StreamConstraintsException e) {
            throw r.constraint(e);
        } catch (JsonEOFException e) {
            throw new DomainException("json.error.truncated", source, line(e.getLocation()));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof TooLarge) {
                throw new DomainException("json.error.size", source, budget.maxBytes() / (1024 * 1024));
            }
            JsonLocation at = e.getLocation();
            throw new DomainException("json.error.syntax", source, line(at), at == null ? 1 : Math.max(1, at.getColumnNr()));
        } catch (IOException e) {
            throw new DomainException("json.error.read", source, e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Reads an input whose top level must be an object. */
    public static ObjectNode readObject(InputStream in, String source, Budget budget) {
        JsonNode root = read(in, source, budget);
        if (!root.isObject()) {
            throw new DomainException("json.error.notObject", source);
        }
        return (ObjectNode) root;
    }

    /** Lines are counted from 1; a location Jackson does not know is the first line, never line 0. */
    private static int line(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    /** Builds the tree, counting values and checking numbers. */
    private static final class Reader {
        private final String source;
        private final Budget budget;
        private JsonParser parser;
        private int values;

        Reader(String source, Budget budget) {
            this.source = source;
            this.budget = budget;
        }

        JsonNode value(JsonParser p, int depth) throws IOException {
            if (++values > budget.maxValues()) {
                throw new DomainException("json.error.values", source, budget.maxValues());
            }
            JsonNodeFactory f = JsonNodeFactory.instance;
            switch (p.currentToken()) {
                case START_OBJECT -> {
                    depth(p, depth);
                    ObjectNode o = f.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        int at = line(p.currentLocation());
                        p.nextToken();
                        if (o.has(field)) {
                            throw new DomainException("json.error.duplicate", source, printable(field), at);
                        }
                        o.set(field, value(p, depth + 1));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    depth(p, depth);
                    ArrayNode a = f.arrayNode();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(value(p, depth + 1));
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return f.textNode(p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    String text = p.getText();
                    int digits = text.startsWith("-") ? text.length() - 1 : text.length();
                    if (digits > budget.maxDigits()) {
                        throw number(p);
                    }
                    return switch (p.getNumberType()) {
                        case INT -> f.numberNode(p.getIntValue());
                        case LONG -> f.numberNode(p.getLongValue());
                        default -> f.numberNode(new BigInteger(text));
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    BigDecimal d;
                    try {
                        d = new BigDecimal(p.getText());
                    } catch (NumberFormatException e) {
                        throw number(p); // an exponent beyond any int
                    }
                    // digits when written out in full: before the point, and after it
                    long whole = (long) d.precision() - d.scale();
                    long fraction = d.scale();
                    if (whole > budget.maxDigits() || fraction > budget.maxDigits()) {
                        throw number(p);
                    }
                    return f.numberNode(d);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return f.booleanNode(p.getBooleanValue());
                }
                case VALUE_NULL -> {
                    return f.nullNode();
                }
                default -> throw new DomainException("json.error.syntax", source, line(p.currentLocation()),
                        Math.max(1, p.currentLocation().getColumnNr()));
            }
        }

        private void depth(JsonParser p, int depth) {
            if (depth > budget.maxDepth()) {
                throw new DomainException("json.error.depth", source, line(p.currentLocation()), budget.maxDepth());
            }
        }

        private DomainException number(JsonParser p) {
            return new DomainException("json.error.number", source, line(p.currentLocation()), budget.maxDigits());
        }

        /** Jackson's limits, told in plain words (which one from its message; tests pin each). */
        DomainException constraint(StreamConstraintsException e) {
            int at = line(e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation());
            String m = String.valueOf(e.getOriginalMessage());
            if (m.startsWith("Number")) {
                return new DomainException("json.error.number", source, at, budget.maxDigits());
            }
            if (m.contains("nesting depth") || m.startsWith("Depth")) {
                return new DomainException("json.error.depth", source, at, budget.maxDepth());
            }
            return new DomainException("json.error.text", source, at, budget.maxTextChars());
        }
    }

    /** A key or value for a message: control characters shown as '?', at most 80 characters. */
    public static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && i < 80; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return s.length() > 80 ? out.append('…').toString() : out.toString();
    }

    /** Thrown by {@link Bounded} past the budget; an IOException so it passes through the parser. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Counts the bytes read and stops past the budget. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > max) {
                throw new TooLarge();
            }
        }
    }
}
