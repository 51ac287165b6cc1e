package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.CancelledException;
import vn.antq.domain.Progress;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.YearSnapshot;

/** The registration pack read back from its PDFs: every document, every sentence true of the records. */
class RegistrationPackTest {
    @TempDir
    Path dir;

    /** The text of each page, single-spaced (extracted lines break where the layout wraps). */
    static List<String> pages(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            out.add(extractor.getTextFromPage(i).replaceAll("[\\s\\u00a0]+", " "));
        }
        reader.close();
        return out;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s", "");
    }

    /** The fixture's records with the second department (in Vietnamese order) not registered and the unit's registration as given. */
    private DossierRequest request(LocalDate unitRegisteredOn) {
        DossierFixture fx = new DossierFixture();
        YearSnapshot s = fx.snapshot();
        List<DepartmentYear> deps = new ArrayList<>();
        for (DepartmentYear d : s.departments()) {
            deps.add(d.department().name().equals("Tổ Toán – Tin")
                    ? new DepartmentYear(d.department(), false, null, null, d.staffCount(), d.staffSigned()) : d);
        }
        AssessmentYear y = s.year();
        YearSnapshot changed = new YearSnapshot(s.unit(), new AssessmentYear(y.year(), y.state(), y.profileId(),
                unitRegisteredOn, y.recognitionDecision(), y.recognitionDate()), deps, s.staff(), s.scores(),
                s.checklistAnswers(), s.events(), s.commendations(), s.meeting(), s.evidence());
        return DossierRequest.of(YearAssessment.of(changed, DossierFixture.RUBRIC, DossierFixture.CHECKLIST,
                DossierFixture.PROFILE), vn.antq.rules.RecognitionLoader.defaultRules(), DossierFixture.checklist(),
                fx.source(), dir);
    }

    @Test
    void theRegistrationItsDepartmentsListAndASigningSheetPerDepartment() throws Exception {
        DossierRequest r = request(LocalDate.of(2025, 2, 14));
        RegistrationResult result = new RegistrationExporter().export(r, LocalDate.of(2025, 3, 20), Progress.NONE);
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "truong-trung-hoc-pho-thong-nguyen-trai-2025-dang-ky.pdf",
                "truong-trung-hoc-pho-thong-nguyen-trai-2025-cam-ket.pdf");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        List<String> pages = pages(result.files().get(0));
        String all = String.join("\n", pages);

        // 1. the bản đăng ký (Circular 124, Điều 9.2.a), dated with the unit's registration
        String form = pages.get(0);
        assertThat(form).contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI").contains("TRƯỜNG TRUNG HỌC PHỔ THÔNG NGUYỄN TRÃI")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Hà Nội, ngày 14 tháng 02 năm 2025").contains("BẢN ĐĂNG KÝ")
                .contains("Phấn đấu đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025")
                .contains("Kính gửi:").contains("- Công an phường Hà Đông;")
                .contains("được sửa đổi, bổ sung bởi Thông tư số 48/2025/TT-BCA")
                .contains(DossierFixture.UNIT + " đăng ký phấn đấu đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025");
        // the criteria of the school's article (Điều 7), worded by the checklist's data
        assertThat(all).contains("1. Quý I hằng năm, tổ chức Đảng có nghị quyết chuyên đề riêng")
                .contains("cơ sở giáo dục có kế hoạch về bảo đảm an ninh, trật tự; đăng ký phấn đấu")
                .doesNotContain("f) ")
                .contains("4. Không để xảy ra bạo lực học đường")
                .contains("6. 70% trở lên số đầu mối trực thuộc");
        assertThat(all).contains("HIỆU TRƯỞNG").contains("(Ký, ghi rõ họ tên và đóng dấu)").contains("Phạm Thị Hồng Nhung")
                .contains("Nơi nhận:");
        // Decree 30: no page number on a first page, none written as "Trang"
        assertThat(all).doesNotContain("Trang ");

        // 2. the departments' registrations: only what the records say
        String deps = pages.stream().filter(p -> p.contains("DANH SÁCH PHÒNG, BAN, TỔ, ĐỘI ĐĂNG KÝ")).findFirst()
                .orElseThrow();
        assertThat(deps).contains("Hà Nội, ngày 20 tháng 3 năm 2025")
                .contains("Có 2/3 phòng, ban, tổ, đội đã đăng ký./.");
        // table cells come out of the text extraction with or without a space between them
        assertThat(squeeze(deps)).contains(squeeze("Tổ Ngữ văn 4 Đã đăng ký 10/03/2025"))
                .contains(squeeze("Tổ Văn phòng 4 Đã đăng ký 10/03/2025"))
                .contains(squeeze("Tổ Toán – Tin 4 Chưa đăng ký 3 Tổ Văn phòng"))
                .contains(squeeze("Cộng 12 2/3"));

        // 3. one signing sheet per department, people in Vietnamese name order, a blank signature column
        List<String> sheets = pages.stream().filter(p -> p.contains("DANH SÁCH KÝ CAM KẾT THỰC HIỆN")).toList();
        assertThat(sheets).hasSize(3);
        assertThat(squeeze(sheets.get(0))).contains(squeeze("STT Họ và tên Chức vụ Ký tên"));
        assertThat(sheets.get(0)).contains("Phòng, ban, tổ, đội: Tổ Ngữ văn")
                .contains("Danh sách gồm 4 người./.").contains("NGƯỜI LẬP DANH SÁCH").contains("PHỤ TRÁCH BỘ PHẬN")
                // a form to sign: its date is written by hand
                .contains("Hà Nội, ngày …… tháng …… năm ……");
        assertThat(sheets.get(1)).contains("Phòng, ban, tổ, đội: Tổ Toán – Tin");
        assertThat(sheets.get(2)).contains("Phòng, ban, tổ, đội: Tổ Văn phòng");
        List<StaffPledge> toan = r.snapshot().staff().stream().filter(s -> s.departmentName().equals("Tổ Toán – Tin"))
                .sorted(Comparator.comparing(s -> s.staff().fullName(), VietnameseText.nameOrder())).toList();
        int at = -1;
        for (int i = 0; i < toan.size(); i++) {
            String row = squeeze((i + 1) + " " + toan.get(i).staff().fullName() + " " + toan.get(i).staff().position());
            assertThat(squeeze(sheets.get(1))).as(row).contains(row);
            assertThat(squeeze(sheets.get(1)).indexOf(row)).as(row).isGreaterThan(at);
            at = squeeze(sheets.get(1)).indexOf(row);
        }
    }

    @Test
    void onePrefilledPledgeFormPerPersonDatedOnlyWhenThePledgeIs() throws Exception {
        DossierRequest r = request(LocalDate.of(2025, 2, 14));
        RegistrationResult result = new RegistrationExporter().export(r, null, Progress.NONE);
        List<String> forms = pages(result.files().get(1));
        assertThat(forms).hasSize(r.snapshot().staff().size());
        assertThat(result.pledgePages()).isEqualTo(r.snapshot().staff().size());
        for (StaffPledge s : r.snapshot().staff()) {
            String page = forms.stream().filter(p -> p.contains("Tôi tên là: " + s.staff().fullName() + " "))
                    .findFirst().orElseThrow(() -> new AssertionError(s.staff().fullName()));
            assertThat(page).contains("BẢN CAM KẾT")
                    .contains("Thực hiện tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025")
                    .contains("Chức vụ: " + s.staff().position())
                    .contains("Phòng, ban, tổ, đội: " + s.departmentName())
                    .contains("Đơn vị công tác: " + DossierFixture.UNIT)
                    .contains("nội quy, quy chế của " + DossierFixture.UNIT)
                    .contains("Góp phần xây dựng cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025")
                    .contains("NGƯỜI CAM KẾT (Ký, ghi rõ họ tên) " + s.staff().fullName());
            if (s.signed()) {
                LocalDate d = s.date();
                assertThat(page).as(s.staff().fullName()).contains(String.format("Hà Nội, ngày %02d tháng %s năm %d",
                        d.getDayOfMonth(), d.getMonthValue() < 3 ? String.format("%02d", d.getMonthValue())
                                : Integer.toString(d.getMonthValue()), d.getYear()));
            } else {
                assertThat(page).as(s.staff().fullName()).contains("Hà Nội, ngày …… tháng …… năm ……");
            }
        }
        // the forms come department by department, as on the signing sheets
        assertThat(forms.get(0)).contains("Phòng, ban, tổ, đội: Tổ Ngữ văn");
        assertThat(forms.get(forms.size() - 1)).contains("Phòng, ban, tổ, đội: Tổ Văn phòng");
    }

    @Test
    void noDateTheRecordsDoNotHave() throws Exception {
        // the unit has not registered: the bản đăng ký is a form to sign, its date blank
        DossierRequest r = request(null);
        // a list date before a registration it lists would print what happened later: blank instead
        RegistrationResult result = new RegistrationExporter().export(r, LocalDate.of(2025, 3, 1), Progress.NONE);
        List<String> pages = pages(result.files().get(0));
        assertThat(pages.get(0)).contains("BẢN ĐĂNG KÝ").contains("Hà Nội, ngày …… tháng …… năm ……");
        String deps = pages.stream().filter(p -> p.contains("DANH SÁCH PHÒNG, BAN, TỔ, ĐỘI ĐĂNG KÝ")).findFirst()
                .orElseThrow();
        assertThat(deps).contains("Hà Nội, ngày …… tháng …… năm ……").doesNotContain("ngày 01 tháng 3");
        // today is never printed
        LocalDate today = LocalDate.now();
        String todayLine = String.format("ngày %02d tháng", today.getDayOfMonth());
        assertThat(String.join(" ", pages)).doesNotContain(todayLine + " " + (today.getMonthValue() < 3
                ? String.format("%02d", today.getMonthValue()) : today.getMonthValue()) + " năm " + today.getYear());
    }

    @Test
    void cancelLeavesNothingAndKeepsAnEarlierPack() throws Exception {
        DossierRequest r = request(LocalDate.of(2025, 2, 14));
        RegistrationResult first = new RegistrationExporter().export(r, null, Progress.NONE);
        byte[] before = Files.readAllBytes(first.files().get(1));
        for (int n : new int[] {0, 1, 2, 3, 5}) {
            assertThatThrownBy(() -> new RegistrationExporter().export(r, null, new CancelAndPlanTest.CancelAfter(n)))
                    .isInstanceOf(CancelledException.class);
            try (var listing = Files.list(dir)) {
                assertThat(listing.map(p -> p.getFileName().toString()).sorted().toList()).as("cancel at " + n)
                        .containsExactly("truong-trung-hoc-pho-thong-nguyen-trai-2025-cam-ket.pdf",
                                "truong-trung-hoc-pho-thong-nguyen-trai-2025-dang-ky.pdf");
            }
            assertThat(Files.readAllBytes(first.files().get(1))).isEqualTo(before);
        }
    }
}
