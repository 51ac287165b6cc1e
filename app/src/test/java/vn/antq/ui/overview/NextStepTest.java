package vn.antq.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview's next step: the first missing thing of the earliest deadline that lacks something. */
class NextStepTest {
    static OverviewViewModel.DeadlineLine line(String title, int day, long left, String... missing) {
        return new OverviewViewModel.DeadlineLine(title, LocalDate.of(2026, 11, day), left, List.of(missing));
    }

    @Test
    void theEarliestDeadlineStillLackingSomethingComesFirst() {
        var reg = line("Đăng ký", 1, -200);
        var antt = line("ANTT", 20, 10, "3 tiêu chí ANTT chưa trả lời", "Chưa ghi cuộc họp đánh giá");
        var cls = line("Xếp loại", 30, 20, "2 mục chưa chấm điểm");
        NextStep n = NextStep.of(List.of(reg, antt, cls)).orElseThrow();
        assertThat(n.what()).isEqualTo("3 tiêu chí ANTT chưa trả lời");
        assertThat(n.deadline()).isEqualTo(antt);
        assertThat(n.moreForIt()).isEqualTo(1);
        assertThat(NextStep.of(List.of(reg, line("ANTT", 20, 10), cls)).orElseThrow().deadline()).isEqualTo(cls);
    }

    @Test
    void nothingMissingMeansNoNextStep() {
        assertThat(NextStep.of(List.of(line("Đăng ký", 1, 3), line("ANTT", 20, 10)))).isEmpty();
        assertThat(NextStep.of(List.of())).isEmpty();
    }
}
