package vn.antq.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.domain.checklist.AssessmentPeriod;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.rubric.Derivation;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.rules.ChecklistLoader;
import vn.antq.rules.RulesLoader;

/** The window of a year's registration and pledge dates, and why a commendation does or does not count for item 9. */
class RecordDatesAndStandingTest {
    private static final Checklist CHECKLIST = ChecklistLoader.defaultChecklist();
    private static final Derivation AWARD = RulesLoader.defaultRubric().derivedItem(Fact.COMMENDATIONS)
            .map(RubricItem::derivation).orElseThrow();
    private static final AssessmentPeriod PERIOD = CHECKLIST.period(2026).orElseThrow();

    @ParameterizedTest
    @CsvSource({"2024-12-31, false", "2025-01-01, true", "2025-09-05, true", "2026-03-31, true",
        "2026-06-15, true", "2026-12-31, true", "2027-01-01, false"})
    void aYearsRecordsAreDatedFromJanuaryOfTheYearBeforeToTheEndOfTheYear(LocalDate day, boolean accepted) {
        assertThat(RecordDates.accepts(2026, day)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-30, 2026-11-30", "2028-02-10, 2026-12-31", "2024-06-01, 2025-01-01"})
    void aNewTickIsDatedTodayKeptInsideTheWindow(LocalDate today, LocalDate expected) {
        assertThat(RecordDates.defaultFor(2026, today)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "2026-05-10, true, COUNTED",
        "2025-11-16, true, COUNTED",
        "2026-11-15, true, COUNTED",
        "2026-11-16, true, OUTSIDE_PERIOD",
        "2025-11-15, true, OUTSIDE_PERIOD",
        "null, true, NO_DATE",
        "2026-05-10, false, NOT_EXTRAORDINARY",
        "2025-01-10, false, OUTSIDE_PERIOD"})
    void item9SaysWhyACommendationDoesNotCount(LocalDate date, boolean extraordinary, CommendationStanding expected) {
        Commendation c = new Commendation(1, CommendationKind.COLLECTIVE, "Giấy khen", "Tổ bảo vệ", "UBND xã",
                "12/QĐ", date, extraordinary);
        assertThat(CommendationStanding.of(c, AWARD, PERIOD)).isEqualTo(expected);
        // without a period only the kind matters; without the extraordinary rule, only the period
        assertThat(CommendationStanding.of(c, AWARD, null).counts()).isEqualTo(extraordinary);
        assertThat(CommendationStanding.of(c, new Derivation(Fact.COMMENDATIONS, 2, 1), PERIOD).counts())
                .isEqualTo(PERIOD.contains(date));
    }
}
