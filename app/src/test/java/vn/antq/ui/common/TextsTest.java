package vn.antq.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The screens' date and deadline formats (text cleaning is tested in VietnameseTextTest). */
class TextsTest {
    @Test
    void datesAreDayMonthYear() {
        assertThat(Dates.format(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(Dates.parse("5/3/2026")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Dates.parse("05-03-2026")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Dates.parse("31/02/2026")).isNull();
        assertThat(Dates.converter().toString(LocalDate.of(2026, 11, 20))).isEqualTo("20/11/2026");
    }

    @Test
    void deadlinesReadTypedAndStoredForms() {
        assertThat(Deadlines.parse("31/03")).isEqualTo(MonthDay.of(3, 31));
        assertThat(Deadlines.parse("03-31")).isEqualTo(MonthDay.of(3, 31));
        assertThat(Deadlines.storageFormat(MonthDay.of(11, 20))).isEqualTo("11-20");
        assertThat(Deadlines.format(MonthDay.of(11, 20))).isEqualTo("20/11");
        assertThat(Deadlines.parse("32/13")).isNull();
        var year = Deadlines.of(2026, java.util.Map.of(Deadlines.LOCAL, "10-30"));
        assertThat(year).extracting(Deadlines.Deadline::date).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30));
    }
}
