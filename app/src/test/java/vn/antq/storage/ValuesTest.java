package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Stored dates are read without the formatter on the common path and exactly as LocalDate.parse reads them. */
class ValuesTest {
    @Test
    void readsStoredDatesAsLocalDateParseDoes() {
        for (String s : new String[] {"2026-01-01", "2024-02-29", "1999-12-31", "2026-11-20", "0001-01-01"}) {
            assertThat(Values.date(s)).isEqualTo(LocalDate.parse(s));
        }
        assertThat(Values.date(null)).isNull();
        assertThat(Values.date("")).isNull();
        assertThat(Values.date("+12026-01-01")).isEqualTo(LocalDate.parse("+12026-01-01"));
    }

    @Test
    void refusesWhatLocalDateParseRefuses() {
        for (String s : new String[] {"2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01", "20a6-01-01",
            "2026/01/01"}) {
            assertThatThrownBy(() -> Values.date(s)).as(s).isInstanceOf(DateTimeException.class);
        }
    }
}
