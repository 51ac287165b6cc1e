package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.interchange.AssessmentJson;
import vn.antq.storage.Store;
import vn.antq.storage.StoreFixtures;

/** {@code review}: an enterprise's strike against item 5c, from a real data folder. */
class ReviewCommandTest {
    @TempDir
    Path tmp;

    /** An enterprise with 5c at 2/2 ("no strike") and its evidence, everything else consistent. */
    private Path enterprise(LocalDate strike) throws Exception {
        Path data = tmp.resolve("data-" + strike);
        try (Store store = Store.open(data)) {
            store.unit().create(UnitProfile.minimal("Công ty TNHH Minh Phát", UnitType.DOANH_NGHIEP), 2026);
            store.years().setRegistration(2026, LocalDate.of(2026, 2, 20));
            Department d = store.departments().add("Phân xưởng 2");
            store.departments().setRegistration(2026, d.id(), true, LocalDate.of(2026, 3, 1));
            StoreFixtures.answerAllMet(store, 2026);
            store.scores().set(2026, "5c", 2, "Không xảy ra đình công");
            Path file = tmp.resolve("bao-cao-" + strike + ".pdf");
            Files.writeString(file, "%PDF-1.4 " + strike);
            EvidenceFile ev = store.evidence().add(file, "Báo cáo.pdf");
            store.evidence().link(ev.sha256(), new EvidenceLink(2026, EvidenceTarget.RUBRIC_ITEM, "5c"));
            if (strike != null) {
                store.checklist().addEvent(2026, "D6.3d", strike, "Đình công tại phân xưởng 2", false);
            }
        }
        return data;
    }

    @Test
    void aStrikeInThePeriodWith5cAtFullPointsIsAFindingAnd8cIsZero() throws Exception {
        Path data = enterprise(LocalDate.of(2026, 6, 3));
        DossierCommandsTest.Run r = DossierCommandsTest.run("review", "--year", "2026", "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines().toList()).containsExactly("5c: Mục 5c được 2/2 điểm nhưng ngày 03/06/2026 có vụ "
                + "việc thuộc điểm d (Đình công, lãn công trái pháp luật) trong mốc thời gian đánh giá — Đình công "
                + "tại phân xưởng 2.");
        try (Store store = Store.open(data)) {
            assertThat(store.score(2026).points("8c")).isZero();
        }

        DossierCommandsTest.Run json = DossierCommandsTest.run("review", "--json", "--data-dir", data.toString());
        assertThat(json.code()).isEqualTo(1);
        JsonNode root = AssessmentJson.mapper().readTree(json.out());
        assertThat(root.get("year").asInt()).isEqualTo(2026);
        assertThat(root.get("findings")).hasSize(1);
        assertThat(root.get("findings").get(0).get("kind").asText()).isEqualTo("EVENT_CONTRADICTS_ITEM");
        assertThat(root.get("findings").get(0).get("subject").asText()).isEqualTo("5c");
    }

    static String pdfText(Path pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        com.lowagie.text.pdf.parser.PdfTextExtractor ex = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(ex.getTextFromPage(i)).append('\n');
        }
        reader.close();
        return all.toString().replaceAll("[\\s\\u00a0]+", " ");
    }

    @Test
    void theTờTrìnhOfTheStrikingEnterpriseRequestsNoRecognition() throws Exception {
        Path data = enterprise(LocalDate.of(2026, 6, 3));
        Path out = tmp.resolve("out");
        DossierCommandsTest.Run r = DossierCommandsTest.run("export", "--year", "2026", "--out", out.toString(),
                "--format", "pdf", "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = pdfText(out.resolve("cong-ty-tnhh-minh-phat-2026-ho-so.pdf"));
        assertThat(text).contains("Về việc báo cáo kết quả tự đánh giá tiêu chuẩn “An toàn về an ninh, trật tự” năm "
                + "2026 và đề nghị xếp loại phong trào toàn dân bảo vệ an ninh Tổ quốc")
                .doesNotContain("Về việc đề nghị xét duyệt, công nhận")
                .contains("nên không đề nghị xét duyệt, công nhận")
                .contains("đề nghị xếp loại Yếu (5/100 điểm)")
                .doesNotContain("đạt loại")
                .contains("chưa đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2026 nên không đề nghị công nhận")
                .contains("Đình công tại phân xưởng 2");
        // and no recognising body is addressed
        assertThat(text).doesNotContain("Ủy ban nhân dân");
    }

    @Test
    void theSameStrikeBeforeThePeriodChangesNothing() throws Exception {
        Path before = enterprise(LocalDate.of(2025, 11, 15));
        Path none = enterprise(null);
        DossierCommandsTest.Run r = DossierCommandsTest.run("review", "--data-dir", before.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).isEmpty();
        try (Store a = Store.open(before); Store b = Store.open(none)) {
            assertThat(a.score(2026).points()).isEqualTo(b.score(2026).points());
            assertThat(a.score(2026).points("8c")).isEqualTo(50);
        }
    }

    @Test
    void aSchoolWhoseProvinceIsNotNamedIsToldToTypeTheName() throws Exception {
        Path data = tmp.resolve("school");
        try (Store store = Store.open(data)) {
            store.unit().create(new UnitProfile("Trường Trung học phổ thông Lê Quý Đôn", UnitType.CO_SO_GIAO_DUC,
                    "Sở Giáo dục và Đào tạo tỉnh Đồng Nai", "", "Tân Lập", "Xã Tân Lập", "Công an xã Tân Lập", "", "",
                    "", "", true, true, true), 2026);
        }
        DossierCommandsTest.Run r = DossierCommandsTest.run("review", "--year", "2026", "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).startsWith("Ủy ban nhân dân tỉnh, thành phố ……: "
                + "Cơ quan công nhận (Thông tư 124, Điều 10) chưa có tên cụ thể").endsWith("ở màn hình Đơn vị."));
    }
}
