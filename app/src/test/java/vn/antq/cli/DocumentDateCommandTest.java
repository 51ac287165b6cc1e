package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;
import vn.antq.storage.StoreFixtures;

/** {@code export --date}: the date chosen is printed, kept with the year, and warned about after 20/11. */
class DocumentDateCommandTest {
    @TempDir
    Path tmp;

    private Path unit() {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            UnitProfile u = UnitProfile.minimal("Công ty TNHH Ánh Dương", UnitType.DOANH_NGHIEP);
            store.unit().create(new UnitProfile(u.name(), u.type(), "", "", "Hà Nội", "Xã Tân Lập",
                    "Công an xã Tân Lập", "Lê Văn Nam", "Giám đốc", "", "", true, true, true), 2026);
            store.years().setRegistration(2026, LocalDate.of(2026, 2, 20));
            Department d = store.departments().add("Phòng Kỹ thuật");
            store.departments().setRegistration(2026, d.id(), true, LocalDate.of(2026, 3, 1));
            StoreFixtures.answerAllMet(store, 2026);
            store.meetings().saveMeeting(2026, new ReviewMeeting(LocalDate.of(2026, 11, 5), "Phòng họp", List.of(
                    new Participant(ParticipantRole.CHAIR, "Lê Văn Nam", "Giám đốc")), "", 10, 0));
        }
        return data;
    }

    @Test
    void theChosenDateIsPrintedKeptAndWarnedAboutWhileTheMinutesKeepTheMeetingDate() throws Exception {
        Path data = unit();
        Path out = tmp.resolve("out");
        DossierCommandsTest.Run r = DossierCommandsTest.run("export", "--date", "2026-11-18", "--format", "pdf",
                "--out", out.toString(), "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Path pdf = out.resolve("cong-ty-tnhh-anh-duong-2026-ho-so.pdf");
        String text = ReviewCommandTest.pdfText(pdf);
        // Tờ trình (asks for recognition: the checklist passes) and Báo cáo carry the chosen date…
        assertThat(text).contains("Số: ……/TTr-……Hà Nội, ngày 18 tháng 11 năm 2026")
                .contains("Số: ……/BC-……Hà Nội, ngày 18 tháng 11 năm 2026")
                // …the Biên bản its meeting's
                .contains("Số: ……/BB-……Hà Nội, ngày 05 tháng 11 năm 2026")
                .contains("Ủy ban nhân dân xã Tân Lập");
        try (Store store = Store.open(data)) {
            assertThat(store.years().documentDate(2026)).contains(LocalDate.of(2026, 11, 18));
        }

        // a re-export without --date prints the same date
        Path again = tmp.resolve("again");
        DossierCommandsTest.Run r2 = DossierCommandsTest.run("export", "--format", "pdf", "--out", again.toString(),
                "--data-dir", data.toString());
        assertThat(r2.code()).as(r2.err()).isZero();
        assertThat(ReviewCommandTest.pdfText(again.resolve("cong-ty-tnhh-anh-duong-2026-ho-so.pdf")))
                .contains("Số: ……/TTr-……Hà Nội, ngày 18 tháng 11 năm 2026");

        // after 20/11 a recognition request is late: a warning, the export still made
        DossierCommandsTest.Run late = DossierCommandsTest.run("export", "--date", "2026-11-25", "--format", "pdf",
                "--out", tmp.resolve("late").toString(), "--data-dir", data.toString());
        assertThat(late.code()).isZero();
        assertThat(late.err()).contains("Cảnh báo: ngày văn bản 25/11/2026 sau hạn gửi hồ sơ đề nghị công nhận "
                + "(20/11/2026)").doesNotContain("xếp loại phong trào");
        assertThat(DossierCommandsTest.run("export", "--date", "2026-12-01", "--format", "pdf", "--out",
                tmp.resolve("later").toString(), "--data-dir", data.toString()).err())
                .contains("sau hạn xếp loại phong trào (30/11/2026)");

        DossierCommandsTest.Run bad = DossierCommandsTest.run("export", "--date", "18/11/2026", "--out",
                tmp.resolve("bad").toString(), "--data-dir", data.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("Ngày không hợp lệ: 18/11/2026 (viết dạng YYYY-MM-DD, ví dụ 2026-11-18).");
    }

    @Test
    void aCommendationKeepsWhetherItIsExtraordinaryAndOnlyThoseCountForItem9() {
        try (Store store = Store.open(tmp.resolve("c"))) {
            store.unit().create(UnitProfile.minimal("Công ty TNHH Ánh Dương", UnitType.DOANH_NGHIEP), 2026);
            store.scores().addCommendation(2026, CommendationKind.COLLECTIVE, "Giấy khen cuối năm", "Công ty", "UBND xã", "1",
                    LocalDate.of(2026, 1, 10), false);
            assertThat(store.scores().commendations(2026).get(0).extraordinary()).isFalse();
            assertThat(store.score(2026).points("9")).isZero();
            var c = store.scores().commendations(2026).get(0);
            store.scores().updateCommendation(new vn.antq.domain.unit.Commendation(c.id(), c.kind(), c.title(), c.recipient(),
                    c.issuer(), c.decisionNumber(), c.date(), true));
            assertThat(store.scores().commendations(2026).get(0).extraordinary()).isTrue();
            assertThat(store.score(2026).points("9")).isEqualTo(2);
        }
    }
}
