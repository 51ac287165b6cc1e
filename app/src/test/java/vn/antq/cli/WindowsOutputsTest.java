package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.dossier.FileNames;

/**
 * What the command line writes, made in a JVM that has Windows' line separator ({@code line.separator} is
 * {@code "\r\n"} there; the JVM reads it once at start, hence a child process): the text files inside the dossier
 * package and the backup are the same bytes as on any other platform ("\n" only), and every file and folder name
 * the app makes in the data folder and the output folder is one Windows accepts.
 */
class WindowsOutputsTest {
    private static String cli(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!"\r\n".equals(System.lineSeparator())) { // on Windows it is already; a CR LF argument would not survive there
            cmd.add("-Dline.separator=\r\n");
        }
        cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "vn.antq.app.Launcher"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data-dir", dataDir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", args) + ": " + out).isZero();
        return out;
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(name);
            assertThat(e).as(name + " in " + zip.getFileName()).isNotNull();
            return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void textFilesUseLineFeedsAndNamesSuitWindowsWhereTheLineSeparatorIsCrLf(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("out");
        String init = cli(data, "init", "--name", "CON", "--type", "CO_QUAN", "--year", "2026");
        assertThat(init).as("the child really has Windows' separator: its own lines end in CR LF").contains("\r\n");

        cli(data, "export", "--year", "2026", "--out", out.toString(), "--format", "zip");
        Path pkg = out.resolve("con-2026-ho-so.zip");
        assertThat(pkg).isRegularFile();
        for (String json : List.of("assessment.json", "manifest.json")) {
            String text = entry(pkg, json);
            assertThat(text).as(json).contains("\n").doesNotContain("\r");
        }

        Path backup = out.resolve("sao-luu.zip");
        cli(data, "backup", backup.toString());
        assertThat(entry(backup, "manifest.json")).contains("\n").doesNotContain("\r");

        cli(data, "restore", backup.toString()); // sets the replaced data aside in replaced-YYYYMMDD-HHMMSS/
        List<Path> made = new ArrayList<>();
        for (Path root : List.of(data, out)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> !f.equals(root)).forEach(made::add);
            }
        }
        assertThat(made).anyMatch(f -> f.getFileName().toString().startsWith("replaced-"));
        for (Path f : made) {
            assertThat(FileNames.windowsProblem(f.getFileName().toString())).as(f.toString()).isNull();
        }
    }
}
