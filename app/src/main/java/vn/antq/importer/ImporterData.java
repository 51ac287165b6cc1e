package vn.antq.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The importer's data files (header aliases, legacy encoding tables): one JSON object whose fields are
 * text or lists of text, read with Jackson's streaming parser (no data binding: it costs start-up time).
 * Fields whose name starts with "_" are comments. A malformed file is a programming error of the
 * shipped data, caught by the tests, so it fails loudly.
 */
final class ImporterData {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ImporterData() {
    }

    /** Field → its texts (a single text becomes a list of one), in file order. */
    static Map<String, List<String>> load(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = ImporterData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (JsonParser p = FACTORY.createParser(in)) {
                expect(p.nextToken(), JsonToken.START_OBJECT, resource);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    List<String> values = new ArrayList<>();
                    if (t == JsonToken.VALUE_STRING) {
                        values.add(p.getText());
                    } else {
                        expect(t, JsonToken.START_ARRAY, resource);
                        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                            expect(t, JsonToken.VALUE_STRING, resource);
                            values.add(p.getText());
                        }
                    }
                    if (!name.startsWith("_")) {
                        out.put(name, List.copyOf(values));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    private static void expect(JsonToken got, JsonToken wanted, String resource) {
        if (got != wanted) {
            throw new IllegalStateException(resource + ": expected " + wanted + ", found " + got);
        }
    }
}
