package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;

/** {@code export --pack registration}: the first quarter's pack from the data folder; bad values refused in one line. */
class RegistrationPackCommandTest {
    @TempDir
    Path tmp;

    private Path unit(boolean registered) {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            UnitProfile u = UnitProfile.minimal("Công ty TNHH Ánh Dương", UnitType.DOANH_NGHIEP);
            store.unit().create(new UnitProfile(u.name(), u.type(), "", "", "Hà Nội", "Xã Tân Lập",
                    "Công an xã Tân Lập", "Lê Văn Nam", "Giám đốc", "", "", true, true, true), 2026);
            if (registered) {
                store.years().setRegistration(2026, LocalDate.of(2026, 2, 20));
            }
            Department kt = store.departments().add("Phòng Kỹ thuật");
            Department kd = store.departments().add("Phòng Kinh doanh");
            store.departments().setRegistration(2026, kt.id(), true, LocalDate.of(2026, 3, 1));
            store.staff().add("Trần Văn Bình", "Kỹ sư", kt.id(), null, "");
            store.staff().add("Lê Thị Ánh", "Trưởng phòng", kt.id(), null, "");
            store.staff().add("Đỗ Minh Châu", "Nhân viên", kd.id(), null, "");
        }
        return data;
    }

    private static long pages(Path pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    @Test
    void writesTheRegistrationAndThePledgeFormsFromTheRecords() throws Exception {
        Path data = unit(true);
        Path out = tmp.resolve("out");
        DossierCommandsTest.Run r = DossierCommandsTest.run("export", "--pack", "registration", "--date", "2026-03-05",
                "--out", out.toString(), "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Path main = out.resolve("cong-ty-tnhh-anh-duong-2026-dang-ky.pdf");
        Path forms = out.resolve("cong-ty-tnhh-anh-duong-2026-cam-ket.pdf");
        assertThat(r.out()).contains("Đã ghi: " + main).contains("Đã ghi: " + forms);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.count()).as("nothing but the two PDFs (no temporary file left)").isEqualTo(2);
        }
        String text = ReviewCommandTest.pdfText(main);
        assertThat(text).contains("BẢN ĐĂNG KÝ").contains("Hà Nội, ngày 20 tháng 02 năm 2026")
                .contains("Công ty TNHH Ánh Dương đăng ký phấn đấu đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2026")
                // the criteria of Điều 6.1 as one sentence, as the Circular prints it
                .contains("1. Quý I hằng năm, tổ chức Đảng có nghị quyết chuyên đề riêng")
                .contains("có kế hoạch về bảo đảm an ninh, trật tự; đăng ký phấn đấu đạt tiêu chuẩn")
                // the enterprise's article (Điều 6): its criteria as the checklist's data words them
                .contains("Không để xảy ra")
                // the departments' list with the date given, only the registered department says so
                .contains("Hà Nội, ngày 05 tháng 3 năm 2026").contains("Có 1/2 phòng, ban, tổ, đội đã đăng ký./.")
                .contains("Phòng, ban, tổ, đội: Phòng Kinh doanh").contains("Phòng, ban, tổ, đội: Phòng Kỹ thuật")
                .contains("GIÁM ĐỐC").contains("Lê Văn Nam");
        assertThat(text.replace(" ", "")).contains("Kínhgửi:-CônganxãTânLập;-ỦybannhândânxãTânLập.")
                .contains("PhòngKinhdoanh1Chưađăngký").contains("PhòngKỹthuật2Đãđăngký01/03/2026")
                // Vietnamese name order (given name first): Ánh before Bình
                .containsPattern("1LêThịÁnhTrưởngphòng.*2TrầnVănBìnhKỹsư");
        String pledges = ReviewCommandTest.pdfText(forms);
        assertThat(pages(forms)).isEqualTo(3);
        assertThat(pledges).contains("Tôi tên là: Lê Thị Ánh").contains("Chức vụ: Trưởng phòng")
                .contains("Tôi tên là: Đỗ Minh Châu").contains("Phòng, ban, tổ, đội: Phòng Kinh doanh")
                .contains("Góp phần xây dựng doanh nghiệp đạt tiêu chuẩn")
                // nobody has signed yet: no pledge date printed
                .contains("Hà Nội, ngày …… tháng …… năm ……");
        try (Store store = Store.open(data)) {
            assertThat(store.years().documentDate(2026)).as("the dossier's document date is not touched").isEmpty();
        }
    }

    @Test
    void anUnregisteredUnitGetsABlankDateAndIsTold() throws Exception {
        Path data = unit(false);
        Path out = tmp.resolve("out");
        DossierCommandsTest.Run r = DossierCommandsTest.run("export", "--pack", "REGISTRATION", "--out", out.toString(),
                "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().strip()).isEqualTo(
                "Chưa ghi ngày đăng ký của đơn vị: ngày trên bản đăng ký để trống để ghi tay.");
        String text = ReviewCommandTest.pdfText(out.resolve("cong-ty-tnhh-anh-duong-2026-dang-ky.pdf"));
        assertThat(text).contains("BẢN ĐĂNG KÝ").contains("Hà Nội, ngày …… tháng …… năm ……")
                .doesNotContain("ngày 30 tháng");
    }

    @Test
    void theDefaultPackIsTheDossier() throws Exception {
        Path data = unit(true);
        Path out = tmp.resolve("out");
        DossierCommandsTest.Run r = DossierCommandsTest.run("export", "--pack", "dossier", "--format", "pdf",
                "--date", "2026-11-10", "--out", out.toString(), "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("cong-ty-tnhh-anh-duong-2026-ho-so.pdf")).exists();
        assertThat(out.resolve("cong-ty-tnhh-anh-duong-2026-dang-ky.pdf")).doesNotExist();
    }

    @Test
    void anUnknownPackOrADossierOptionIsRefusedInOneVietnameseLine() throws Exception {
        Path data = unit(true);
        Path out = tmp.resolve("out");
        DossierCommandsTest.Run r = DossierCommandsTest.run("export", "--pack", "dang-ky", "--out", out.toString(),
                "--data-dir", data.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("Bộ hồ sơ không hợp lệ: dang-ky (chọn dossier hoặc registration).");
        assertThat(r.out()).isEmpty();
        r = DossierCommandsTest.run("export", "--pack", "registration", "--split", "--out", out.toString(),
                "--data-dir", data.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo(
                "Tùy chọn --split không dùng được với --pack registration (bộ hồ sơ đăng ký chỉ gồm tệp PDF).");
        assertThat(out).doesNotExist();
    }
}
