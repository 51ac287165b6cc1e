package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.storage.Store;

/** import-staff with the lists offices keep: --column, --sheet, CSV, skipped rows and TCVN3 notes (issue 19). */
class ImportStaffOptionsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path data() {
        Path data = dir.resolve("data");
        Run init = run("init", "--name", "Công ty TNHH Minh Phát", "--type", "DOANH_NGHIEP", "--year", "2026",
                "--data-dir", data.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        return data;
    }

    @Test
    void columnMapsAColumnTheAliasesDoNotKnowByHeaderOrByLetter() throws Exception {
        Path data = data();
        Path csv = Files.writeString(dir.resolve("ds.csv"), """
                Họ và tên;Nhóm sản xuất;Ghi chú
                Nguyễn Văn An;Dây chuyền 1;
                Trần Thị Bích;Dây chuyền 2;mới
                """, StandardCharsets.UTF_8);
        Run refused = run("import-staff", csv.toString(), "--create-departments", "--data-dir", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Thiếu cột bắt buộc “Phòng ban”");

        Run bad = run("import-staff", csv.toString(), "--column", "Phòng ban=Nhóm", "--data-dir", data.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("Tùy chọn --column “Phòng ban=Nhóm” không hợp lệ: không có cột nào có "
                + "tiêu đề “Nhóm” ở dòng tiêu đề (dòng 1)");

        Run dry = run("import-staff", csv.toString(), "--create-departments", "--column", "Phòng ban=nhom san xuat", "--dry-run",
                "--data-dir", data.toString());
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Phòng ban = B").contains("2 dòng hợp lệ");

        Run r = run("import-staff", csv.toString(), "--create-departments", "--column", "Department=B", "--column", "Chức vụ=C",
                "--data-dir", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (Store s = Store.open(data)) {
            assertThat(s.staff().ofYear(2026)).extracting(p -> p.staff().fullName() + " / " + p.departmentName() + " / "
                    + p.staff().position()).containsExactlyInAnyOrder(
                            "Nguyễn Văn An / Dây chuyền 1 / ", "Trần Thị Bích / Dây chuyền 2 / mới");
        }
    }

    @Test
    void aSchoolListInTcvn3WithFooterIsImportedWithNotesOnStderr() throws Exception {
        Path data = data();
        String list = "TR¦êNG THCS CHU V¡N AN\n"
                + "STT,Hä vµ tªn,Tæ chuyªn m«n,Ký cam kÕt\n"
                + "1,NguyÔn V¨n Hïng,Tæ To¸n,x\n"
                + "2,TrÇn ThÞ BÝch,Tæ V¨n,x\n"
                + "Tæng céng: 2 ng­êi\n"
                + ",Ng­êi lËp biÓu,,HiÖu tr­ëng\n";
        Path csv = Files.write(dir.resolve("abc.csv"), list.getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("import-staff", csv.toString(), "--create-departments", "--data-dir", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("Cột “Họ và tên” được gõ bằng mã TCVN3 (ABC): đã chuyển 4 ô sang Unicode, "
                + "ví dụ “Hä vµ tªn” → “Họ và tên”.")
                .contains("Bỏ qua dòng 5 (dòng tổng cộng): Tổng cộng: 2 người")
                .contains("Bỏ qua dòng 6 (phần ký tên cuối danh sách): Người lập biểu | Hiệu trưởng");
        assertThat(r.out()).contains("2 người mới");
        try (Store s = Store.open(data)) {
            assertThat(s.staff().ofYear(2026)).extracting(p -> p.staff().fullName() + " / " + p.departmentName())
                    .containsExactlyInAnyOrder("Nguyễn Văn Hùng / Tổ Toán", "Trần Thị Bích / Tổ Văn");
        }
    }

    @Test
    void sheetPicksTheSheetAndAMissingSheetIsOneLine() throws Exception {
        Path data = data();
        Path f = dir.resolve("hai-trang.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            for (String[] s : new String[][] {{"Văn phòng", "Nguyễn Văn An"}, {"Xưởng", "Trần Văn Bình"}}) {
                var sheet = wb.createSheet(s[0]);
                var h = sheet.createRow(0);
                h.createCell(0).setCellValue("Họ và tên");
                h.createCell(1).setCellValue("Bộ phận");
                var row = sheet.createRow(1);
                row.createCell(0).setCellValue(s[1]);
                row.createCell(1).setCellValue(s[0]);
            }
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        Run missing = run("import-staff", f.toString(), "--sheet", "Kho", "--data-dir", data.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("Tệp hai-trang.xlsx không có trang tính “Kho”. Các trang tính: "
                + "Văn phòng, Xưởng.");
        Run r = run("import-staff", f.toString(), "--sheet", "xuong", "--create-departments", "--data-dir",
                data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("Đọc trang tính “Xưởng” (tệp có các trang: Văn phòng, Xưởng).");
        try (Store s = Store.open(data)) {
            assertThat(s.staff().ofYear(2026)).extracting(p -> p.staff().fullName()).containsExactly("Trần Văn Bình");
        }
    }
}
