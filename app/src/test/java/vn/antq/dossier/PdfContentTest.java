package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;

/** Extracts the PDF's text with OpenPDF and looks for what the police must read. */
class PdfContentTest {
    @TempDir
    static Path dir;
    static String text;
    static int pages;
    static DossierRequest request;

    @BeforeAll
    static void export() throws Exception {
        request = new DossierFixture().request(dir).withFormats(Set.of(DossierFormat.PDF)).withAppendImages(true);
        DossierResult result = new DossierExporter().export(request, Progress.NONE);
        Path pdf = result.files().get(0);
        assertThat(pdf.getFileName().toString()).isEqualTo("truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so.pdf");
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        pages = reader.getNumberOfPages();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= pages; i++) {
            all.append(extractor.getTextFromPage(i)).append('\n');
        }
        reader.close();
        // Extracted lines break where the layout wraps; compare with single spaces.
        text = all.toString().replaceAll("[\\s\\u00a0]+", " ");
    }

    @Test
    void theSixDocumentsAreThere() {
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
        assertThat(text).contains("TỜ TRÌNH").contains("BÁO CÁO").contains("BIÊN BẢN")
                .contains("BẢNG TỰ CHẤM ĐIỂM").contains("DANH SÁCH CÁN BỘ KÝ CAM KẾT NĂM 2025")
                .contains("DANH MỤC MINH CHỨNG NĂM 2025");
        assertThat(text).contains("Số: ……/TTr-……").contains("Số: ……/BC-……").contains("Số: ……/BB-……");
        assertThat(text).contains("Hà Nội, ngày 10 tháng 11 năm 2025");
        assertThat(text).contains("Nơi nhận:").contains("(Ký, ghi rõ họ tên và đóng dấu)").contains("HIỆU TRƯỞNG");
        // Decree 30: page numbers from the second page of each document, no "Trang x/y"
        assertThat(text).doesNotContain("Trang 1").doesNotContain("Trang ");
        // the image evidence is appended as a page
        assertThat(text).contains("Minh chứng 3: ảnh ngày hội 19-8.png");
    }

    @Test
    void unitTotalAndClassification() {
        assertThat(text).contains("TRƯỜNG TRUNG HỌC PHỔ THÔNG NGUYỄN TRÃI").contains(DossierFixture.UNIT);
        int total = request.score().total();
        assertThat(text).contains("tổng điểm tự chấm phong trào toàn dân bảo vệ an ninh Tổ quốc là " + total + "/100 điểm");
        assertThat(text).contains("đồng thời đề nghị xếp loại Xuất sắc (" + total + "/100 điểm)")
                .doesNotContain("đạt loại");
        assertThat(text).contains("Tổng điểm tự chấm: " + total + "/100 điểm; đề nghị xếp loại Xuất sắc.");
        // a THPT school under the provincial education department: recognised by the province (Điều 10)
        assertThat(text).contains("trình Ủy ban nhân dân tỉnh, thành phố …… xét duyệt, công nhận");
        assertThat(text).contains("được sửa đổi, bổ sung bởi Thông tư số 48/2025/TT-BCA");
        assertThat(text).contains("Bộ ngưỡng áp dụng: Ngưỡng mặc định")
                .contains("Ngưỡng mặc định, điều chỉnh theo hướng dẫn của Công an tỉnh")
                .contains("Xuất sắc: từ 90 điểm trở lên").contains("Yếu: dưới 50 điểm");
        assertThat(text).contains("Đạt tiêu chuẩn “An toàn về an ninh, trật tự”");
    }

    @Test
    void everyToneMarkSurvives() {
        assertThat(text).contains(DossierFixture.TONES);
        assertThat(text).contains(DossierFixture.NOTE_1);
        for (String c : new String[] {"à", "á", "ả", "ã", "ạ", "ằ", "ắ", "ẳ", "ẵ", "ặ", "ầ", "ấ", "ẩ", "ẫ", "ậ", "ư", "ơ",
            "đ", "Đ", "ỹ", "ỵ", "ỷ"}) {
            assertThat(text).as(c).contains(c);
        }
    }

    @Test
    void minutesListParticipantsByRole() {
        assertThat(text).contains("Chủ trì:").contains("Phạm Thị Hồng Nhung, Hiệu trưởng")
                .contains("Đại diện cấp ủy Đảng:").contains("Đại diện Công an cơ sở:")
                .contains("Đại úy Trần Quốc Việt, Công an phường Hà Đông")
                .contains("Biểu quyết: 24 ý kiến tán thành, 0 ý kiến không tán thành.");
    }

    @Test
    void minutesWithoutAMeetingPrintBlanks(@TempDir Path other) throws Exception {
        DossierRequest r = new DossierFixture().noMeeting().request(other).withFormats(Set.of(DossierFormat.PDF));
        Path pdf = new DossierExporter().export(r, Progress.NONE).files().get(0);
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor ex = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(ex.getTextFromPage(i)).append('\n');
        }
        String t = all.toString().replaceAll("[\\s\\u00a0]+", " ");
        assertThat(t).contains("Chưa ghi nhận cuộc họp trong phần mềm").contains("Địa điểm: …….")
                .contains("Biểu quyết: …… ý kiến tán thành").contains("Căn cứ kết quả cuộc họp đánh giá ngày ……,");
    }

    @Test
    void englishTextWhenAskedFor(@TempDir Path other) throws Exception {
        DossierRequest r = new DossierFixture().request(other).withMessages(vn.antq.i18n.Messages.english())
                .withFormats(Set.of(DossierFormat.PDF));
        Path pdf = new DossierExporter().export(r, Progress.NONE).files().get(0);
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String first = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("[\\s\\u00a0]+", " ");
        assertThat(first).contains("SOCIALIST REPUBLIC OF VIETNAM").contains("PROPOSAL").contains("Excellent")
                .doesNotContain("Page 1");
    }
}
