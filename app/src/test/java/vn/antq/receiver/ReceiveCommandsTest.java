package vn.antq.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.cli.Cli;
import vn.antq.domain.UnitType;

/** {@code receiver-init}, {@code receive} and {@code receive-summary} on the command line. */
class ReceiveCommandsTest {
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

    @Test
    void receiveOneLinePerPackageExitOneOnAlteredThenTheSummary() throws Exception {
        Instant t = Instant.parse("2025-11-10T09:00:00Z");
        Path good = ReceiverFixtures.pkg(tmp, "Công ty Cổ phần Sông Đà", UnitType.DOANH_NGHIEP, 0.8, false, t, null);
        Path bad = tmp.resolve("bad.zip");
        vn.antq.dossier.PackageForgery.forge(good, bad, 99, "XUAT_SAC");
        String r = tmp.resolve("R").toString();
        assertThat(run("receiver-init", "--data-dir", r, "--police", "Công an phường Hòa Bình", "--commune",
                "phường Hòa Bình", "--head", "Đỗ Minh Khôi").code()).isZero();

        Run ok = run("receive", "--data-dir", r, good.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out().strip().lines()).singleElement().asString().contains("Công ty Cổ phần Sông Đà")
                .contains("/100 điểm").contains("chưa ký số").contains("hợp lệ").contains("chưa đạt tiêu chuẩn ANTT");

        Run altered = run("receive", "--data-dir", r, bad.toString(), good.toString());
        assertThat(altered.code()).isEqualTo(1);
        assertThat(altered.out().strip().lines()).hasSize(2);
        assertThat(altered.out()).contains("KHÔNG NHẤT QUÁN").contains("đã nhận trước đây");

        Path out = tmp.resolve("tong-hop");
        Run sum = run("receive-summary", "--data-dir", r, "--year", "2025", "--out", out.toString());
        assertThat(sum.code()).as(sum.err()).isZero();
        assertThat(out.resolve("tong-hop-2025.xlsx")).exists();
        assertThat(out.resolve("tong-hop-2025.pdf")).exists();
        assertThat(run("receive-summary", "--data-dir", r, "--year", "2024", "--out", out.toString()).err())
                .contains("Chưa tiếp nhận hồ sơ nào của năm 2024");
        assertThat(run("receive", "--data-dir", r, tmp.resolve("khong-co.zip").toString()).code()).isEqualTo(2);
        // a unit's command on the receiver folder is refused
        Run wrong = run("list-staff", "--data-dir", r);
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("thư mục tiếp nhận hồ sơ");
        assertThat(Files.exists(tmp.resolve("R").resolve("evidence"))).isFalse();
    }
}
