package vn.antq.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.domain.unit.YearState;
import vn.antq.i18n.Messages;
import vn.antq.rules.ChecklistLoader;
import vn.antq.rules.ReviewRulesLoader;
import vn.antq.rules.RulesLoader;

class YearReviewTest {
    private static final Rubric RUBRIC = RulesLoader.defaultRubric();
    private static final Checklist CHECKLIST = ChecklistLoader.defaultChecklist();
    private static final ClassificationProfile PROFILE = RulesLoader.defaultProfile(RUBRIC);
    private static final YearReview REVIEW = new YearReview(RUBRIC, CHECKLIST, ReviewRulesLoader.defaultRules());
    private static final int YEAR = 2026;

    /** A clean enterprise year: every item at its maximum with evidence, every criterion met, all in Q1. */
    private static final class Year {
        LocalDate registeredOn = LocalDate.of(YEAR, 2, 1);
        final List<ManualScore> scores = new ArrayList<>();
        final List<ChecklistAnswer> answers = new ArrayList<>();
        final List<ChecklistEvent> events = new ArrayList<>();
        final List<DepartmentYear> departments = new ArrayList<>();
        final List<StaffPledge> staff = new ArrayList<>();
        final List<EvidenceFile> evidence = new ArrayList<>();
        ReviewMeeting meeting;
        UnitProfile unit = UnitProfile.minimal("Công ty TNHH Minh Phát", UnitType.DOANH_NGHIEP);

        Year() {
            List<EvidenceLink> links = new ArrayList<>();
            for (RubricItem item : RUBRIC.manualItems()) {
                scores.add(new ManualScore(item.code(), item.max(), ""));
                links.add(new EvidenceLink(YEAR, EvidenceTarget.RUBRIC_ITEM, item.code()));
            }
            evidence.add(new EvidenceFile("a".repeat(64), "Báo cáo.pdf", 10, "application/pdf", Instant.EPOCH, links,
                    EvidenceStatus.UNCHECKED));
            CHECKLIST.answerable(UnitType.DOANH_NGHIEP, true, true)
                    .forEach(c -> answers.add(new ChecklistAnswer(c.code(), true, "")));
            Department d = new Department(1, "Phòng Kỹ thuật");
            departments.add(new DepartmentYear(d, true, LocalDate.of(YEAR, 3, 10), null, 1, 1));
            staff.add(pledge("Nguyễn Văn An", LocalDate.of(YEAR, 3, 12)));
        }

        Year score(String code, int points) {
            scores.removeIf(s -> s.code().equals(code));
            scores.add(new ManualScore(code, points, "Không xảy ra đình công"));
            return this;
        }

        YearSnapshot snapshot() {
            AssessmentYear y = new AssessmentYear(YEAR, YearState.DRAFT, "default", registeredOn, "", null);
            return new YearSnapshot(unit, y, departments, staff, scores, answers, events, List.of(), meeting, evidence);
        }

        List<Finding> review() {
            List<Finding> direct = REVIEW.review(YearAssessment.of(snapshot(), RUBRIC, CHECKLIST, PROFILE));
            // the assessment's own findings slot holds the same
            assertThat(YearAssessment.of(snapshot(), RUBRIC, CHECKLIST, PROFILE, ReviewRulesLoader.defaultRules())
                    .findings()).isEqualTo(direct);
            return direct;
        }
    }

