package vn.antq.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.checklist.ChecklistEventType;
import vn.antq.i18n.Messages;

class ChecklistLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Checklist checklist = ChecklistLoader.defaultChecklist();

    @Test
    void loadsTheShippedFile() {
        assertThat(checklist.id()).isEqualTo("tt124-2021");
        assertThat(checklist.version()).contains("124/2021/TT-BCA").contains("48/2025/TT-BCA");
        assertThat(checklist.sections()).hasSize(2);
        assertThat(checklist.section(UnitType.CO_QUAN)).isSameAs(checklist.section(UnitType.DOANH_NGHIEP));
        assertThat(checklist.section(UnitType.CO_QUAN).article()).isEqualTo("Điều 6");
        assertThat(checklist.section(UnitType.CO_SO_GIAO_DUC).article()).isEqualTo("Điều 7");
    }

    @ParameterizedTest
    @CsvSource({"CO_QUAN, 5, 8", "DOANH_NGHIEP, 5, 8", "CO_SO_GIAO_DUC, 6, 6"})
    void countsOfCriteriaAndEvents(UnitType type, int criteria, int events) {
        assertThat(checklist.criteria(type)).hasSize(criteria);
        assertThat(checklist.events(type)).hasSize(events);
        assertThat(checklist.criteria(type)).filteredOn(ChecklistCriterion::derivedFromEvents).hasSize(1);
        assertThat(checklist.criteria(type).get(2).derivedFromEvents()).isTrue();
    }

    @Test
    void agencyEventsArePointsAToH() {
        assertThat(checklist.events(UnitType.CO_QUAN)).extracting(ChecklistEventType::code)
                .containsExactly("D6.3a", "D6.3b", "D6.3c", "D6.3d", "D6.3dd", "D6.3e", "D6.3g", "D6.3h");
        assertThat(checklist.events(UnitType.CO_QUAN)).extracting(ChecklistEventType::point)
                .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h");
    }

    @Test
    void schoolEventsArePointsABCDdEG() {
        // Điều 7.3: "điểm a, b, c, đ, e và g khoản 3 Điều 6" — no strike (d), no sanctioned staff (h)
        assertThat(checklist.events(UnitType.CO_SO_GIAO_DUC)).extracting(ChecklistEventType::code)
                .containsExactly("D6.3a", "D6.3b", "D6.3c", "D6.3dd", "D6.3e", "D6.3g");
        assertThat(checklist.criterion(UnitType.CO_SO_GIAO_DUC, "D7.3").orElseThrow().text().vi()).isEqualTo(
                "Không để xảy ra một trong các trường hợp quy định tại điểm a, b, c, đ, e và g khoản 3 Điều 6 Thông tư này.");
    }

    @Test
    void onlyPointsDdAndGAllowAnExcuse() {
        assertThat(checklist.events(UnitType.CO_QUAN)).filteredOn(ChecklistEventType::excusable)
                .extracting(ChecklistEventType::code).containsExactly("D6.3dd", "D6.3g");
        assertThat(checklist.eventType(UnitType.CO_QUAN, "D6.3g").orElseThrow().text().vi())
                .endsWith("(trừ trường hợp bất khả kháng)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        CO_QUAN        | D6.2  | Triển khai, thực hiện đầy đủ các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, quy chế, chương trình, kế hoạch phối hợp với lực lượng Công an (nếu có) và các quy định của địa phương về công tác bảo đảm an ninh, trật tự.
        CO_QUAN        | D6.3  | Không để xảy ra một trong các trường hợp sau:
        DOANH_NGHIEP   | D6.4  | Lực lượng bảo vệ cơ quan, doanh nghiệp đạt danh hiệu “Tập thể lao động tiên tiến” hoặc được đánh giá “Hoàn thành tốt nhiệm vụ” trở lên (đối với những nơi đủ điều kiện bình xét danh hiệu thi đua), không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.
        DOANH_NGHIEP   | D6.5  | 70% trở lên số đầu mối trực thuộc (phòng, ban, tổ, đội) đạt danh hiệu “Tập thể lao động tiên tiến” hoặc được đánh giá “Hoàn thành tốt nhiệm vụ” trở lên (đối với những nơi đủ điều kiện bình xét danh hiệu thi đua), không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.
        CO_QUAN        | D6.1a | Quý I hằng năm, tổ chức Đảng có nghị quyết chuyên đề riêng hoặc lồng ghép công tác bảo đảm an ninh, trật tự trong nghị quyết lãnh đạo, chỉ đạo hằng năm (đối với nơi có tổ chức Đảng)
        CO_SO_GIAO_DUC | D7.4  | Không để xảy ra bạo lực học đường, cán bộ, công nhân viên, người lao động, người dạy, người học phạm tội hoặc mắc tệ nạn xã hội bị xử lý kỷ luật từ hình thức cảnh cáo trở lên.
        CO_SO_GIAO_DUC | D7.5  | Lực lượng bảo vệ cơ sở giáo dục (nếu có) đạt danh hiệu “Tập thể lao động tiên tiến” hoặc được đánh giá “Hoàn thành tốt nhiệm vụ” trở lên (đối với những nơi đủ điều kiện bình xét danh hiệu thi đua), không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.
        CO_SO_GIAO_DUC | D7.6  | 70% trở lên số đầu mối trực thuộc (khoa, phòng, ban, tổ chuyên môn) đạt danh hiệu “Tập thể lao động tiên tiến” hoặc được đánh giá “Hoàn thành tốt nhiệm vụ” trở lên (đối với những nơi đủ điều kiện bình xét danh hiệu thi đua), không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.
        CO_SO_GIAO_DUC | D7.1d | có nội quy, quy định bảo vệ cơ sở giáo dục, bảo vệ chính trị nội bộ, quản lý giáo dục người học, phòng, chống cháy nổ phù hợp với tình hình thực tiễn
        """)
    void criterionWordingIsExact(UnitType type, String code, String text) {
        assertThat(checklist.criterion(type, code).orElseThrow().text().vi()).isEqualTo(text);
    }

    @Test
    void criterionOneKeepsTheOfficialTextAndItsPartsAreFragmentsOfIt() {
        ChecklistCriterion d61 = checklist.criterion(UnitType.CO_QUAN, "D6.1").orElseThrow();
        assertThat(d61.text().vi()).startsWith("Quý I hằng năm, tổ chức Đảng có nghị quyết chuyên đề riêng")
                .contains("bảo vệ bí mật Nhà nước, bảo vệ chính trị nội bộ, an toàn lao động, phòng, chống cháy nổ, "
                        + "bảo vệ môi trường phù hợp với tình hình thực tiễn và quy định của pháp luật; 100% cán bộ, "
                        + "công chức, viên chức, người lao động được phổ biến quán triệt")
                .endsWith("có ít nhất 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc hoạt động hiệu quả.");
        for (UnitType type : UnitType.values()) {
            ChecklistCriterion first = checklist.criteria(type).get(0);
            assertThat(first.parts()).hasSize(6);
            for (ChecklistCriterion part : first.parts()) {
                assertThat(first.text().vi()).contains(part.text().vi());
            }
            assertThat(first.parts()).filteredOn(ChecklistCriterion::requiresPartyOrganisation)
                    .extracting(ChecklistCriterion::code).containsExactly(first.code() + "a");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        D6.3a  | Tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật
        D6.3d  | Đình công, lãn công trái pháp luật
        D6.3dd | Tội phạm nghiêm trọng trở lên (trừ trường hợp bất khả kháng) hoặc nếu có, kịp thời phát hiện, sử dụng đồng bộ các biện pháp giảm thiểu hậu quả và báo cáo ngay cấp có thẩm quyền để xử lý
        D6.3e  | Vi phạm các quy định về bảo vệ bí mật Nhà nước
        D6.3h  | Cán bộ, công chức, viên chức, người lao động bị xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự hoặc mắc tệ nạn xã hội bị xử lý kỷ luật từ hình thức cảnh cáo trở lên
        """)
    void eventWordingIsExact(String code, String text) {
        assertThat(checklist.eventType(UnitType.CO_QUAN, code).orElseThrow().text().vi()).isEqualTo(text);
    }

    @Test
    void flagsFollowTheText() {
        assertThat(checklist.criterion(UnitType.CO_SO_GIAO_DUC, "D7.5").orElseThrow().optionalWhenNoProtectionForce())
                .isTrue();
        assertThat(checklist.criterion(UnitType.CO_QUAN, "D6.4").orElseThrow().optionalWhenNoProtectionForce())
                .as("Điều 6.4 has no (nếu có)").isFalse();
    }

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void everyEntryHasEnglishAndAShortLabel(UnitType type) {
        for (ChecklistCriterion c : checklist.criteria(type)) {
            Stream.concat(Stream.of(c), c.parts().stream()).forEach(x -> {
                assertThat(x.text().en()).as(x.code()).isNotBlank();
                assertThat(x.label().vi().length()).as(x.code()).isLessThanOrEqualTo(80);
                assertThat(x.label().en()).as(x.code()).isNotBlank();
            });
        }
        for (ChecklistEventType e : checklist.events(type)) {
            assertThat(e.text().en()).as(e.code()).isNotBlank();
            assertThat(e.label().vi().length()).as(e.code()).isLessThanOrEqualTo(80);
        }
    }

    // --- broken files ------------------------------------------------------------------------

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("duplicate criterion code", "checklist.invalid.duplicate", "D6.1a",
                        root -> crit(root, 0, 1).put("code", "D6.1a")),
                broken("duplicate event code", "checklist.invalid.duplicate", "D6.3a",
                        root -> ((ObjectNode) root.get("events").get(1)).put("code", "D6.3a")),
                broken("criterion code equal to an event code", "checklist.invalid.duplicate", "D6.3h",
                        root -> crit(root, 0, 4).put("code", "D6.3h")),
                broken("missing criterion text", "checklist.invalid.text", "D6.4",
                        root -> crit(root, 0, 3).remove("text")),
                broken("blank Vietnamese text", "checklist.invalid.text", "D7.2",
                        root -> ((ObjectNode) crit(root, 1, 1).get("text")).put("vi", " ")),
                broken("missing event text", "checklist.invalid.text", "D6.3e",
                        root -> ((ObjectNode) root.get("events").get(5)).remove("text")),
                broken("unknown unit type", "rules.invalid.unitType", "TRUONG_HOC",
                        root -> ((ArrayNode) root.get("lists").get(1).get("unitTypes")).set(0, "TRUONG_HOC")),
                broken("unit type without a list", "checklist.invalid.unitTypeMissing", "DOANH_NGHIEP",
                        root -> ((ArrayNode) root.get("lists").get(0).get("unitTypes")).remove(1)),
                broken("unit type in two lists", "checklist.invalid.unitTypeTwice", "CO_QUAN",
                        root -> ((ArrayNode) root.get("lists").get(1).get("unitTypes")).add("CO_QUAN")),
                broken("list refers to an undefined event", "checklist.invalid.eventRef", "D6.3z",
                        root -> ((ArrayNode) root.get("lists").get(1).get("events")).add("D6.3z")),
                broken("label too long", "checklist.invalid.label", "D6.5",
                        root -> ((ObjectNode) crit(root, 0, 4).get("label")).put("vi", "x".repeat(81))),
                broken("missing label", "checklist.invalid.label", "D7.6",
                        root -> crit(root, 1, 5).remove("label")),
                broken("no events criterion", "checklist.invalid.derived", "Điều 7",
                        root -> crit(root, 1, 2).put("derivedFromEvents", false)),
                broken("wrong format", "rules.invalid.format", "antq-checklist/9",
                        root -> ((ObjectNode) root).put("format", "antq-checklist/9")),
                broken("unknown field", "rules.invalid.unknownField", "lists[0].criteria[0].colour",
                        root -> crit(root, 0, 0).put("colour", "red")),
                broken("missing id", "rules.invalid.missing", "id", root -> ((ObjectNode) root).remove("id")));
    }

    private static Arguments broken(String name, String key, String named, Consumer<JsonNode> change) {
        return Arguments.of(name, key, named, change);
    }

    private static ObjectNode crit(JsonNode root, int list, int index) {
        return (ObjectNode) root.get("lists").get(list).get("criteria").get(index);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFilesAreRefusedNamingTheFault(String name, String key, String named, Consumer<JsonNode> change)
            throws IOException {
        JsonNode root = shipped();
        change.accept(root);
        byte[] bytes = JSON.writeValueAsBytes(root);
        assertThatThrownBy(() -> ChecklistLoader.load(new ByteArrayInputStream(bytes), "broken.json"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.getMessage()).contains(named).doesNotContain("{");
                    assertThat(e.message(Messages.english())).contains(named);
                    if (key.startsWith("checklist.invalid.")) {
                        assertThat(e.getMessage()).contains("broken.json");
                    }
                });
    }

    @Test
    void notJsonIsRefused() {
        byte[] bytes = "{ \"format\": ".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ChecklistLoader.load(new ByteArrayInputStream(bytes), "cut.json"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("json.error.truncated");
                    assertThat(e.getMessage()).startsWith("Tệp cut.json không đúng định dạng JSON");
                });
    }

    @Test
    void loadsFromAFileAndRefusesAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tt124.json");
        Files.write(file, JSON.writeValueAsBytes(shipped()));
        assertThat(ChecklistLoader.load(file).criteria(UnitType.CO_SO_GIAO_DUC)).hasSize(6);
        assertThatThrownBy(() -> ChecklistLoader.load(dir.resolve("none.json")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("rules.invalid.read"));
    }

    @Test
    void checklistMessagesExistInBothLanguages() {
        List<String> vi = Messages.vietnamese().keys().stream().filter(k -> k.startsWith("checklist.")).toList();
        List<String> en = Messages.english().keys().stream().filter(k -> k.startsWith("checklist.")).toList();
        assertThat(vi).isNotEmpty().isEqualTo(en);
    }

    private static JsonNode shipped() throws IOException {
        try (InputStream in = ChecklistLoader.class.getResourceAsStream(ChecklistLoader.DEFAULT_CHECKLIST)) {
            return JSON.readTree(in);
        }
    }
}
