package vn.antq.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.antq.domain.DomainException;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.interchange.AssessmentJson;
import vn.antq.rules.RulesLoader;

/**
 * Property-based tests of the strict reader and the interchange format: whatever the bytes, the
 * answer is a value or ONE plain refusal ({@code json.error.*} or the format's own key), never another
 * exception, never Jackson's text, never a line 0. Tries: {@code jqwik.tries} (60; 3,000 with -P fuzz).
 */
class StrictJsonProperties {
    private static final byte[] VALID = ("{\"format\":\"antq-assessment/1\",\"unit\":{\"name\":\"Trường THCS A\","
            + "\"type\":\"CO_SO_GIAO_DUC\",\"year\":2026},\"items\":{\"1\":3,\"2\":2},\"facts\":{\"registered\":true,"
            + "\"departments\":3,\"departmentsRegistered\":3,\"anttAchieved\":true,\"commendations\":"
            + "{\"collective\":1,\"individual\":0}}}").getBytes(StandardCharsets.UTF_8);
    private static final ScoringEngine ENGINE = new ScoringEngine(RulesLoader.defaultRubric());

    @Provide
    Arbitrary<byte[]> mutatedAssessments() {
        // a valid file with a few bytes changed, inserted or cut: close to real damage
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length - 1);
        Arbitrary<Byte> b = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of((byte) '"', (byte) '{', (byte) '}', (byte) ',', (byte) ':', (byte) 'e', (byte) '9',
                        (byte) '-', (byte) '.', (byte) '[', (byte) 0xC3));
        Arbitrary<int[]> edit = at.flatMap(i -> Arbitraries.integers().between(0, 2).map(kind -> new int[] {i, kind}));
        return Arbitraries.integers().between(1, 4).flatMap(n -> edit.list().ofSize(n).flatMap(edits ->
                b.list().ofSize(n).map(bytes -> apply(edits, bytes))));
    }

    private static byte[] apply(List<int[]> edits, List<Byte> bytes) {
        byte[] cur = VALID.clone();
        for (int k = 0; k < edits.size(); k++) {
            int i = Math.min(edits.get(k)[0], cur.length - 1);
            switch (edits.get(k)[1]) {
                case 0 -> cur[i] = bytes.get(k);
                case 1 -> {
                    byte[] longer = new byte[cur.length + 1];
                    System.arraycopy(cur, 0, longer, 0, i);
                    longer[i] = bytes.get(k);
                    System.arraycopy(cur, i, longer, i + 1, cur.length - i);
                    cur = longer;
                }
                default -> cur = java.util.Arrays.copyOf(cur, Math.max(1, i));
            }
        }
        return cur;
    }

    @Property
    void aDamagedAssessmentIsReadOrRefusedInOnePlainLine(@ForAll("mutatedAssessments") byte[] bytes) {
        try {
            AssessmentJson.read(new ByteArrayInputStream(bytes), "a.json", ENGINE);
        } catch (DomainException e) {
            assertPlain(e);
        }
    }

    @Property
    void anyTextIsReadOrRefusedInOnePlainLine(@ForAll String text) {
        try {
            StrictJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json",
                    StrictJson.Budget.INTERCHANGE);
        } catch (DomainException e) {
            assertThat(e.key()).startsWith("json.error.");
            assertPlain(e);
        }
    }

    @Provide
    Arbitrary<String> jsonObjects() {
        Arbitrary<String> keys = Arbitraries.strings().ofMinLength(1).ofMaxLength(8).alpha();
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.strings().ofMaxLength(20).map(s -> JsonMapper.builder().build().getNodeFactory().textNode(s)
                        .toString()),
                Arbitraries.of("true", "false", "null", "1.25", "-0.5e3", "[]", "{}"));
        return Arbitraries.maps(keys, values).ofMaxSize(10).map(m -> {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return sb.append('}').toString();
        });
    }

    @Property
    void ordinaryJsonReadsAsJacksonReadsIt(@ForAll("jsonObjects") String json) throws Exception {
        JsonNode strict = StrictJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "o.json",
                StrictJson.Budget.INTERCHANGE);
        JsonNode jackson = JsonMapper.builder().build().readTree(json);
        assertThat(strict.size()).isEqualTo(jackson.size());
        jackson.fieldNames().forEachRemaining(k -> {
            JsonNode a = strict.get(k);
            JsonNode b = jackson.get(k);
            if (b.isNumber()) {
                assertThat(a.decimalValue()).isEqualByComparingTo(b.decimalValue());
            } else {
                assertThat(a).isEqualTo(b);
            }
        });
    }

    static void assertPlain(DomainException e) {
        String m = e.getMessage();
        // (a "{" may be the file's own text, echoed: the check that the key has a text is the key's absence)
        assertThat(m).doesNotContain("\n").doesNotContain("dòng 0").doesNotContain("StreamReadConstraints")
                .doesNotContain("com.fasterxml").isNotEqualTo(e.key()).hasSizeLessThan(600);
    }
}
