package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.storage.WindowLock;

/**
 * Issue 14, point 5, with real processes: a child JVM holds the data folder as the app's window does;
 * a second start of the app on the folder brings that window forward and ends; a command that writes
 * is refused with one line while reads work; after the holder is killed (SIGKILL) nothing stale blocks.
 */
class OneWindowPerFolderTest {
    @TempDir
    Path dir;
    Process holder;
    BufferedReader holderOut;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static ProcessBuilder java(String mainClass, String... args) {
        String exe = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(exe, "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    private Path unitWithList() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("init", "--name", "Trường THCS Chu Văn An", "--type", "CO_SO_GIAO_DUC", "--year", "2026",
                "--data-dir", data.toString()).exit()).isZero();
        return data;
    }

    private Path list() throws Exception {
        Path f = dir.resolve("ds.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var os = Files.newOutputStream(f)) {
            var s = wb.createSheet("DS");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("Họ và tên");
            h.createCell(1).setCellValue("Phòng ban");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("Nguyễn Văn An");
            r.createCell(1).setCellValue("Tổ Toán");
            wb.write(os);
        }
        return f;
    }

    private void startHolder(Path data) throws Exception {
        holder = java(WindowHolder.class.getName(), data.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        holderOut = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(holderOut.readLine()).isEqualTo("READY");
    }

    @AfterEach
    void stopHolder() throws Exception {
        if (holder != null && holder.isAlive()) {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondStartOfTheAppBringsTheOpenWindowForwardAndEnds() throws Exception {
        Path data = unitWithList();
        startHolder(data);
        Process second = java("vn.antq.app.Launcher", "--data-dir", data.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the second start ends by itself").isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(holderOut.readLine()).isEqualTo("SHOWN");
        assertThat(WindowLock.acquire(data)).as("the first still has the folder").isEmpty();
    }

    @Test
    void aCommandThatWritesIsRefusedWhileReadsWorkAndAKilledWindowLeavesNoStaleLock() throws Exception {
        Path data = unitWithList();
        Path list = list();
        startHolder(data);

        Run refused = run("import-staff", list.toString(), "--create-departments", "--data-dir", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("đang mở trong ANTQ Desk");
        assertThat(refused.out()).isEmpty();
        assertThat(run("generate-demo", "--staff", "5", "--data-dir", data.toString()).exit()).isEqualTo(2);
        Run read = run("list-staff", "--data-dir", data.toString());
        assertThat(read.exit()).as(read.err()).isZero();
        Run check = run("check", "--data-dir", data.toString());
        assertThat(check.exit()).as(check.err()).isZero();

        holder.destroyForcibly(); // SIGKILL: no clean-up runs
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(WindowLock.isOpenElsewhere(data)).isFalse();
        Run after = run("import-staff", list.toString(), "--create-departments", "--data-dir", data.toString());
        assertThat(after.exit()).as(after.err()).isZero();
        try (WindowLock next = WindowLock.acquire(data).orElseThrow()) {
            assertThat(WindowLock.isOpenElsewhere(data)).isTrue();
            // a stale port file of the killed window is answered by nobody
            assertThat(WindowLock.askToShow(data)).isFalse();
        }
        assertThat(WindowLock.isOpenElsewhere(data)).isFalse();
    }
}
