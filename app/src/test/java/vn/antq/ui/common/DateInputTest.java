package vn.antq.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.i18n.Messages;

/** What a registration or pledge date field accepts, and the sentence it shows otherwise (no toolkit). */
class DateInputTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final DateInput RULE = DateInput.forRecord(2026, TODAY);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "15/03/2026|2026-03-15",
        "5/3/2026|2026-03-05",
        "05-03-2026|2026-03-05",
        "2026-03-05|2026-03-05",
        "29/02/2024|",
        "01/01/2025|2025-01-01",
        "30/11/2026|2026-11-30"})
    void acceptedDates(String typed, LocalDate expected) {
        DateInput.Result r = RULE.check(Messages.vietnamese(), typed);
        if (expected == null) {
            // 29/02/2024 is a real day, but before the window of 2026
            assertThat(r.ok()).isFalse();
            assertThat(r.error()).isEqualTo(
                    "Ngày 29/02/2024 nằm ngoài khoảng cho phép (từ 01/01/2025 đến 31/12/2026); ngày không được đổi.");
        } else {
            assertThat(r.ok()).isTrue();
            assertThat(r.date()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31/02/2026|“31/02/2026” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.",
        "29/02/2026|“29/02/2026” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.",
        "15/3|“15/3” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.",
        "hôm qua|“hôm qua” không phải ngày có thật. Hãy ghi ngày/tháng/năm, ví dụ 15/03/2026.",
        "15/03/2062|Ngày 15/03/2062 nằm ngoài khoảng cho phép (từ 01/01/2025 đến 31/12/2026); ngày không được đổi.",
        "01/12/2026|Ngày 01/12/2026 chưa đến (hôm nay là 30/11/2026); ngày không được đổi.",
        "'  '|Hãy nhập ngày (ngày/tháng/năm, ví dụ 15/03/2026)."})
    void refusedDatesSayWhyInVietnamese(String typed, String message) {
        DateInput.Result r = RULE.check(Messages.vietnamese(), typed);
        assertThat(r.ok()).isFalse();
        assertThat(r.date()).isNull();
        assertThat(r.error()).isEqualTo(message);
        assertThat(RULE.check(Messages.english(), typed).error()).isNotBlank().isNotEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-15, true", "2024-12-31, false", "2026-12-01, false", "2026-11-30, true"})
    void theCalendarOffersOnlyTheAcceptedDays(LocalDate day, boolean offered) {
        assertThat(RULE.allows(day)).isEqualTo(offered);
    }
}
