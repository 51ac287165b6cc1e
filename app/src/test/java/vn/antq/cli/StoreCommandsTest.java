package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.StaffMember;
import vn.antq.interchange.AssessmentJson;
import vn.antq.storage.Store;

class StoreCommandsTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path data() {
        return tmp.resolve("data");
    }

    private String dd() {
        return data().toString();
    }

    private void fill() {
        try (Store store = Store.open(data())) {
            Department a = store.departments().add("Phòng Hành chính");
            Department b = store.departments().add("Phòng Kế toán");
            StaffMember s1 = store.staff().add("Trần Thị Mai", "Kế toán trưởng", b.id(), null, "");
            store.staff().add("Bùi Văn Khoa", "Chánh văn phòng", a.id(), null, "");
            store.staff().setPledge(2026, s1.id(), true, LocalDate.of(2026, 3, 5));
            store.departments().setRegistration(2026, a.id(), true, LocalDate.of(2026, 3, 1));
            store.departments().setRegistration(2026, b.id(), true, LocalDate.of(2026, 3, 1));
            store.years().setRegistration(2026, LocalDate.of(2026, 2, 15));
            store.scores().set(2026, "1", 3, "");
            store.scores().set(2026, "2", 2, "");
            store.scores().set(2026, "5a", 2, "");
            store.scores().set(2026, "7", 9, "");
            vn.antq.storage.StoreFixtures.answerAllMet(store, 2026);
            store.scores().addCommendation(2026, CommendationKind.COLLECTIVE, "Giấy khen", "Công ty", "Công an huyện", "7/QĐ",
                    LocalDate.of(2026, 8, 19));
        }
    }

    @Test
    void initCreatesTheUnitOnceInTheGivenFolder() {
        Run r = run("init", "--data-dir", dd(), "--name", "Công ty CP Sông Hồng", "--type", "doanh_nghiep",
                "--year", "2026");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã tạo đơn vị “Công ty CP Sông Hồng” (DOANH_NGHIEP), năm đánh giá 2026");
        Run again = run("init", "--data-dir", dd(), "--name", "Khác", "--type", "CO_QUAN");
        assertThat(again.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("Đơn vị đã được tạo");
        Run badType = run("init", "--data-dir", tmp.resolve("x").toString(), "--name", "A", "--type", "TRUONG");
        assertThat(badType.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(badType.err()).contains("TRUONG");
        try (Store store = Store.open(data())) {
            assertThat(store.unit().profile().orElseThrow().name()).isEqualTo("Công ty CP Sông Hồng");
        }
    }

    @Test
    void listStaffAsTextAndJson() throws Exception {
        run("init", "--data-dir", dd(), "--name", "Công ty", "--type", "DOANH_NGHIEP", "--year", "2026");
        fill();
        Run text = run("list-staff", "--data-dir", dd());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Danh sách cán bộ năm 2026: 2 người, 1 người đã ký cam kết.")
                .contains("1 | Bùi Văn Khoa | Chánh văn phòng | Phòng Hành chính | chưa ký |")
                .contains("2 | Trần Thị Mai | Kế toán trưởng | Phòng Kế toán | đã ký | 05/03/2026");
        Run json = run("list-staff", "--data-dir", dd(), "--year", "2026", "--json");
        JsonNode arr = AssessmentJson.mapper().readTree(json.out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(2);
        assertThat(arr.get(1).get("fullName").asText()).isEqualTo("Trần Thị Mai");
        assertThat(arr.get(1).get("department").asText()).isEqualTo("Phòng Kế toán");
        assertThat(arr.get(1).get("pledged").asBoolean()).isTrue();
        assertThat(arr.get(1).get("pledgeDate").asText()).isEqualTo("2026-03-05");
        assertThat(arr.get(0).get("pledgeDate").isNull()).isTrue();

        Run noYear = run("list-staff", "--data-dir", dd(), "--year", "2031");
        assertThat(noYear.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(noYear.err()).contains("Chưa có năm đánh giá 2031");
        Run none = run("list-staff", "--data-dir", tmp.resolve("empty").toString());
        assertThat(none.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(none.err()).contains("Chưa có dữ liệu");
        assertThat(tmp.resolve("empty").resolve("antq.db")).doesNotExist();
    }

    @Test
    void scoreFromTheDatabaseEqualsScoringTheExportedAssessment() throws Exception {
        run("init", "--data-dir", dd(), "--name", "Công ty", "--type", "DOANH_NGHIEP", "--year", "2026");
        fill();
        Run export = run("export-assessment", "--data-dir", dd(), "--year", "2026");
        assertThat(export.code()).as(export.err()).isZero();
        JsonNode exported = AssessmentJson.mapper().readTree(export.out());
        assertThat(exported.get("format").asText()).isEqualTo("antq-assessment/1");
        assertThat(exported.at("/facts/registered").asBoolean()).isTrue();
        assertThat(exported.at("/facts/departments").asInt()).isEqualTo(2);
        assertThat(exported.at("/facts/departmentsRegistered").asInt()).isEqualTo(2);
        assertThat(exported.at("/facts/commendations/collective").asInt()).isEqualTo(1);
        assertThat(exported.at("/items/7").asInt()).isEqualTo(9);
        Path file = tmp.resolve("assessment.json");
        Files.writeString(file, export.out(), StandardCharsets.UTF_8);

        Run fromFile = run("score", file.toString());
        Run fromDb = run("score", "--year", "2026", "--data-dir", dd());
        Run latest = run("score", "--data-dir", dd());
        assertThat(fromFile.code()).as(fromFile.err()).isZero();
        assertThat(fromDb.code()).as(fromDb.err()).isZero();
        assertThat(fromDb.out()).isEqualTo(fromFile.out());
        assertThat(latest.out()).isEqualTo(fromFile.out());
        JsonNode result = AssessmentJson.mapper().readTree(fromDb.out());
        assertThat(result.get("total").asInt()).isEqualTo(3 + 2 + 2 + 9 + 1 + 2 + 50 + 2);
        assertThat(run("score", file.toString(), "--year", "2026").code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run("export-assessment", "--data-dir", dd(), "--year", "2030").err()).contains("2030");
    }

    @Test
    void backupCheckAndRestoreFromTheCommandLine() throws Exception {
        run("init", "--data-dir", dd(), "--name", "Trường Tiểu học", "--type", "CO_SO_GIAO_DUC", "--year", "2026");
        fill();
        String sha;
        try (Store store = Store.open(data())) {
            Path f = tmp.resolve("scan.pdf");
            Files.writeString(f, "%PDF-1.4 bản cam kết", StandardCharsets.UTF_8);
            EvidenceFile e = store.evidence().add(f, "Bản cam kết.pdf");
            sha = e.sha256();
        }
        Run ok = run("check", "--data-dir", dd());
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("toàn vẹn").contains("Đã kiểm tra 1 tệp minh chứng; 0 tệp có vấn đề.");

        Path zip = tmp.resolve("sao lưu.zip");
        Run backup = run("backup", "--data-dir", dd(), zip.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Đã sao lưu vào").contains("1 tệp minh chứng");

        Files.writeString(data().resolve("evidence").resolve(sha), "đã bị sửa", StandardCharsets.UTF_8);
        Run bad = run("check", "--data-dir", dd());
        assertThat(bad.code()).isEqualTo(Cli.EXIT_PROBLEM);
        assertThat(bad.out()).contains("Minh chứng bị thay đổi: Bản cam kết.pdf");

        Run restore = run("restore", "--data-dir", dd(), zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Đã khôi phục").contains("replaced-");
        assertThat(run("check", "--data-dir", dd()).code()).isZero();

        Run notZip = run("restore", "--data-dir", dd(), tmp.resolve("scan.pdf").toString());
        assertThat(notZip.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(notZip.err()).contains("không phải bản sao lưu hợp lệ");
    }

    @Test
    void checkReportsADamagedDatabaseWithExitStatusOne() throws Exception {
        run("init", "--data-dir", dd(), "--name", "Cơ quan C", "--type", "CO_QUAN", "--year", "2026");
        try (Store store = Store.open(data())) {
            for (int i = 0; i < 300; i++) {
                store.staff().add("Cán bộ " + i + " có tên dài để lấp đầy nhiều trang cơ sở dữ liệu", "Chuyên viên",
                        null, null, "0900000000");
            }
        }
        Path db = data().resolve("antq.db");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[4096 * 3];
            java.util.Arrays.fill(junk, (byte) 0x33);
            f.seek(4096 * 2);
            f.write(junk);
        }
        Run r = run("check", "--data-dir", dd());
        assertThat(r.code()).isEqualTo(Cli.EXIT_PROBLEM);
        assertThat(r.err()).contains("bị hỏng").contains("không bị ghi đè");
    }
}
