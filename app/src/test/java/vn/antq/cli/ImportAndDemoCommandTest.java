package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.storage.Store;

/** The import-staff and generate-demo commands end to end, through the real command line and a real data folder. */
class ImportAndDemoCommandTest {
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
        Run init = run("init", "--name", "Trường THCS Chu Văn An", "--type", "CO_SO_GIAO_DUC", "--year", "2026",
                "--data-dir", data.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        return data;
    }

    private static int staffCount(Path data) {
        try (Store s = Store.open(data)) {
            return s.staff().count();
        }
    }

    private Path workbook(String name, String[]... rows) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("DS");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        return f;
    }

    @Test
    void importsAGoodListAndPrintsASummary() throws Exception {
        Path data = data();
        Path f = workbook("ds.xlsx", new String[] {"Họ và tên", "Phòng ban", "Đã ký cam kết", "Ngày ký"},
                new String[] {"Nguyễn Văn An", "Tổ Toán – Tin", "có", "05/02/2026"},
                new String[] {"Trần Thị Bích", "Tổ Ngữ văn", "không", null},
                new String[] {"Trần Thị Bích", "Tổ Ngữ văn", "có", "06/02/2026"});
        Run refused = run("import-staff", f.toString(), "--data-dir", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Dòng 2: phòng ban “Tổ Toán – Tin” chưa có trong đơn vị")
                .contains("Dòng 3: phòng ban “Tổ Ngữ văn” chưa có").contains("Không nhập gì cả");
        assertThat(staffCount(data)).isZero();
        Run r = run("import-staff", f.toString(), "--data-dir", data.toString(), "--create-departments");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Phòng ban mới — “Tổ Toán – Tin” (dòng 2)").contains("mục 8b")
                .contains("Đã nhập ds.xlsx vào năm 2026: 3 người mới, 0 người cập nhật, 2 phòng ban mới, 0 người đánh "
                        + "dấu đã nghỉ/chuyển công tác. Năm 2026: 2/3 cán bộ đã ký cam kết.")
                .contains("1 lưu ý");
        assertThat(r.err()).contains("Lưu ý — Dòng 4: “Trần Thị Bích” trùng họ tên với dòng 3");
        assertThat(staffCount(data)).isEqualTo(3);
    }

    @Test
    void invalidRowsImportNothingExitTwoAndListEachRow() throws Exception {
        Path data = data();
        Path f = workbook("loi.xlsx", new String[] {"Họ và tên", "Phòng ban", "Ngày sinh"},
                new String[] {"Nguyễn Văn An", "Phòng A", "12/05/1988"},
                new String[] {"Trần Văn Bình", null, "12/05/1988"},
                new String[] {"Lê Văn Cường", "Phòng B", "12/13/1988"});
        Run r = run("import-staff", f.toString(), "--data-dir", data.toString(), "--year", "2026");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Dòng 3: thiếu “Phòng ban”.")
                .contains("Dòng 4: “Ngày sinh” có giá trị “12/13/1988” không phải ngày hợp lệ")
                .contains("Không nhập gì cả: 2 dòng có lỗi");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(staffCount(data)).isZero();

        Run skip = run("import-staff", f.toString(), "--data-dir", data.toString(), "--skip-invalid",
                "--create-departments");
        assertThat(skip.exit()).as(skip.err()).isZero();
        assertThat(skip.out()).contains("1 người mới").contains("Đã bỏ qua 2 dòng lỗi");
        assertThat(skip.err()).contains("Dòng 3: thiếu “Phòng ban”.");
        assertThat(staffCount(data)).isEqualTo(1);
    }

    @Test
    void importingTheSameListTwiceLeavesTheCountAndMarkingMissingPeopleIsAChoice() throws Exception {
        Path data = data();
        Path f = workbook("ds.xlsx", new String[] {"Họ và tên", "Phòng ban", "Đã ký cam kết"},
                new String[] {"Nguyễn Văn An", "Tổ Toán", "có"},
                new String[] {"Trần Thị Bích", "Tổ Toán", "không"},
                new String[] {"Lê Văn Cường", "Tổ Văn", "có"});
        assertThat(run("import-staff", f.toString(), "--data-dir", data.toString(), "--create-departments").exit())
                .isZero();
        Run again = run("import-staff", f.toString(), "--data-dir", data.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 người mới, 0 người thay đổi, 3 không đổi")
                .contains("Năm 2026: 2/3 cán bộ đã ký cam kết.");
        assertThat(staffCount(data)).isEqualTo(3);

        Path fewer = workbook("ds2.xlsx", new String[] {"Họ và tên", "Phòng ban", "Đã ký cam kết"},
                new String[] {"Nguyễn Văn An", "Tổ Văn", "có"},
                new String[] {"Trần Thị Bích", "Tổ Toán", "có"});
        Run kept = run("import-staff", fewer.toString(), "--data-dir", data.toString());
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("Thay đổi — dòng 2: Nguyễn Văn An: Phòng ban: Tổ Toán → Tổ Văn")
                .contains("Thay đổi — dòng 3: Trần Thị Bích: Đã ký cam kết: không → có")
                .contains("Không có trong tệp — Lê Văn Cường (Tổ Văn)")
                .contains("vẫn giữ trong danh sách năm 2026").contains("Năm 2026: 3/3 cán bộ đã ký cam kết.");
        Run marked = run("import-staff", fewer.toString(), "--data-dir", data.toString(), "--mark-missing-left");
        assertThat(marked.exit()).as(marked.err()).isZero();
        assertThat(marked.out()).contains("1 người đánh dấu đã nghỉ/chuyển công tác")
                .contains("Năm 2026: 2/2 cán bộ đã ký cam kết.");
        try (Store s = Store.open(data)) {
            assertThat(s.staff().ofYear(2026)).hasSize(2);
            assertThat(s.staff().count()).isEqualTo(3);
        }
    }

    @Test
    void skipInvalidWithNoValidRowImportsNothing() throws Exception {
        Path data = data();
        Path f = workbook("all-bad.xlsx", new String[] {"Họ và tên", "Phòng ban", "Đã ký cam kết"},
                new String[] {"Nguyễn Văn An", "Phòng A", "hmm"},
                new String[] {null, "Phòng B", "có"});
        Run r = run("import-staff", f.toString(), "--data-dir", data.toString(), "--skip-invalid");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Dòng 2: “Đã ký cam kết” có giá trị “hmm”").contains("Dòng 3: thiếu “Họ và tên”.")
                .contains("Không có dòng hợp lệ nào để nhập.");
        assertThat(staffCount(data)).isZero();
    }

    @Test
    void dryRunChecksWithoutSaving() throws Exception {
        Path data = data();
        Path f = workbook("thu.xlsx", new String[] {"STT", "Họ và tên", "Phòng ban"},
                new String[] {"1", "Nguyễn Văn An", "Phòng A"},
                new String[] {"2", "Trần Văn Bình", null});
        Run r = run("import-staff", f.toString(), "--dry-run", "--skip-invalid", "--create-departments", "--data-dir",
                data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("dòng tiêu đề là dòng 1; cột: Họ và tên = B, Phòng ban = C. 1 dòng hợp lệ, 1 dòng lỗi")
                .contains("Chưa ghi gì");
        assertThat(r.err()).contains("Dòng 3: thiếu “Phòng ban”.");
        assertThat(r.out()).contains("Mới — dòng 2: Nguyễn Văn An (Phòng A)");
        assertThat(staffCount(data)).isZero();
        Run strict = run("import-staff", f.toString(), "--dry-run", "--data-dir", data.toString());
        assertThat(strict.exit()).isEqualTo(2);
    }

    @Test
    void englishHeadersWork() throws Exception {
        Path data = data();
        Path f = workbook("en.xlsx", new String[] {"Full name", "Department", "Position", "Pledged", "Pledge date"},
                new String[] {"Phạm Thu Hà", "Security team", "Guard", "yes", "2026-03-01"});
        Run r = run("import-staff", f.toString(), "--data-dir", data.toString(), "--create-departments");
        assertThat(r.exit()).as(r.err()).isZero();
        try (Store s = Store.open(data)) {
            assertThat(s.staff().ofYear(2026)).singleElement().satisfies(p -> {
                assertThat(p.staff().fullName()).isEqualTo("Phạm Thu Hà");
                assertThat(p.departmentName()).isEqualTo("Security team");
                assertThat(p.signed()).isTrue();
            });
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneLineAndExitTwo() throws Exception {
        Path data = data();
        Path f = Files.writeString(dir.resolve("ds.pdf"), "%PDF-1.4\nHọ và tên,Phòng ban\nA,B\n");
        Run r = run("import-staff", f.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("Tệp ds.pdf không phải là danh sách đọc được (nhận tệp Excel .xlsx, "
                + ".xls, tệp .csv hoặc văn bản .txt). Hãy mở bằng Excel và lưu lại dạng “Excel Workbook (*.xlsx)”.");
        assertThat(staffCount(data)).isZero();
    }

    @Test
    void missingColumnsAreReported() throws Exception {
        Path data = data();
        Path f = workbook("cot.xlsx", new String[] {"Bí danh", "Ghi chú"}, new String[] {"An", "x"});
        Run r = run("import-staff", f.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Thiếu cột bắt buộc “Họ và tên”").contains("Thiếu cột bắt buộc “Phòng ban”")
                .startsWith("Không nhập gì cả:");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void importNeedsAUnit() throws Exception {
        Path f = workbook("ds.xlsx", new String[] {"Họ và tên", "Phòng ban"}, new String[] {"An", "B"});
        Run none = run("import-staff", f.toString(), "--data-dir", dir.resolve("none").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("none");
        Store.open(dir.resolve("empty")).close();
        Run r = run("import-staff", f.toString(), "--data-dir", dir.resolve("empty").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Chưa có đơn vị");
        assertThat(staffCount(dir.resolve("empty"))).isZero();
    }

    @Test
    void generateDemoFillsAnEmptyFolderAndRefusesAFullOne() {
        Path data = dir.resolve("demo");
        Run r = run("generate-demo", "--staff", "75", "--year", "2026", "--data-dir", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("75 cán bộ, 3 phòng ban").contains("5 tệp minh chứng");
        try (Store s = Store.open(data)) {
            assertThat(s.staff().count()).isEqualTo(75);
            assertThat(s.score(2026).total()).isEqualTo(100);
        }
        Run again = run("generate-demo", "--staff", "75", "--data-dir", data.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("đã có đơn vị hoặc dữ liệu");
        Run bad = run("generate-demo", "--staff", "0", "--data-dir", dir.resolve("x").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("Số cán bộ 0 không hợp lệ");
    }

    @Test
    void helpListsBothCommands() {
        Run r = run("--help");
        assertThat(r.out()).contains("import-staff").contains("generate-demo");
    }
}
