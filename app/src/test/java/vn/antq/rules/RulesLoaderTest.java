package vn.antq.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.scoring.Classification;
import vn.antq.domain.scoring.ClassificationProfile;

class RulesLoaderTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShippedRubricLoadsWithOfficialWordingAndConfidence() {
        Rubric r = RulesLoader.defaultRubric();
        assertThat(r.id()).isEqualTo("qd510-2022-agency");
        assertThat(r.version()).contains("510/QĐ-BCA-V05");
        assertThat(r.appliesTo()).containsExactlyInAnyOrder(UnitType.values());
        assertThat(r.item("1").orElseThrow().title().vi()).startsWith("Quý I hằng năm, cấp ủy");
        assertThat(r.item("5dd").orElseThrow().title().vi()).contains("phòng cháy, chữa cháy");
        assertThat(r.item("9").orElseThrow().derivation().perCollective()).isEqualTo(2);
        assertThat(r.item("9").orElseThrow().derivation().perIndividual()).isEqualTo(1);
        assertThat(r.derivedItem(Fact.ANTT_ACHIEVED).orElseThrow().code()).isEqualTo("8c");
        assertThat(r.allItems()).allSatisfy(i -> {
            assertThat(i.confidence()).isIn("verified_2src", "verified_1src", "partial", "inferred", "seed_only");
            assertThat(i.title().en()).isNotBlank();
        });
    }

    @Test
    void theDefaultProfileIs90_70_50AndSaysItIsADefault() {
        Rubric r = RulesLoader.defaultRubric();
        ClassificationProfile p = RulesLoader.defaultProfile(r);
        assertThat(p.level(Classification.XUAT_SAC).minPoints()).isEqualTo(90);
        assertThat(p.level(Classification.KHA).minPoints()).isEqualTo(70);
        assertThat(p.level(Classification.TRUNG_BINH).minPoints()).isEqualTo(50);
        assertThat(p.level(Classification.YEU).minPoints()).isZero();
        assertThat(p.note().vi()).isEqualTo("Ngưỡng mặc định, điều chỉnh theo hướng dẫn của Công an tỉnh");
        assertThat(p.level(Classification.TRUNG_BINH).label().vi()).isEqualTo("Trung bình");
    }

    // --- broken rubric files ---------------------------------------------------------------------

    @Test
    void subItemsMustSumToTheirItem() {
        assertRubricRefused(root -> ((ObjectNode) item(root, "4").withArray("children").get(3)).put("max", 3),
                "mục con của mục 4 cộng lại được 6 điểm", "tối đa 5");
    }

    @Test
    void itemsMustSumTo100() {
        assertRubricRefused(root -> item(root, "7").put("max", 11), "cộng lại được 101", "phải là 100");
    }

    @Test
    void codesMustBeUnique() {
        assertRubricRefused(root -> item(root, "3").put("code", "2"), "mã mục 2 bị trùng");
    }

    @Test
    void aDerivedItemNeedsItsRuleAndAParentNeedsChildren() {
        assertRubricRefused(root -> ((ObjectNode) item(root, "8").withArray("children").get(0)).remove("derivation"),
                "mục 8a");
        assertRubricRefused(root -> item(root, "1").put("scoring", "SUM"), "mục 1");
        assertRubricRefused(root -> item(root, "1").put("scoring", "GUESS"), "mục 1", "scoring");
    }

    @Test
    void unknownFieldsAndBadJsonAreRefused() {
        assertRubricRefused(root -> root.put("surprise", 1), "broken.json", "surprise", "không có trong định dạng");
        // a misspelt field deep inside is named with where it is
        assertRubricRefused(root -> ((ObjectNode) item(root, "4").withArray("children").get(1)).put("maxx", 1),
                "items[3].children[1].maxx");
        assertRubricRefused(root -> ((ObjectNode) item(root, "1").get("title")).put("fr", "x"), "items[0].title.fr");
        assertThatThrownBy(() -> RulesLoader.rubric(stream("{ not json"), "bad.json"))
                .isInstanceOf(DomainException.class).hasMessageContaining("bad.json")
                .hasMessageContaining("JSON");
        assertRubricRefused(root -> root.put("format", "antq-rubric/9"), "antq-rubric/9");
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedSayingWhatItMustBe() {
        assertRubricRefused(root -> item(root, "1").put("max", "2"), "broken.json", "items[0].max", "một số nguyên");
        assertRubricRefused(root -> item(root, "1").put("max", 2.5), "items[0].max", "một số nguyên");
        assertRubricRefused(root -> item(root, "1").put("code", 1), "items[0].code", "một chuỗi chữ");
        assertRubricRefused(root -> item(root, "1").put("title", "Mục 1"), "items[0].title", "một đối tượng (…)");
        assertRubricRefused(root -> root.put("items", "none"), "items", "một danh sách [ … ]");
        assertRubricRefused(root -> root.withArray("appliesTo").add(3), "appliesTo[", "một chuỗi chữ");
        assertThatThrownBy(() -> RulesLoader.rubric(stream("[1, 2]"), "list.json"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("rules.invalid.type");
                    assertThat(e.message(vn.antq.i18n.Messages.english()))
                            .isEqualTo("File list.json: the field (root) must be an object (…).");
                });
        assertThatThrownBy(() -> RulesLoader.rubric(stream(""), "empty.json"))
                .isInstanceOf(DomainException.class).hasMessageContaining("empty.json");
        // a key twice in one object is refused, not silently the last one
        assertThatThrownBy(() -> RulesLoader.rubric(stream("{\"format\":\"antq-rubric/1\",\"format\":\"x\"}"), "dup.json"))
                .isInstanceOf(DomainException.class).hasMessageContaining("dup.json").hasMessageContaining("format");
    }

    // --- broken profiles -------------------------------------------------------------------------

    @Test
    void aProvincialProfileLoads() {
        ClassificationProfile p = RulesLoader.profile(stream(profile(95, 80, 60, 0)), "tinh.json",
                RulesLoader.defaultRubric());
        assertThat(p.classify(94).code()).isEqualTo(Classification.KHA);
        assertThat(p.classify(95).code()).isEqualTo(Classification.XUAT_SAC);
        assertThat(p.classify(59).code()).isEqualTo(Classification.YEU);
    }

    @Test
    void thresholdsMustBeStrictlyOrdered() {
        assertProfileRefused(profile(90, 90, 50, 0), "giảm dần");
        assertProfileRefused(profile(70, 90, 50, 0), "giảm dần");
        assertProfileRefused(profile(90, 70, 50, 10), "Yếu phải bắt đầu từ 0");
        assertProfileRefused(profile(101, 70, 50, 0), "ngoài khoảng 0–100");
        assertProfileRefused(profile(90, 70, -5, 0), "ngoài khoảng");
    }

    @Test
    void everyLevelOnceAndNothingElse() {
        String missing = "{\"format\":\"antq-profile/1\",\"id\":\"x\",\"name\":{\"vi\":\"X\"},\"levels\":["
                + "{\"code\":\"XUAT_SAC\",\"min\":90,\"label\":{\"vi\":\"Xuất sắc\"}},"
                + "{\"code\":\"YEU\",\"min\":0,\"label\":{\"vi\":\"Yếu\"}}]}";
        assertProfileRefused(missing, "đủ bốn mức");
        assertProfileRefused(profile(90, 70, 50, 0).replace("\"KHA\"", "\"TOT\""), "TOT");
        assertProfileRefused(profile(90, 70, 50, 0).replace("\"rubric\":\"qd510-2022-agency\"",
                "\"rubric\":\"other\""), "other");
    }

    static String profile(int xs, int kha, int tb, int yeu) {
        return "{\"format\":\"antq-profile/1\",\"id\":\"tinh-x\",\"name\":{\"vi\":\"Ngưỡng của tỉnh\"},"
                + "\"rubric\":\"qd510-2022-agency\",\"levels\":["
                + "{\"code\":\"XUAT_SAC\",\"min\":" + xs + ",\"label\":{\"vi\":\"Xuất sắc\"}},"
                + "{\"code\":\"KHA\",\"min\":" + kha + ",\"label\":{\"vi\":\"Khá\"}},"
                + "{\"code\":\"TRUNG_BINH\",\"min\":" + tb + ",\"label\":{\"vi\":\"Trung bình\"}},"
                + "{\"code\":\"YEU\",\"min\":" + yeu + ",\"label\":{\"vi\":\"Yếu\"}}]}";
    }

    static void assertProfileRefused(String json, String fragment) {
        assertThatThrownBy(() -> RulesLoader.profile(stream(json), "p.json", RulesLoader.defaultRubric()))
                .isInstanceOf(DomainException.class).hasMessageContaining(fragment);
    }

    static void assertRubricRefused(Consumer<ObjectNode> breakIt, String... fragments) {
        ObjectNode root;
        try (InputStream in = RulesLoader.class.getResourceAsStream(RulesLoader.DEFAULT_RUBRIC)) {
            root = (ObjectNode) JSON.readTree(in);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        breakIt.accept(root);
        var a = assertThatThrownBy(() -> RulesLoader.rubric(stream(root.toString()), "broken.json"))
                .isInstanceOf(DomainException.class);
        for (String f : fragments) {
            a.hasMessageContaining(f);
        }
    }

    static ObjectNode item(ObjectNode root, String code) {
        for (JsonNode n : (ArrayNode) root.get("items")) {
            if (n.get("code").asText().equals(code)) {
                return (ObjectNode) n;
            }
        }
        throw new AssertionError("no item " + code);
    }

    static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