    private static StaffPledge pledge(String name, LocalDate date) {
        return new StaffPledge(new StaffMember(name.length(), name, "Kỹ sư", 1L, null, null), "Phòng Kỹ thuật", true,
                date, null);
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.line(Messages.vietnamese())).toList();
    }

    @Test
    void aCleanYearHasNoFinding() {
        assertThat(new Year().review()).isEmpty();
    }

    @Test
    void aStrikeInThePeriodContradicts5cAndTheSameStrikeBeforeThePeriodChangesNothing() {
        Year y = new Year();
        y.events.add(new ChecklistEvent(1, "D6.3d", LocalDate.of(YEAR, 6, 3), "Đình công tại phân xưởng 2", false));
        List<Finding> findings = y.review();
        assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.EVENT_CONTRADICTS_ITEM);
        assertThat(lines(findings).get(0)).isEqualTo("5c: Mục 5c được 2/2 điểm nhưng ngày 03/06/2026 có vụ việc "
                + "thuộc điểm d (Đình công, lãn công trái pháp luật) trong mốc thời gian đánh giá — "
                + "Đình công tại phân xưởng 2.");
        assertThat(y.snapshot().facts(false, RUBRIC, CHECKLIST).anttAchieved()).isFalse();

        Year before = new Year();
        before.events.add(new ChecklistEvent(1, "D6.3d", LocalDate.of(YEAR - 1, 11, 15), "Năm trước", false));
        assertThat(before.review()).isEmpty();
        // and 5c at 0 after a strike is no contradiction
        Year honest = new Year().score("5c", 0);
        honest.events.addAll(y.events);
        assertThat(honest.review()).isEmpty();
    }

    @Test
    void theMeetingsOwnConclusionMayAddToTheOutcomeButNotContradictIt() {
        Year year = new Year();
        year.meeting = new ReviewMeeting(LocalDate.of(YEAR, 11, 5), "Phòng họp", List.of(),
                "Đề nghị Công an xã kiểm tra, công nhận đơn vị đạt tiêu chuẩn năm 2026. Tăng cường tuần tra ban đêm.",
                8, 0);
        assertThat(year.review()).isEmpty(); // the unit qualifies: asking for recognition agrees

        year.events.add(new ChecklistEvent(1, "D6.3d", LocalDate.of(YEAR, 6, 10), "Đình công ở phân xưởng 2", false));
        List<Finding> findings = year.review();
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.CONCLUSION_CONTRADICTS_OUTCOME)
                .singleElement().satisfies(f -> assertThat(f.line(Messages.vietnamese()))
                        .contains("đề nghị công nhận", "Đề nghị Công an xã kiểm tra, công nhận đơn vị đạt tiêu chuẩn")
                        .doesNotContain("tuần tra"));

        year.meeting = new ReviewMeeting(LocalDate.of(YEAR, 11, 5), "Phòng họp", List.of(),
                "Đơn vị chưa đạt tiêu chuẩn nên không đề nghị công nhận; khắc phục trong quý I.", 8, 0);
        assertThat(year.review()).noneMatch(f -> f.kind() == FindingKind.CONCLUSION_CONTRADICTS_OUTCOME);

        Year qualifying = new Year();
        qualifying.meeting = year.meeting;
        assertThat(qualifying.review()).extracting(Finding::kind)
                .containsExactly(FindingKind.CONCLUSION_CONTRADICTS_OUTCOME);
        assertThat(new YearReview(RUBRIC, CHECKLIST, ReviewRules.NONE)
                .review(YearAssessment.of(qualifying.snapshot(), RUBRIC, CHECKLIST, PROFILE))).isEmpty();
    }

    @Test
    void eventsMapToTheirItemsByTheData() {
        Year y = new Year();
        y.events.add(new ChecklistEvent(1, "D6.3g", LocalDate.of(YEAR, 1, 5), "Cháy kho", false));
        y.events.add(new ChecklistEvent(2, "D6.3e", LocalDate.of(YEAR, 2, 5), "Lộ tài liệu mật", false));
        y.events.add(new ChecklistEvent(3, "D6.3g", LocalDate.of(YEAR, 3, 5), "Thiên tai", true)); // excused
        assertThat(y.review()).extracting(Finding::subject).containsExactly("5đ", "5e");
    }

    @Test
    void criteriaMetAgainstItemsScoredZero() {
        Year y = new Year().score("7", 0).score("5d", 0).score("6b", 0);
        assertThat(y.review()).extracting(Finding::kind, Finding::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingKind.CRITERION_CONTRADICTS_ITEM, "5d"),
                org.assertj.core.groups.Tuple.tuple(FindingKind.CRITERION_CONTRADICTS_ITEM, "7"),
                org.assertj.core.groups.Tuple.tuple(FindingKind.CRITERION_CONTRADICTS_ITEM, "6b"));
        assertThat(lines(y.review()).get(1)).isEqualTo("7: Tiêu chí D6.1f (Ít nhất 01 mô hình phong trào hoạt "
                + "động hiệu quả) được đánh giá đạt nhưng mục 7 được 0/10 điểm.");
        // the criterion answered "not met" makes 0 consistent
        Year notMet = new Year().score("7", 0);
        notMet.answers.replaceAll(a -> a.criterionCode().equals("D6.1f") ? new ChecklistAnswer("D6.1f", false, "") : a);
        assertThat(notMet.review()).isEmpty();
    }

    @Test
    void evidenceMissingOrAlteredAndItemsScoredWithoutEvidence() {
        Year y = new Year();
        EvidenceFile ok = y.evidence.remove(0);
        y.evidence.add(new EvidenceFile(ok.sha256(), ok.originalName(), 10, "application/pdf", Instant.EPOCH,
                List.of(new EvidenceLink(YEAR, EvidenceTarget.RUBRIC_ITEM, "1")), EvidenceStatus.ALTERED));
        y.evidence.add(new EvidenceFile("b".repeat(64), "Kế hoạch.pdf", 10, "application/pdf", Instant.EPOCH,
                List.of(new EvidenceLink(YEAR, EvidenceTarget.RUBRIC_ITEM, "2")), EvidenceStatus.MISSING));
        y.evidence.add(new EvidenceFile("c".repeat(64), "Mô hình.pdf", 10, "application/pdf", Instant.EPOCH,
                List.of(new EvidenceLink(YEAR, EvidenceTarget.RUBRIC_ITEM, "7")), EvidenceStatus.OK));
        List<Finding> f = y.review();
        assertThat(f).filteredOn(x -> x.kind() == FindingKind.EVIDENCE_ALTERED).extracting(Finding::subject)
                .containsExactly("Báo cáo.pdf");
        assertThat(f).filteredOn(x -> x.kind() == FindingKind.EVIDENCE_MISSING).extracting(Finding::subject)
                .containsExactly("Kế hoạch.pdf");
        // every scored manual item but 7 lacks usable evidence now
        List<String> noEvidence = f.stream().filter(x -> x.kind() == FindingKind.SCORED_WITHOUT_EVIDENCE)
                .map(Finding::subject).toList();
        assertThat(noEvidence).contains("1", "2", "5đ").doesNotContain("7").hasSize(RUBRIC.manualItems().size() - 1);
    }

    @Test
    void registrationsAndPledgesAfterTheQ1Deadline() {
        Year y = new Year();
        y.registeredOn = LocalDate.of(YEAR, 6, 15);
        y.departments.add(new DepartmentYear(new Department(2, "Phòng Hành chính"), true, LocalDate.of(YEAR, 4, 2),
                null, 0, 0));
        for (int i = 0; i < 7; i++) {
            y.staff.add(pledge("Người " + (char) ('A' + i), LocalDate.of(YEAR, 4, 1 + i)));
        }
        List<String> lines = lines(y.review());
        assertThat(lines).containsExactly(
                "8a: Đơn vị đăng ký phấn đấu ngày 15/06/2026, sau hạn Quý I (31/03/2026); mục 8a vẫn được tính điểm "
                        + "theo dữ liệu thang điểm.",
                "Phòng Hành chính: Phòng Hành chính đăng ký ngày 02/04/2026, sau hạn Quý I (31/03/2026) (mục 8b).",
                "Phòng Kỹ thuật: 7 bản cam kết ký sau hạn Quý I (31/03/2026): Người A (01/04/2026), Người B "
                        + "(02/04/2026), Người C (03/04/2026), Người D (04/04/2026), Người E (05/04/2026) và 2 người khác.");
    }

    @Test
    void theShippedRulesFitTheShippedDataAndRulesThatDoNotFitAreLeftOut() {
        assertThat(YearReview.problems(RUBRIC, CHECKLIST, ReviewRulesLoader.defaultRules())).isEmpty();
        ReviewRules bad = new ReviewRules("x", Map.of("D6.3z", List.of("5c"), "D6.3d", List.of("8c", "5c")), Map.of(), null);
        assertThat(YearReview.problems(RUBRIC, CHECKLIST, bad)).extracting(DomainException::key)
                .containsExactlyInAnyOrder("review.invalid.code", "review.invalid.item");
        // a province's checklist without some codes: the review runs on what fits
        YearReview lenient = new YearReview(RUBRIC, CHECKLIST, bad);
        assertThat(lenient.rules().eventItems()).containsOnlyKeys("D6.3d");
        assertThat(lenient.rules().eventItems().get("D6.3d")).containsExactly("5c");
        String unknownField = "{\"format\":\"antq-review/1\",\"id\":\"x\",\"events\":[{\"event\":\"D6.3d\","
                + "\"items\":[\"5c\"],\"weight\":2}],\"criteria\":[]}";
        assertThatThrownBy(() -> ReviewRulesLoader.load(new ByteArrayInputStream(
                unknownField.getBytes(StandardCharsets.UTF_8)), "r.json")).isInstanceOf(DomainException.class);
    }

    /** A school under the provincial education department, its recognising body as the clerk left it. */
    private static UnitProfile school(vn.antq.domain.unit.RecognisingBodyChoice body) {
        return new UnitProfile("Trường Trung học phổ thông Lê Quý Đôn", UnitType.CO_SO_GIAO_DUC,
                "Sở Giáo dục và Đào tạo tỉnh Đồng Nai", "", "Tân Lập", "Xã Tân Lập", "Công an xã Tân Lập", "", "", "", "",
                true, true, true, null, body);
    }

    private static List<Finding> unnamed(UnitProfile unit) {
        Year y = new Year();
        y.unit = unit;
        YearAssessment a = YearAssessment.of(y.snapshot(), RUBRIC, CHECKLIST, PROFILE, ReviewRulesLoader.defaultRules(),
                vn.antq.rules.RecognitionLoader.defaultRules());
        return a.findings().stream().filter(f -> f.kind() == FindingKind.RECOGNISING_BODY_UNNAMED).toList();
    }

    @Test
    void aRecognisingBodyLeftAsTheDataPlaceholderIsAFindingUntilItsNameIsTyped() {
        // by default a school under the Sở is recognised by the province, which the data cannot name
        List<Finding> f = unnamed(school(vn.antq.domain.unit.RecognisingBodyChoice.DEFAULT));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).subject()).isEqualTo("Ủy ban nhân dân tỉnh, thành phố ……");
        assertThat(f.get(0).line(Messages.vietnamese())).startsWith("Ủy ban nhân dân tỉnh, thành phố ……: Cơ quan công "
                + "nhận (Thông tư 124, Điều 10) chưa có tên cụ thể").contains("Gõ tên đầy đủ")
                .contains("màn hình Đơn vị");
        assertThat(f.get(0).reason().text(Messages.english())).contains("has no name yet").contains("Unit screen");
        // the province chosen but its name not typed: still the placeholder
        assertThat(unnamed(school(new vn.antq.domain.unit.RecognisingBodyChoice(
                vn.antq.domain.unit.RecognisingBody.PROVINCE, "")))).hasSize(1);
        // a typed name that kept the dots is no name either
        assertThat(unnamed(school(new vn.antq.domain.unit.RecognisingBodyChoice(
                vn.antq.domain.unit.RecognisingBody.PROVINCE, "Ủy ban nhân dân tỉnh ……")))).extracting(Finding::subject)
                .containsExactly("Ủy ban nhân dân tỉnh ……");
        // named: nothing
        assertThat(unnamed(school(new vn.antq.domain.unit.RecognisingBodyChoice(
                vn.antq.domain.unit.RecognisingBody.PROVINCE, "Ủy ban nhân dân tỉnh Đồng Nai")))).isEmpty();
        // a unit the commune recognises is named by the data ("Ủy ban nhân dân xã Tân Lập")
        assertThat(unnamed(school(new vn.antq.domain.unit.RecognisingBodyChoice(
                vn.antq.domain.unit.RecognisingBody.COMMUNE, "")))).isEmpty();
        // without the recognition rules the review does not check it
        Year y = new Year();
        y.unit = school(vn.antq.domain.unit.RecognisingBodyChoice.DEFAULT);
        assertThat(YearAssessment.of(y.snapshot(), RUBRIC, CHECKLIST, PROFILE, ReviewRulesLoader.defaultRules())
                .findings()).noneMatch(x -> x.kind() == FindingKind.RECOGNISING_BODY_UNNAMED);
    }
}
