package vn.antq.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.antq.domain.DomainException;
import vn.antq.domain.Localized;
import vn.antq.domain.UnitType;
import vn.antq.domain.scoring.Reason;
import vn.antq.i18n.Messages;
import vn.antq.rules.ChecklistLoader;

class ChecklistTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final Checklist checklist = ChecklistLoader.defaultChecklist();

    /** "Đạt" for every criterion the clerk answers (with or without a Party organisation). */
    private List<ChecklistAnswer> allMet(UnitType type, boolean party) {
        return checklist.answerable(type, party, true).stream()
                .map(c -> new ChecklistAnswer(c.code(), true, "Có hồ sơ"))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<ChecklistAnswer> replace(List<ChecklistAnswer> answers, String code, Boolean met) {
        List<ChecklistAnswer> out = new ArrayList<>();
        for (ChecklistAnswer a : answers) {
            out.add(a.criterionCode().equals(code) ? new ChecklistAnswer(code, met, "Chưa có kế hoạch") : a);
        }
        return out;
    }

    private static String text(ChecklistResult r, Messages m) {
        return r.reasons().stream().map(x -> x.text(m)).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void allMetIsAchieved(UnitType type) {
        ChecklistResult r = checklist.evaluate(type, true, allMet(type, true), List.of());
        assertThat(r.achieved()).isTrue();
        assertThat(r.unanswered()).isEmpty();
        assertThat(r.unmet()).isEmpty();
        assertThat(r.disqualifyingEvents()).isEmpty();
        assertThat(r.statuses().values()).containsOnly(CriterionStatus.MET);
        assertThat(r.reasons().get(0).key()).isEqualTo("checklist.reason.achieved");
        String article = type == UnitType.CO_SO_GIAO_DUC ? "Điều 7" : "Điều 6";
        assertThat(r.reasons().get(0).text(Messages.vietnamese()))
                .startsWith("Đạt tiêu chuẩn “An toàn về an ninh, trật tự”").contains(article);
    }

    @Test
    void answerableListReplacesCriterionOneByItsPartsAndLeavesOutTheEventsCriterion() {
        assertThat(checklist.answerable(UnitType.CO_QUAN, true, true)).extracting(ChecklistCriterion::code)
                .containsExactly("D6.1a", "D6.1b", "D6.1c", "D6.1d", "D6.1e", "D6.1f", "D6.2", "D6.4", "D6.5");
        assertThat(checklist.answerable(UnitType.CO_SO_GIAO_DUC, false, false)).extracting(ChecklistCriterion::code)
                .containsExactly("D7.1b", "D7.1c", "D7.1d", "D7.1e", "D7.1f", "D7.2", "D7.4", "D7.6");
    }

    @ParameterizedTest
    @CsvSource({"CO_QUAN, D6.1b", "CO_QUAN, D6.4", "DOANH_NGHIEP, D6.5", "CO_SO_GIAO_DUC, D7.4",
        "CO_SO_GIAO_DUC, D7.1f"})
    void oneUnmetIsNotAchieved(UnitType type, String code) {
        ChecklistResult r = checklist.evaluate(type, true, replace(allMet(type, true), code, false), List.of());
        assertThat(r.achieved()).isFalse();
        assertThat(r.unmet()).containsExactly(code);
        assertThat(r.unanswered()).isEmpty();
        assertThat(r.status(code)).isEqualTo(CriterionStatus.UNMET);
        assertThat(r.reasons()).extracting(Reason::key).contains("checklist.reason.notAchieved", "checklist.reason.unmet");
        assertThat(text(r, Messages.vietnamese())).contains("Tiêu chí " + code).contains("chưa đạt — Chưa có kế hoạch");
    }

    @Test
    void anUnmetPartMakesItsCriterionUnmet() {
        ChecklistResult r = checklist.evaluate(UnitType.CO_QUAN, true,
                replace(allMet(UnitType.CO_QUAN, true), "D6.1e", false), List.of());
        assertThat(r.status("D6.1")).isEqualTo(CriterionStatus.UNMET);
        assertThat(r.status("D6.1a")).isEqualTo(CriterionStatus.MET);
        assertThat(r.statuses().keySet()).startsWith("D6.1", "D6.1a", "D6.1b");
    }

    @ParameterizedTest
    @CsvSource({"CO_QUAN, D6.2", "CO_SO_GIAO_DUC, D7.6", "CO_QUAN, D6.1a"})
    void oneUnansweredIsNotAchievedAndListed(UnitType type, String code) {
        List<ChecklistAnswer> answers = allMet(type, true);
        answers.removeIf(a -> a.criterionCode().equals(code));
        ChecklistResult r = checklist.evaluate(type, true, answers, List.of());
        assertThat(r.achieved()).isFalse();
        assertThat(r.unanswered()).containsExactly(code);
        assertThat(r.unmet()).isEmpty();
        assertThat(r.status(code)).isEqualTo(CriterionStatus.UNANSWERED);
        assertThat(text(r, Messages.vietnamese())).contains("Tiêu chí " + code).contains("chưa trả lời");
    }

    @Test
    void anAnswerWithoutAValueCountsAsUnanswered() {
        ChecklistResult r = checklist.evaluate(UnitType.CO_QUAN, true,
                replace(allMet(UnitType.CO_QUAN, true), "D6.4", null), List.of());
        assertThat(r.achieved()).isFalse();
        assertThat(r.unanswered()).containsExactly("D6.4");
    }

    @ParameterizedTest
    @CsvSource({"CO_QUAN, D6.3a, D6.3", "DOANH_NGHIEP, D6.3d, D6.3", "CO_QUAN, D6.3h, D6.3",
        "CO_SO_GIAO_DUC, D6.3e, D7.3", "CO_SO_GIAO_DUC, D6.3dd, D7.3"})
    void oneUnexcusedEventIsNotAchieved(UnitType type, String event, String criterion) {
        ChecklistEvent e = new ChecklistEvent(1, event, DAY, "Sự việc tại kho hàng", false);
        ChecklistResult r = checklist.evaluate(type, true, allMet(type, true), List.of(e));
        assertThat(r.achieved()).isFalse();
        assertThat(r.disqualifyingEvents()).containsExactly(e);
        assertThat(r.unmet()).containsExactly(criterion);
        assertThat(r.status(criterion)).isEqualTo(CriterionStatus.UNMET);
        assertThat(text(r, Messages.vietnamese())).contains("Ngày 14/03/2025").contains("Sự việc tại kho hàng")
                .contains("tiêu chí " + criterion + " chưa đạt").contains("0 nội dung chưa đạt, 0 nội dung chưa trả lời, 1 vụ việc");
    }

    @ParameterizedTest
    @CsvSource({"CO_QUAN, D6.3dd", "DOANH_NGHIEP, D6.3g", "CO_SO_GIAO_DUC, D6.3g"})
    void anExcusedEventIsAchieved(UnitType type, String event) {
        ChecklistEvent e = new ChecklistEvent(2, event, DAY, "Cháy do sét đánh", true);
        ChecklistResult r = checklist.evaluate(type, true, allMet(type, true), List.of(e));
        assertThat(r.achieved()).isTrue();
        assertThat(r.excusedEvents()).containsExactly(e);
        assertThat(r.disqualifyingEvents()).isEmpty();
        assertThat(text(r, Messages.vietnamese())).contains("được loại trừ").contains("bất khả kháng");
    }

    @Test
    void anExcuseTheTextDoesNotAllowIsRefused() {
        ChecklistEvent e = new ChecklistEvent(3, "D6.3e", DAY, "Lộ tài liệu mật", true);
        assertThatThrownBy(() -> checklist.evaluate(UnitType.CO_QUAN, true, allMet(UnitType.CO_QUAN, true), List.of(e)))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.key()).isEqualTo("checklist.error.excuseNotAllowed");
                    assertThat(ex.getMessage()).contains("D6.3e").contains("không cho phép loại trừ");
                });
    }

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void noPartyOrganisationSkipsThePartyPart(UnitType type) {
        List<ChecklistAnswer> answers = allMet(type, false);
        String party = checklist.criteria(type).get(0).code() + "a";
        assertThat(answers).extracting(ChecklistAnswer::criterionCode).doesNotContain(party);
        ChecklistResult r = checklist.evaluate(type, false, answers, List.of());
        assertThat(r.achieved()).isTrue();
        assertThat(r.notApplicable()).containsExactly(party);
        assertThat(r.status(party)).isEqualTo(CriterionStatus.NOT_APPLICABLE);
        assertThat(r.status(checklist.criteria(type).get(0).code())).isEqualTo(CriterionStatus.MET);
        assertThat(text(r, Messages.vietnamese())).contains("không có tổ chức Đảng");
        // with a Party organisation the same answers leave the resolution unanswered
        ChecklistResult withParty = checklist.evaluate(type, true, answers, List.of());
        assertThat(withParty.achieved()).isFalse();
        assertThat(withParty.unanswered()).containsExactly(party);
    }

    @Test
    void anAnswerToAPartThatDoesNotApplyIsIgnored() {
        List<ChecklistAnswer> answers = allMet(UnitType.CO_QUAN, false);
        answers.add(new ChecklistAnswer("D6.1a", false, "Không có chi bộ"));
        ChecklistResult r = checklist.evaluate(UnitType.CO_QUAN, false, answers, List.of());
        assertThat(r.achieved()).isTrue();
        assertThat(r.status("D6.1a")).isEqualTo(CriterionStatus.NOT_APPLICABLE);
    }

    @Test
    void aSchoolWithoutProtectionForceSkipsCriterionFive() {
        List<ChecklistAnswer> answers = allMet(UnitType.CO_SO_GIAO_DUC, true);
        answers.removeIf(a -> a.criterionCode().equals("D7.5"));
        assertThat(checklist.evaluate(UnitType.CO_SO_GIAO_DUC, true, answers, List.of()).unanswered())
                .containsExactly("D7.5");
        ChecklistResult r = checklist.evaluate(UnitType.CO_SO_GIAO_DUC, true, false, answers, List.of());
        assertThat(r.achieved()).isTrue();
        assertThat(r.notApplicable()).containsExactly("D7.5");
        // an agency's protection force criterion (Điều 6.4) has no "nếu có"
        List<ChecklistAnswer> agency = allMet(UnitType.CO_QUAN, true);
        agency.removeIf(a -> a.criterionCode().equals("D6.4"));
        assertThat(checklist.evaluate(UnitType.CO_QUAN, true, false, agency, List.of()).unanswered())
                .containsExactly("D6.4");
    }

    @Test
    void recordedAnswersOfAnotherUnitTypeAreLeftOutNotFatal() {
        // a unit recorded as a school, then changed to an agency: the school's answers no longer fit
        List<ChecklistAnswer> recorded = allMet(UnitType.CO_SO_GIAO_DUC, true);
        List<ChecklistEvent> events = List.of(new ChecklistEvent(1, "D6.3h", DAY, "agency-only event", false));
        assertThatThrownBy(() -> checklist.evaluate(UnitType.CO_QUAN, true, recorded, List.of()))
                .isInstanceOf(DomainException.class);
        ChecklistResult asAgency = checklist.evaluateRecorded(UnitType.CO_QUAN, true, true, recorded, List.of(),
                DAY.getYear());
        assertThat(asAgency.achieved()).isFalse();
        assertThat(asAgency.unanswered()).contains("D6.2", "D6.4", "D6.5");
        // and the event of the agency list does not count for a school
        ChecklistResult asSchool = checklist.evaluateRecorded(UnitType.CO_SO_GIAO_DUC, true, true, recorded, events,
                DAY.getYear());
        assertThat(asSchool.achieved()).isTrue();
        assertThat(asSchool.disqualifyingEvents()).isEmpty();
        // what fits is judged as strictly as ever
        ChecklistResult withEvent = checklist.evaluateRecorded(UnitType.CO_QUAN, true, true, allMet(UnitType.CO_QUAN,
                true), events, DAY.getYear());
        assertThat(withEvent.achieved()).isFalse();
        assertThat(withEvent.disqualifyingEvents()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"CO_SO_GIAO_DUC, D6.3d", "CO_SO_GIAO_DUC, D6.3h", "CO_QUAN, D4.3a", "CO_QUAN, ''"})
    void anEventNotInTheTypesListIsRefused(UnitType type, String code) {
        ChecklistEvent e = new ChecklistEvent(4, code, DAY, "x", false);
        assertThatThrownBy(() -> checklist.evaluate(type, true, allMet(type, true), List.of(e)))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.key()).isEqualTo("checklist.error.unknownEvent");
                    assertThat(ex.getMessage()).contains(code);
                });
    }

    @ParameterizedTest
    @CsvSource({"CO_QUAN, D7.4", "CO_SO_GIAO_DUC, D6.2", "DOANH_NGHIEP, D9.9"})
    void anAnswerForAnUnknownCriterionIsRefused(UnitType type, String code) {
        List<ChecklistAnswer> answers = allMet(type, true);
        answers.add(new ChecklistAnswer(code, true, null));
        assertThatThrownBy(() -> checklist.evaluate(type, true, answers, List.of()))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.key()).isEqualTo("checklist.error.unknownCriterion");
                    assertThat(ex.getMessage()).startsWith("Tiêu chí " + code + " không có trong danh mục");
                });
    }

    @ParameterizedTest
    @CsvSource({"D6.1, checklist.error.parentAnswer", "D6.3, checklist.error.derivedAnswer",
        "D6.2, checklist.error.duplicateAnswer"})
    void answersThatCannotBeStoredAreRefused(String code, String key) {
        List<ChecklistAnswer> answers = allMet(UnitType.CO_QUAN, true);
        answers.add(new ChecklistAnswer(code, false, null));
        assertThatThrownBy(() -> checklist.evaluate(UnitType.CO_QUAN, true, answers, List.of()))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.key()).isEqualTo(key));
    }

    @Test
    void aNoteOnTheEventsCriterionIsAccepted() {
        List<ChecklistAnswer> answers = allMet(UnitType.CO_QUAN, true);
        answers.add(new ChecklistAnswer("D6.3", null, "Không có vụ việc nào"));
        assertThat(checklist.evaluate(UnitType.CO_QUAN, true, answers, List.of()).achieved()).isTrue();
    }

    @Test
    void anEventWithoutADateIsRefused() {
        ChecklistEvent e = new ChecklistEvent(5, "D6.3a", null, "x", false);
        assertThatThrownBy(() -> checklist.validateEvent(UnitType.CO_QUAN, e))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.key()).isEqualTo("checklist.error.eventDate"));
    }

    @Test
    void everythingAtOnceIsExplainedInBothLanguages() {
        List<ChecklistAnswer> answers = replace(allMet(UnitType.CO_QUAN, true), "D6.2", false);
        answers.removeIf(a -> a.criterionCode().equals("D6.5"));
        List<ChecklistEvent> events = List.of(
                new ChecklistEvent(7, "D6.3g", LocalDate.of(2025, 6, 2), "Tai nạn lao động", false),
                new ChecklistEvent(6, "D6.3c", LocalDate.of(2025, 2, 1), "Tập trung đông người", false),
                new ChecklistEvent(8, "D6.3dd", LocalDate.of(2025, 1, 5), "Trộm cắp, đã báo ngay", true));
        ChecklistResult r = checklist.evaluate(UnitType.DOANH_NGHIEP, true, answers, events);
        assertThat(r.achieved()).isFalse();
        assertThat(r.unmet()).containsExactly("D6.2", "D6.3");
        assertThat(r.unanswered()).containsExactly("D6.5");
        assertThat(r.disqualifyingEvents()).extracting(ChecklistEvent::id).containsExactly(6L, 7L);
        assertThat(r.reasons().get(0).text(Messages.vietnamese())).isEqualTo(
                "Chưa đạt tiêu chuẩn “An toàn về an ninh, trật tự” theo Điều 6: 1 nội dung chưa đạt, "
                        + "1 nội dung chưa trả lời, 2 vụ việc làm mất tiêu chuẩn.");
        String en = text(r, Messages.english());
        assertThat(en).contains("Does not meet").contains("02/06/2025").contains("excused")
                .contains("Full implementation of policies").doesNotContain("{");
    }

    /**
     * What a year keeps after its unit's type changed: an answer or event of another type's list is
     * accepted as recorded (checked against its own list), never one of no list; it does not count.
     */
    @ParameterizedTest
    @CsvSource({
            "CO_SO_GIAO_DUC, D6.1a, ",
            "CO_SO_GIAO_DUC, D7.1a, ",
            "DOANH_NGHIEP,   D7.6,  ",
            "CO_QUAN,        D6.2,  ",
            "CO_SO_GIAO_DUC, D6.1,  checklist.error.parentAnswer",
            "DOANH_NGHIEP,   D7.9,  checklist.error.unknownCriterionAnyList",
            "CO_QUAN,        '',    checklist.error.unknownCriterionAnyList"})
    void aRecordedAnswerIsCheckedAgainstTheListItBelongsTo(UnitType type, String code, String refused) {
        ChecklistAnswer a = new ChecklistAnswer(code, true, "");
        if (refused == null) {
            checklist.validateRecordedAnswer(type, a);
        } else {
            assertThatThrownBy(() -> checklist.validateRecordedAnswer(type, a))
                    .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.key()).isEqualTo(refused));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "CO_SO_GIAO_DUC, D6.3d, ",
            "CO_SO_GIAO_DUC, D6.3h, ",
            "DOANH_NGHIEP,   D6.3a, ",
            "CO_SO_GIAO_DUC, D6.3z, checklist.error.unknownEventAnyList"})
    void aRecordedEventIsCheckedAgainstAListThatHasIt(UnitType type, String code, String refused) {
        ChecklistEvent e = new ChecklistEvent(0, code, DAY, "", false);
        if (refused == null) {
            checklist.validateRecordedEvent(type, e);
        } else {
            assertThatThrownBy(() -> checklist.validateRecordedEvent(type, e))
                    .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.key()).isEqualTo(refused));
        }
        // without a date it is refused as any event
        assertThatThrownBy(() -> checklist.validateRecordedEvent(type, new ChecklistEvent(0, code, null, "", false)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void anAnswerOfAnotherTypesListIsLeftOutOfTheVerdictOfTheRecords() {
        List<ChecklistAnswer> answers = allMet(UnitType.CO_SO_GIAO_DUC, true);
        answers.add(new ChecklistAnswer("D6.1a", false, "của doanh nghiệp"));
        List<ChecklistEvent> events = List.of(new ChecklistEvent(1, "D6.3d", DAY, "", false));
        ChecklistResult r = checklist.evaluateRecorded(UnitType.CO_SO_GIAO_DUC, true, true, answers, events, 2025);
        assertThat(r.achieved()).isTrue();
    }

    @Test
    void aDefinitionWithoutAListForEveryUnitTypeIsRefused() {
        ChecklistSection agencies = checklist.section(UnitType.CO_QUAN);
        assertThatThrownBy(() -> Checklist.of("x", "1", Localized.of("x"), null, List.of(agencies)))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.key()).isEqualTo("checklist.invalid.unitTypeMissing");
                    assertThat(ex.getMessage()).contains("CO_SO_GIAO_DUC");
                });
    }
}
