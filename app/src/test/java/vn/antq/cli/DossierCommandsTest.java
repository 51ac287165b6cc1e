package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;
import vn.antq.storage.StoreFixtures;

/** {@code export} from a real data folder, then {@code verify} on the fresh and on a tampered package. */
class DossierCommandsTest {
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

    private Path fill() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            store.unit().create(UnitProfile.minimal("Công ty TNHH Ánh Dương", UnitType.DOANH_NGHIEP), 2025);
            store.years().setRegistration(2025, LocalDate.of(2025, 2, 20));
            Department d = store.departments().add("Phòng Kỹ thuật");
            store.departments().setRegistration(2025, d.id(), true, LocalDate.of(2025, 3, 1));
            StaffMember a = store.staff().add("Nguyễn Thị Ảnh", "Kỹ sư", d.id(), null, null);
            store.staff().add("=HYPERLINK(\"x\")", "", d.id(), null, null);
            store.staff().setPledge(2025, a.id(), true, LocalDate.of(2025, 3, 2));
            StoreFixtures.answerAllMet(store, 2025);
            store.scores().set(2025, "1", 3, "Đã có kế hoạch");
            Path file = tmp.resolve("Kế hoạch năm.pdf");
            Files.write(file, "%PDF-1.4 kế hoạch".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            EvidenceFile ev = store.evidence().add(file, "Kế hoạch năm.pdf");
            store.evidence().link(ev.sha256(), new EvidenceLink(2025, EvidenceTarget.RUBRIC_ITEM, "1"));
        }
        return data;
    }

    @Test
    void exportThenVerify() throws Exception {
        Path data = fill();
        Path out = tmp.resolve("out");
        Run r = run("export", "--year", "2025", "--out", out.toString(), "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String base = "cong-ty-tnhh-anh-duong-2025-ho-so";
        assertThat(out.resolve(base + ".xlsx")).exists();
        assertThat(out.resolve(base + ".pdf")).exists();
        Path zip = out.resolve(base + ".zip");
        assertThat(zip).exists();
        assertThat(r.out()).contains("Đã ghi: ").contains(base + ".zip");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("evidence/001-ke-hoach-nam.pdf")).isNotNull();
        }

        Run ok = run("verify", zip.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("HỢP LỆ, CHƯA KÝ SỐ");

        Path bad = tmp.resolve("bad.zip");
        try (ZipFile z = new ZipFile(zip.toFile());
                ZipOutputStream o = new ZipOutputStream(Files.newOutputStream(bad))) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                byte[] b;
                try (InputStream in = z.getInputStream(e)) {
                    b = in.readAllBytes();
                }
                if (e.getName().equals("assessment.json")) {
                    b[b.length / 2] ^= 1;
                }
                o.putNextEntry(new ZipEntry(e.getName()));
                o.write(b);
                o.closeEntry();
            }
        }
        Run failed = run("verify", bad.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.out()).contains("BỊ SỬA ĐỔI").contains("Khác với manifest: assessment.json");
    }

    @Test
    void onlyTheFormatsAskedForAndBadOptions() throws Exception {
        Path data = fill();
        Path out = tmp.resolve("out");
        Run r = run("export", "--out", out.toString(), "--format", "pdf", "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("cong-ty-tnhh-anh-duong-2025-ho-so.pdf");
        }
        assertThat(run("export", "--out", out.toString(), "--format", "doc", "--data-dir", data.toString()).code())
                .isEqualTo(2);
        assertThat(run("export", "--out", out.toString(), "--leave-out-large", "--split", "--data-dir",
                data.toString()).code()).isEqualTo(2);
        assertThat(run("verify", tmp.resolve("none.zip").toString()).code()).isEqualTo(2);
    }

    @Test
    void overTheLimitIsFlaggedAndSplit() throws Exception {
        Path data = fill();
        try (Store store = Store.open(data)) {
            Path big = tmp.resolve("ảnh lớn.bin");
            byte[] bytes = new byte[1_300_000];
            new java.util.Random(7).nextBytes(bytes);
            Files.write(big, bytes);
            EvidenceFile ev = store.evidence().add(big, "ảnh lớn.bin");
            store.evidence().link(ev.sha256(), new EvidenceLink(2025, EvidenceTarget.RUBRIC_ITEM, "7"));
        }
        Path out = tmp.resolve("out");
        Run flagged = run("export", "--out", out.toString(), "--format", "zip", "--max-size", "1", "--data-dir",
                data.toString());
        assertThat(flagged.code()).isZero();
        assertThat(flagged.err()).contains("vượt giới hạn 1,0 MB");
        Run split = run("export", "--out", out.toString(), "--format", "zip", "--max-size", "1", "--split",
                "--data-dir", data.toString());
        assertThat(split.code()).as(split.err()).isZero();
        Path part2 = out.resolve("cong-ty-tnhh-anh-duong-2025-ho-so-part2.zip");
        assertThat(part2).exists();
        assertThat(run("verify", out.resolve("cong-ty-tnhh-anh-duong-2025-ho-so.zip").toString(), part2.toString())
                .code()).isZero();
    }
}
