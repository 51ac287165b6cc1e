package vn.antq.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.AssessmentPeriod;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.domain.rubric.Derivation;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.i18n.Messages;
import vn.antq.rules.ChecklistLoader;
import vn.antq.rules.RulesLoader;

/** The rules that depend on dates and kinds (domain-spec §8), read from the shipped data files. */
class PeriodAndKindRulesTest {
    private static final Checklist CHECKLIST = ChecklistLoader.defaultChecklist();
    private static final Rubric RUBRIC = RulesLoader.defaultRubric();
    private static final int YEAR = 2026;

    @Test
    void thePeriodComesFromTheChecklistData() {
        AssessmentPeriod p = CHECKLIST.period(YEAR).orElseThrow();
        assertThat(p.start()).isEqualTo(LocalDate.of(2025, 11, 16));
        assertThat(p.end()).isEqualTo(LocalDate.of(2026, 11, 15));
        // a period inside one calendar year (as a province's data might give) stays in it
        assertThat(AssessmentPeriod.of(YEAR, MonthDay.of(1, 1), MonthDay.of(12, 31)).start())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @ParameterizedTest
    @CsvSource({"2025-11-15, false", "2025-11-16, true", "2026-06-01, true", "2026-11-15, true",
        "2026-11-16, false"})
    void anEventCountsOnlyInsideThePeriod(LocalDate day, boolean counts) {
        List<ChecklistAnswer> answers = allMet(UnitType.DOANH_NGHIEP);
        ChecklistEvent strike = new ChecklistEvent(1, "D6.3d", day, "Đình công trái pháp luật", false);
        ChecklistResult r = CHECKLIST.evaluateRecorded(UnitType.DOANH_NGHIEP, true, true, answers, List.of(strike),
                YEAR);
        assertThat(r.achieved()).isEqualTo(!counts);
        assertThat(r.disqualifyingEvents()).hasSize(counts ? 1 : 0);
        assertThat(r.outsidePeriodEvents()).hasSize(counts ? 0 : 1);
        if (!counts) {
            String text = r.reasons().stream().map(x -> x.text(Messages.vietnamese())).reduce("", String::concat);
            assertThat(text).contains("nằm ngoài mốc thời gian đánh giá (16/11/2025 – 15/11/2026)");
        }
    }

    @Test
    void itemNineCountsOnlyExtraordinaryCommendationsInsideThePeriod() {
        List<Commendation> list = List.of(
                commendation(CommendationKind.COLLECTIVE, LocalDate.of(2026, 5, 1), true),   // counts: 2
                commendation(CommendationKind.COLLECTIVE, LocalDate.of(2026, 1, 10), false), // routine year-end
                commendation(CommendationKind.INDIVIDUAL, LocalDate.of(2025, 10, 1), true),  // before the period
                commendation(CommendationKind.INDIVIDUAL, null, true),                       // undated
                commendation(CommendationKind.INDIVIDUAL, LocalDate.of(2025, 11, 16), true)); // first day: 1
        YearSnapshot s = snapshot(LocalDate.of(2026, 2, 1), list);
        ScoringFacts f = s.facts(true, RUBRIC, CHECKLIST);
        assertThat(f.collectiveCommendations()).isEqualTo(1);
        assertThat(f.individualCommendations()).isEqualTo(1);
        // without a period nor the extraordinary rule every dated and undated one would count
        Derivation all = new Derivation(Fact.COMMENDATIONS, 2, 1);
        assertThat(s.countedCommendations(all, null)).hasSize(5);
    }

    @Test
    void aLateRegistrationKeeps8aByDefaultAndLosesItWhenTheDataSaysSo() {
        YearSnapshot late = snapshot(LocalDate.of(2026, 6, 15), List.of());
        Derivation shipped = RUBRIC.derivedItem(Fact.REGISTERED).orElseThrow().derivation();
        assertThat(shipped.deadline()).isEqualTo(MonthDay.of(3, 31));
        assertThat(shipped.lateLoses()).isFalse();
        assertThat(late.registeredLate(shipped)).isTrue();
        assertThat(late.facts(true, RUBRIC, CHECKLIST).registered()).isTrue();
        assertThat(snapshot(LocalDate.of(2026, 3, 31), List.of()).registeredLate(shipped)).isFalse();

        Rubric strict = withRegistration(new Derivation(Fact.REGISTERED, 0, 0, MonthDay.of(3, 31), true, false));
        assertThat(late.facts(true, strict, CHECKLIST).registered()).isFalse();
        assertThat(snapshot(LocalDate.of(2026, 3, 31), List.of()).facts(true, strict, CHECKLIST).registered()).isTrue();
    }

    private static Rubric withRegistration(Derivation d) {
        List<RubricItem> items = new ArrayList<>();
        for (RubricItem item : RUBRIC.items()) {
            List<RubricItem> children = new ArrayList<>();
            for (RubricItem c : item.children()) {
                children.add(c.isDerived() && c.derivation().fact() == Fact.REGISTERED
                        ? new RubricItem(c.code(), c.label(), c.title(), c.max(), c.scoring(), d, c.confidence(),
                                c.hint(), c.children())
                        : c);
            }
            items.add(new RubricItem(item.code(), item.label(), item.title(), item.max(), item.scoring(),
                    item.derivation(), item.confidence(), item.hint(), children));
        }
        return Rubric.of(RUBRIC.id(), RUBRIC.version(), RUBRIC.title(), RUBRIC.total(), RUBRIC.appliesTo(), items);
    }

    private static List<ChecklistAnswer> allMet(UnitType type) {
        return CHECKLIST.answerable(type, true, true).stream()
                .map(c -> new ChecklistAnswer(c.code(), true, "Có")).toList();
    }

    private static Commendation commendation(CommendationKind kind, LocalDate date, boolean extraordinary) {
        return new Commendation(0, kind, "Giấy khen", "Tổ bảo vệ", "UBND xã", "1/QĐ", date, extraordinary);
    }

    static YearSnapshot snapshot(LocalDate registeredOn, List<Commendation> commendations) {
        UnitProfile unit = UnitProfile.minimal("Công ty TNHH Minh Phát", UnitType.DOANH_NGHIEP);
        AssessmentYear y = new AssessmentYear(YEAR, YearState.DRAFT, "default", registeredOn, "", null);
        return new YearSnapshot(unit, y, List.of(), List.of(), List.of(), List.of(), List.of(), commendations, null,
                List.of());
    }
}
