package vn.antq.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.domain.DomainException;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.i18n.Messages;
import vn.antq.rules.RulesLoader;

class ScoringEngineTest {
    static final Rubric RUBRIC = RulesLoader.defaultRubric();
    static final ClassificationProfile PROFILE = RulesLoader.defaultProfile(RUBRIC);
    static final ScoringEngine ENGINE = new ScoringEngine(RUBRIC);
    static final ScoringFacts ALL_FACTS = new ScoringFacts(true, 12, 12, true, 1, 1);

    /** Every manual item at its maximum. */
    static Map<String, Integer> fullManual() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (RubricItem item : RUBRIC.manualItems()) {
            m.put(item.code(), item.max());
        }
        return m;
    }

    static Stream<String> manualCodes() {
        return RUBRIC.manualItems().stream().map(RubricItem::code);
    }

    @Test
    void theRubricHasEveryItemOfDecision510WithItsMaximum() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        String[] codes = {"1", "2", "3", "4", "4a", "4b", "4c", "4d", "5", "5a", "5b", "5c", "5d", "5dd", "5e", "5g",
            "6", "6a", "6b", "7", "8", "8a", "8b", "8c", "9"};
        int[] max = {3, 3, 5, 5, 1, 1, 1, 2, 14, 2, 2, 2, 2, 2, 2, 2, 4, 2, 2, 10, 53, 1, 2, 50, 3};
        for (int i = 0; i < codes.length; i++) {
            expected.put(codes[i], max[i]);
        }
        Map<String, Integer> actual = new LinkedHashMap<>();
        RUBRIC.allItems().forEach(i -> actual.put(i.code(), i.max()));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(RUBRIC.total()).isEqualTo(100);
        assertThat(RUBRIC.item("5dd").orElseThrow().label()).isEqualTo("5đ");
        assertThat(RUBRIC.manualItems()).extracting(RubricItem::code)
                .containsExactly("1", "2", "3", "4a", "4b", "4c", "4d", "5a", "5b", "5c", "5d", "5dd", "5e", "5g",
                        "6a", "6b", "7");
    }

    @Test
    void everythingAtMaximumScores100AndXuatSac() {
        ScoreResult r = ENGINE.score(fullManual(), ALL_FACTS, PROFILE);
        assertThat(r.total()).isEqualTo(100);
        assertThat(r.max()).isEqualTo(100);
        assertThat(r.classification()).isEqualTo(Classification.XUAT_SAC);
        assertThat(r.points("4")).isEqualTo(5);
        assertThat(r.points("5")).isEqualTo(14);
        assertThat(r.points("6")).isEqualTo(4);
        assertThat(r.points("8")).isEqualTo(53);
        assertThat(r.unscored()).isEmpty();
        assertThat(r.points()).hasSize(RUBRIC.allItems().size());
    }

    @ParameterizedTest(name = "item {0} at 0")
    @MethodSource("manualCodes")
    void eachManualItemAtZeroLosesExactlyItsMaximum(String code) {
        Map<String, Integer> m = fullManual();
        int max = m.get(code);
        m.put(code, 0);
        ScoreResult r = ENGINE.score(m, ALL_FACTS, PROFILE);
        assertThat(r.points(code)).isZero();
        assertThat(r.total()).isEqualTo(100 - max);
        assertThat(r.unscored()).isEmpty();
        RUBRIC.parentOf(code).ifPresent(parent ->
                assertThat(r.points(parent)).isEqualTo(RUBRIC.item(parent).orElseThrow().max() - max));
    }

    @ParameterizedTest(name = "item {0} at its maximum alone")
    @MethodSource("manualCodes")
    void eachManualItemAtItsMaximumAloneScoresItsMaximum(String code) {
        int max = RUBRIC.item(code).orElseThrow().max();
        ScoreResult r = ENGINE.score(Map.of(code, max), ScoringFacts.NONE, PROFILE);
        assertThat(r.points(code)).isEqualTo(max);
        assertThat(r.total()).isEqualTo(max);
        assertThat(r.unscored()).hasSize(RUBRIC.manualItems().size() - 1).doesNotContain(code);
    }

    @ParameterizedTest(name = "item {0} above its maximum is refused")
    @MethodSource("manualCodes")
    void eachManualItemAboveItsMaximumIsRefusedNamingIt(String code) {
        int max = RUBRIC.item(code).orElseThrow().max();
        assertThatThrownBy(() -> ENGINE.score(Map.of(code, max + 1), ALL_FACTS, PROFILE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Mục " + code)
                .hasMessageContaining("vượt quá điểm tối đa " + max);
    }

    @Test
    void absentItemsCountZeroAndAreListedAsUnscored() {
        Map<String, Integer> m = fullManual();
        m.remove("3");
        m.remove("5dd");
        ScoreResult r = ENGINE.score(m, ALL_FACTS, PROFILE);
        assertThat(r.total()).isEqualTo(93);
        assertThat(r.unscored()).containsExactly("3", "5dd");
        List<String> text = r.reasons().stream().map(x -> x.text(Messages.vietnamese())).toList();
        assertThat(text).anyMatch(t -> t.contains("chưa chấm") && t.contains("3, 5đ"));
    }

    // --- derived items -----------------------------------------------------------------------

    @Test
    void item8aComesFromRegistration() {
        assertThat(ENGINE.score(fullManual(), new ScoringFacts(true, 1, 1, true, 0, 0), PROFILE).points("8a"))
                .isEqualTo(1);
        ScoreResult r = ENGINE.score(fullManual(), new ScoringFacts(false, 1, 1, true, 0, 0), PROFILE);
        assertThat(r.points("8a")).isZero();
        assertThat(texts(r)).anyMatch(t -> t.startsWith("Mục 8a") && t.contains("chưa đăng ký"));
    }

    @ParameterizedTest(name = "{1} of {0} departments → 8b = {2}")
    @CsvSource({"100,100,2", "100,99,0", "12,12,2", "12,11,0", "1,1,2", "1,0,0", "0,0,0"})
    void item8bNeedsEveryDepartment(int departments, int registered, int expected) {
        ScoreResult r = ENGINE.score(fullManual(), new ScoringFacts(true, departments, registered, true, 0, 0),
                PROFILE);
        assertThat(r.points("8b")).isEqualTo(expected);
    }

    @Test
    void item8bAt99PercentExplainsWhatIsMissing() {
        ScoreResult r = ENGINE.score(fullManual(), new ScoringFacts(true, 100, 99, true, 0, 0), PROFILE);
        assertThat(texts(r)).anyMatch(t -> t.startsWith("Mục 8b") && t.contains("99/100") && t.contains("99%")
                && t.contains("100%"));
    }

    @Test
    void item8bWithNoDepartmentsTellsToRecordThem() {
        ScoreResult r = ENGINE.score(fullManual(), new ScoringFacts(true, 0, 0, true, 0, 0), PROFILE);
        assertThat(r.points("8b")).isZero();
        assertThat(texts(r)).anyMatch(t -> t.startsWith("Mục 8b") && t.contains("hãy nhập danh sách phòng"));
    }

    @Test
    void item8cComesFromTheAnttStandardAndCapsTheTotalAt50() {
        ScoreResult r = ENGINE.score(fullManual(), new ScoringFacts(true, 12, 12, false, 1, 1), PROFILE);
        assertThat(r.points("8c")).isZero();
        assertThat(r.points("8")).isEqualTo(3);
        assertThat(r.total()).isEqualTo(50);
        assertThat(r.classification()).isEqualTo(Classification.TRUNG_BINH);
        assertThat(texts(r)).anyMatch(t -> t.startsWith("Mục 8c") && t.contains("tối đa còn 50"));
    }

    @ParameterizedTest(name = "{0} collective, {1} individual → {2}")
    @CsvSource({
        "0,0,0", "1,0,2", "2,0,3", "3,0,3", "5,0,3",
        "0,1,1", "0,2,2", "0,3,3", "0,5,3",
        "1,1,3", "1,2,3", "5,5,3"})
    void item9CountsCommendationsCappedAt3(int collective, int individual, int expected) {
        ScoreResult r = ENGINE.score(fullManual(), new ScoringFacts(true, 1, 1, true, collective, individual),
                PROFILE);
        assertThat(r.points("9")).isEqualTo(expected);
        assertThat(r.total()).isEqualTo(97 + expected);
    }

    @Test
    void cappedCommendationsSayTheyWereCapped() {
        ScoreResult r = ENGINE.score(fullManual(), new ScoringFacts(true, 1, 1, true, 5, 0), PROFILE);
        assertThat(texts(r)).anyMatch(t -> t.startsWith("Mục 9") && t.contains("= 10") && t.contains("tối đa 3"));
    }

    // --- thresholds -----------------------------------------------------------------------------

    @ParameterizedTest(name = "total {0} → {1}")
    @CsvSource({"100,XUAT_SAC", "90,XUAT_SAC", "89,KHA", "70,KHA", "69,TRUNG_BINH", "50,TRUNG_BINH",
        "49,YEU", "0,YEU", "1,YEU", "99,XUAT_SAC", "98,XUAT_SAC", "97,XUAT_SAC", "51,TRUNG_BINH"})
    void eachThresholdAtAndJustBelow(int total, Classification expected) {
        int manual = total >= 50 ? Math.min(total - 50, 44) : Math.min(total, 44);
        int rest = total >= 50 ? total - 50 - manual : total - manual;
        int individual = Math.min(rest, 3);
        int left = rest - individual;
        ScoringFacts facts = new ScoringFacts(left == 1 || left == 3, 4, left >= 2 ? 4 : 0, total >= 50, 0,
                individual);
        ScoreResult r = ENGINE.score(manualSumming(manual), facts, PROFILE);
        assertThat(r.total()).isEqualTo(total);
        assertThat(r.classification()).isEqualTo(expected);
    }

    @Test
    void reasonsSayWhichThresholdDecidedAndWhatIsMissingForTheNextLevel() {
        ScoreResult r = ENGINE.score(manualSumming(44), new ScoringFacts(false, 0, 0, false, 3, 0), PROFILE);
        assertThat(r.classification()).isEqualTo(Classification.YEU);
        List<String> t = texts(r);
        assertThat(t.get(0)).contains("47/100").contains("Yếu");
        assertThat(t.get(1)).contains("Còn thiếu 3 điểm").contains("Trung bình");
        assertThat(t).anyMatch(x -> x.contains("điều chỉnh theo hướng dẫn của Công an tỉnh"));
        ScoreResult atKha = ENGINE.score(manualSumming(44), new ScoringFacts(true, 2, 2, false, 5, 0), PROFILE);
        assertThat(atKha.total()).isEqualTo(50);
        assertThat(texts(atKha).get(1)).contains("Còn thiếu 20 điểm").contains("Khá");
        assertThat(ENGINE.score(fullManual(), ALL_FACTS, PROFILE).reasons())
                .noneMatch(x -> x.key().equals("score.reason.next"));
    }

    @Test
    void reasonsRenderInEnglishToo() {
        ScoreResult r = ENGINE.score(manualSumming(44), ScoringFacts.NONE, PROFILE);
        assertThat(r.reasons().get(0).text(Messages.english())).contains("44/100").contains("Weak");
    }

    /** Manual points that add up to {@code total} (at most 44, the manual items' sum). */
    static Map<String, Integer> manualSumming(int total) {
        Map<String, Integer> m = new HashMap<>();
        int left = total;
        if (total > 44) {
            throw new IllegalArgumentException("the manual items add up to 44 at most");
        }
        for (RubricItem item : RUBRIC.manualItems()) {
            int v = Math.min(item.max(), left);
            m.put(item.code(), v);
            left -= v;
        }
        return m;
    }

    // --- rejections -----------------------------------------------------------------------------

    @Test
    void rejectsEveryKindOfBadValueNamingTheItem() {
        assertRejected(Map.of("1", -1), "Mục 1", "nhỏ hơn 0");
        assertRejected(Map.of("2", new BigDecimal("2.5")), "Mục 2", "không phải số nguyên");
        assertRejected(Map.of("2", 1.5d), "Mục 2", "không phải số nguyên");
        assertRejected(Map.of("10", 1), "Mục 10", "không có trong bảng tiêu chí");
        assertRejected(Map.of("4", 5), "Mục 4", "tổng của các mục con");
        assertRejected(Map.of("5", 1), "Mục 5", "tổng của các mục con");
        assertRejected(Map.of("6", 1), "Mục 6", "tổng của các mục con");
        assertRejected(Map.of("8", 1), "Mục 8", "tổng của các mục con");
        assertRejected(Map.of("8a", 1), "Mục 8a", "tính tự động");
        assertRejected(Map.of("8b", 2), "Mục 8b", "tính tự động");
        assertRejected(Map.of("8c", 50), "Mục 8c", "tính tự động");
        assertRejected(Map.of("9", 3), "Mục 9", "tính tự động");
        assertRejected(Map.of("7", 11), "Mục 7", "vượt quá điểm tối đa 10");
    }

    @Test
    void aWholeNumberWrittenWithDecimalsIsAccepted() {
        assertThat(ENGINE.checkManualValue("3", new BigDecimal("5.0"))).isEqualTo(5);
    }

    @Test
    void factsRefuseImpossibleValues() {
        assertThatThrownBy(() -> new ScoringFacts(true, 3, 4, true, 0, 0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("(4)").hasMessageContaining("(3)");
        assertThatThrownBy(() -> new ScoringFacts(true, -1, 0, true, 0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ScoringFacts(true, 1, 1, true, -1, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ScoringFacts(true, 1, 1, true, 0, -2)).isInstanceOf(DomainException.class);
    }

    static void assertRejected(Map<String, ? extends Number> values, String... fragments) {
        var assertion = assertThatThrownBy(() -> ENGINE.score(values, ALL_FACTS, PROFILE))
                .isInstanceOf(DomainException.class);
        for (String f : fragments) {
            assertion.hasMessageContaining(f);
        }
    }

    static List<String> texts(ScoreResult r) {
        return r.reasons().stream().map(x -> x.text(Messages.vietnamese())).toList();
    }
}
