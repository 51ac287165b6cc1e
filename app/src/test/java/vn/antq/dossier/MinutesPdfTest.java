package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.RecognisingBodyChoice;
import vn.antq.domain.unit.ReviewMeeting;

/**
 * The Biên bản read back from the exported PDF: every field of the meeting as recorded (times, place,
 * attendees by role with the commune police, opinions, vote, conclusion, signatures, Nơi nhận), dated
 * with the meeting; blanks only where nothing is recorded; and the recognising body the unit chose on
 * the Tờ trình and in the Nơi nhận.
 */
class MinutesPdfTest {
    @TempDir
    Path dir;

    static final ReviewMeeting FULL = new ReviewMeeting(LocalDate.of(2025, 11, 5), LocalTime.of(8, 0),
            LocalTime.of(10, 30), "Phòng họp Hội đồng nhà trường", List.of(
                    new Participant(ParticipantRole.CHAIR, "Phạm Thị Hồng Nhung", "Hiệu trưởng"),
                    new Participant(ParticipantRole.PARTY_COMMITTEE, "Lê Văn Hải", "Bí thư Chi bộ"),
                    new Participant(ParticipantRole.MASS_ORGANISATION, "Đỗ Thị Thu", "Chủ tịch Công đoàn"),
                    new Participant(ParticipantRole.MASS_ORGANISATION, "Hoàng Minh Tú", "Bí thư Đoàn trường"),
                    new Participant(ParticipantRole.PROTECTION_FORCE, "Bùi Văn Bảo", "Tổ trưởng tổ bảo vệ"),
                    new Participant(ParticipantRole.COMMUNE_POLICE, "Đại úy Trần Quốc Việt", "Công an phường Hà Đông"),
                    new Participant(ParticipantRole.MANAGING_AUTHORITY, "Ngô Minh Đức", "Sở Giáo dục và Đào tạo"),
                    new Participant(ParticipantRole.SECRETARY, "Vũ Thị Lan", "Thư ký Hội đồng")),
            "Đồng chí Lê Văn Hải: nhất trí với báo cáo.\nĐồng chí Trần Quốc Việt: đề nghị duy trì tuần tra cổng trường.",
            "Giao tổ bảo vệ rà soát phương án phòng cháy.", 23, 1, 24);

    static final RecognisingBodyChoice HANOI = new RecognisingBodyChoice(RecognisingBody.PROVINCE,
            "Ủy ban nhân dân thành phố Hà Nội");

