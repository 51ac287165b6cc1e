package vn.antq.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.antq.domain.Dates;
import vn.antq.domain.DomainException;
import vn.antq.i18n.Messages;

/** The meeting record: what it keeps, what it refuses (one named problem), and times as clerks type them. */
class ReviewMeetingTest {
    static final Participant CHAIR = new Participant(ParticipantRole.CHAIR, " Phạm  Thị Hồng Nhung ", "Hiệu trưởng");
    static final Participant POLICE = new Participant(ParticipantRole.COMMUNE_POLICE, "Đại úy Trần Quốc Việt",
            "Công an xã Tân Lập");
    static final Participant SECRETARY = new Participant(ParticipantRole.SECRETARY, "Vũ Thị Lan", "");

    static ReviewMeeting meeting(List<Participant> people, Integer yes, Integer no, Integer total, LocalTime start,
            LocalTime end) {
        return new ReviewMeeting(LocalDate.of(2026, 11, 5), start, end, " Phòng họp số 1 ", people,
                "Đồng chí Hải:  nhất trí.\n\nĐồng chí Thu: đề nghị bổ sung.  \n", "", yes, no, total);
    }

    @Test
    void aCompleteMeetingIsKeptCleanedWithEveryField() {
        ReviewMeeting m = meeting(List.of(CHAIR, POLICE, SECRETARY, new Participant(null, "Ngô Minh Đức", null)), 20, 1,
                24, LocalTime.of(8, 0), LocalTime.of(10, 30)).cleaned();
        assertThat(m.location()).isEqualTo("Phòng họp số 1");
        assertThat(m.startTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(m.opinions()).isEqualTo("Đồng chí Hải: nhất trí.\n\nĐồng chí Thu: đề nghị bổ sung.");
        assertThat(m.chair()).map(Participant::name).contains("Phạm Thị Hồng Nhung");
        assertThat(m.secretary()).map(Participant::name).contains("Vũ Thị Lan");
        assertThat(m.withRole(ParticipantRole.COMMUNE_POLICE)).containsExactly(POLICE);
        // a participant without a role is kept as "other", never dropped
        assertThat(m.participants().get(3).role()).isEqualTo(ParticipantRole.OTHER);
        assertThat(m.votesAbstaining()).isEqualTo(3);
    }

    @Test
    void aMeetingWithoutTimesOrVoteIsValid() {
        ReviewMeeting m = meeting(List.of(CHAIR), null, null, null, null, null).cleaned();
        assertThat(m.startTime()).isNull();
        assertThat(m.votesTotal()).isNull();
        assertThat(m.votesAbstaining()).isNull();
        assertThat(m.secretary()).isEmpty();
    }

    @Test
    void refusalsNameTheProblemInVietnamese() {
        Messages vi = Messages.vietnamese();
        assertThatThrownBy(() -> meeting(List.of(CHAIR, CHAIR), null, null, null, null, null).cleaned())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.message(vi))
                        .isEqualTo("Cuộc họp chỉ có một người chủ trì: hãy đổi vai trò của người còn lại."));
        assertThatThrownBy(() -> meeting(List.of(SECRETARY, SECRETARY), null, null, null, null, null).cleaned())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key())
                        .isEqualTo("meeting.invalid.twoSecretaries"));
        assertThatThrownBy(() -> meeting(List.of(new Participant(ParticipantRole.OTHER, "  ", "")), null, null, null,
                null, null).cleaned()).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.message(vi)).isEqualTo("Người dự họp phải có họ và tên."));
        assertThatThrownBy(() -> meeting(List.of(), 20, 5, 24, null, null).cleaned())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.message(vi)).isEqualTo(
                        "Số ý kiến tán thành và không tán thành (25) nhiều hơn tổng số người biểu quyết (24)."));
        assertThatThrownBy(() -> meeting(List.of(), -1, 0, null, null, null).cleaned())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("meeting.invalid.votes"));
        assertThatThrownBy(() -> meeting(List.of(), null, null, null, LocalTime.of(10, 0), LocalTime.of(9, 30)).cleaned())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.message(vi))
                        .isEqualTo("Giờ kết thúc (09:30) phải sau giờ bắt đầu (10:00) trong cùng ngày."));
        assertThatThrownBy(() -> meeting(List.of(), null, null, null, LocalTime.of(10, 0), LocalTime.of(10, 0)).cleaned())
                .isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @CsvSource({"8:30, 08:30", "08:30, 08:30", "8h30, 08:30", "8H30, 08:30", "8 giờ 30, 08:30",
        "8 giờ 30 phút, 08:30", "14.05, 14:05", "8h, 08:00", "8, 08:00", "' 23:59 ', 23:59", "0:00, 00:00"})
    void timesAsClerksTypeThem(String typed, String expected) {
        assertThat(Dates.format(Dates.parseTime(typed))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"24:00", "8:60", "8:5", "830", "tám giờ", "8:30:00", "-1:00", "''"})
    void notATimeOfDay(String typed) {
        assertThat(Dates.parseTime(typed)).isNull();
    }
}
