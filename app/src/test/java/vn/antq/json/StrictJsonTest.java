package vn.antq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.antq.domain.DomainException;
import vn.antq.i18n.Messages;

/** The one JSON reader: duplicate keys, budgets, plain messages. */
class StrictJsonTest {
    private static final StrictJson.Budget SMALL = new StrictJson.Budget(4096, 30, 100, 5, 200);

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("duplicate key, the last would win", "{\"items\":{\"1\":3,\"1\":0}}", "json.error.duplicate", "“1”"),
                Arguments.of("exponent that formats to a billion digits", "{\"a\":1e999999999}", "json.error.number", "30"),
                Arguments.of("tiny exponent", "{\"a\":1e-999999999}", "json.error.number", "dòng 1"),
                Arguments.of("exponent beyond int", "{\"a\":1e99999999999999}", "json.error.number", "chữ số"),
                Arguments.of("31 digits", "{\"a\":" + "9".repeat(31) + "}", "json.error.number", "30"),
                Arguments.of("5,000 digits (Jackson's own limit)", "{\"a\":" + "9".repeat(5000) + "}", "json.error.size", "MB"),
                Arguments.of("200 digits (Jackson's own limit)", "{\"a\":" + "9".repeat(200) + "}", "json.error.number", "30"),
                Arguments.of("long text", "{\"a\":\"" + "x".repeat(101) + "\"}", "json.error.text", "100"),
                Arguments.of("deep nesting", "[[[[[[[1]]]]]]]", "json.error.depth", "5"),
                Arguments.of("many values", "[" + "1,".repeat(300) + "1]", "json.error.values", "200"),
                Arguments.of("too many bytes", "[\"" + "x".repeat(50) + "\"" + ", \"x\"".repeat(900) + "]", "json.error.size", "MB"),
                Arguments.of("truncated", "{\"a\": [1, 2", "json.error.truncated", "dòng 1"),
                Arguments.of("trailing", "{} {}", "json.error.trailing", "dòng 1"),
                Arguments.of("empty", "   ", "json.error.empty", "t.json"),
                Arguments.of("syntax on line 3", "{\n\"a\": 1,\n\"b\": ]\n}", "json.error.syntax", "dòng 3"),
                Arguments.of("not UTF-8", "{\"a\": \"\u0000\"}".replace('\u0000', '\u0001'), "json.error.syntax", "dòng 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void hostileInputIsRefusedInOnePlainLine(String why, String json, String key, String mentioned) {
        assertThatThrownBy(() -> StrictJson.read(in(json), "t.json", SMALL))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    String vi = e.getMessage();
                    assertThat(vi).contains("t.json").contains(mentioned)
                            .doesNotContain("StreamReadConstraints").doesNotContain("dòng 0").doesNotContain("Jackson")
                            .doesNotContain("\n").hasSizeLessThan(400);
                    assertThat(e.message(Messages.english())).contains("t.json").doesNotContain("{");
                });
    }

    @Test
    void aNumberWithManyDigitsIsStillRefusedQuickly() {
        // a 1 MB number: refused by the byte budget or the digits, never parsed in full
        String json = "{\"a\":" + "1".repeat(1 << 20) + "}";
        assertThatThrownBy(() -> StrictJson.read(in(json), "n.json", StrictJson.Budget.INTERCHANGE))
                .isInstanceOf(DomainException.class).hasMessageContaining("n.json");
    }

    @Test
    void ordinaryJsonIsReadWhole() {
        JsonNode n = StrictJson.read(in("{\"a\": [1, 2.50, -3, 12345678901, true, null, \"Đà Nẵng\"], \"b\": {}}"),
                "ok.json", SMALL);
        assertThat(n.get("a").get(0).intValue()).isEqualTo(1);
        assertThat(n.get("a").get(1).decimalValue()).isEqualByComparingTo("2.5");
        assertThat(n.get("a").get(3).longValue()).isEqualTo(12345678901L);
        assertThat(n.get("a").get(6).textValue()).isEqualTo("Đà Nẵng");
        assertThat(n.get("b").isObject()).isTrue();
    }

    @Test
    void theSameKeyInDifferentObjectsIsFine() {
        JsonNode n = StrictJson.read(in("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}}"), "ok.json", SMALL);
        assertThat(n.get("b").get("x").intValue()).isEqualTo(2);
    }
}