    private static String text(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor ex = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(ex.getTextFromPage(i)).append('\n');
        }
        reader.close();
        return all.toString().replaceAll("[\\s\\u00a0]+", " ");
    }

    private String export(DossierFixture fixture) throws Exception {
        DossierRequest r = fixture.request(dir).withFormats(Set.of(DossierFormat.PDF));
        return text(new DossierExporter().export(r, Progress.NONE).files().get(0));
    }

    /**
     * The Biên bản: from its title to the scoring table that follows it (the extractor reads a page's
     * header table after its body, so the Biên bản's number and date lines fall inside).
     */
    private static String minutes(String text) {
        int from = text.indexOf("BIÊN BẢN Cuộc họp");
        int to = text.indexOf("BẢNG TỰ CHẤM ĐIỂM", from);
        assertThat(from).as("the Biên bản is in the dossier").isPositive();
        return text.substring(from, to);
    }

    @Test
    void everyRecordedFieldIsPrintedAndNoBlankIsLeft() throws Exception {
        String bb = minutes(export(new DossierFixture().meeting(FULL).recognisedBy(HANOI)));
        // dated with the meeting (05/11), not with the documents' date (10/11)
        assertThat(bb).contains("Hà Nội, ngày 05 tháng 11 năm 2025").doesNotContain("ngày 10 tháng 11");
        assertThat(bb).contains("Thời gian: bắt đầu lúc 08 giờ 00 phút, ngày 05/11/2025.")
                .contains("Địa điểm: Phòng họp Hội đồng nhà trường.");
        assertThat(bb).contains("Chủ trì: Phạm Thị Hồng Nhung, Hiệu trưởng")
                .contains("Đại diện cấp ủy Đảng: Lê Văn Hải, Bí thư Chi bộ")
                .contains("Đại diện các tổ chức đoàn thể: - Đỗ Thị Thu, Chủ tịch Công đoàn - Hoàng Minh Tú, Bí thư Đoàn trường")
                .contains("Đại diện lực lượng bảo vệ: Bùi Văn Bảo, Tổ trưởng tổ bảo vệ")
                .contains("Đại diện Công an cơ sở: Đại úy Trần Quốc Việt, Công an phường Hà Đông")
                .contains("Đại diện cơ quan có thẩm quyền quản lý: Ngô Minh Đức, Sở Giáo dục và Đào tạo")
                .contains("Thư ký: Vũ Thị Lan, Thư ký Hội đồng");
        assertThat(bb).contains("Ý kiến phát biểu: - Đồng chí Lê Văn Hải: nhất trí với báo cáo. "
                + "- Đồng chí Trần Quốc Việt: đề nghị duy trì tuần tra cổng trường.");
        // the conclusion generated from the outcome stays; the meeting's own words follow it
        assertThat(bb).contains("Cuộc họp thống nhất: " + DossierFixture.UNIT)
                .contains("Ý kiến kết luận bổ sung của cuộc họp: Giao tổ bảo vệ rà soát phương án phòng cháy.");
        assertThat(bb).contains("Biểu quyết: tổng số 24 người biểu quyết; 23 ý kiến tán thành (95,8%), "
                + "1 ý kiến không tán thành (4,2%).");
        assertThat(bb).contains("Cuộc họp kết thúc vào hồi 10 giờ 30 phút cùng ngày.");
        assertThat(bb).contains("THƯ KÝ").contains("Vũ Thị Lan").contains("CHỦ TRÌ CUỘC HỌP");
        assertThat(bb).contains("Nơi nhận: - Công an phường Hà Đông; - Ủy ban nhân dân thành phố Hà Nội; - Lưu hồ sơ.");
        // but for the document's number (given when it is registered), nothing is left to fill in
        assertThat(bb).contains("Số: ……/BB-……");
        assertThat(bb.replace("Số: ……/BB-……", "")).doesNotContain("……");
    }

    @Test
    void theRecognisingBodyChosenIsTheAddresseeAndInTheNoiNhan() throws Exception {
        String all = export(new DossierFixture().recognisedBy(HANOI));
        assertThat(all).contains("- Công an phường Hà Đông; - Ủy ban nhân dân thành phố Hà Nội. Kính đề nghị")
                .contains("trình Ủy ban nhân dân thành phố Hà Nội xét duyệt, công nhận")
                .doesNotContain("Ủy ban nhân dân tỉnh, thành phố ……");
        // the Báo cáo's Nơi nhận names it too
        assertThat(all).contains("- Công an phường Hà Đông; - Ủy ban nhân dân thành phố Hà Nội; - Lưu: VT.");
    }

    @Test
    void aSchoolWhoseProvinceDelegatedRecognitionNamesItsWard() throws Exception {
        String all = export(new DossierFixture().recognisedBy(new RecognisingBodyChoice(RecognisingBody.COMMUNE, "")));
        assertThat(all).contains("- Công an phường Hà Đông; - Ủy ban nhân dân phường Hà Đông. Kính đề nghị")
                .doesNotContain("Ủy ban nhân dân tỉnh, thành phố");
    }

    @Test
    void aMeetingRecordedWithoutTimesOrVoteLeavesThoseToFillByHandAndNoOpinionsSection() throws Exception {
        ReviewMeeting bare = new ReviewMeeting(LocalDate.of(2025, 11, 5), null, null, "Phòng họp",
                List.of(new Participant(ParticipantRole.CHAIR, "Phạm Thị Hồng Nhung", "")), "", "", null, null, null);
        String bb = minutes(export(new DossierFixture().meeting(bare)));
        assertThat(bb).contains("Hà Nội, ngày 05 tháng 11 năm 2025")
                .contains("Thời gian: …… giờ …… ngày 05/11/2025.")
                .contains("Chủ trì: Phạm Thị Hồng Nhung ")
                .contains("Đại diện Công an cơ sở: ……, ……")
                .contains("Biểu quyết: …… ý kiến tán thành, …… ý kiến không tán thành.")
                .contains("Cuộc họp kết thúc vào hồi …… giờ …… cùng ngày.")
                .doesNotContain("Ý kiến phát biểu")
                .doesNotContain("Ý kiến kết luận bổ sung");
    }

    @Test
    void minutesWithoutAMeetingAreNotDatedWithTheExport() throws Exception {
        String bb = minutes(export(new DossierFixture().noMeeting()));
        assertThat(bb).contains("Hà Nội, ngày …… tháng …… năm ……").doesNotContain("ngày 10 tháng 11")
                .contains("Ý kiến phát biểu: - ……");
    }
}
