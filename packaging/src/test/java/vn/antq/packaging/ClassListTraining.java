package vn.antq.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Records the class list of the app's class data archive (see {@code vn.antq.startup.ClassDataArchive}):
 * the classes a real start of the window loads, up to the first screen with its data, plus those of
 * the command line's help. Run as a single-file program by the installer build and by the start-up
 * benchmark, so both archive the same classes:
 *
 * <pre>java ClassListTraining.java JAVA CLASSPATH WORK_DIR OUT_FILE</pre>
 *
 * CLASSPATH must hold the app and, for a machine without a display, JavaFX's Monocle platform (the
 * window then starts headless). The window is started on a small demo unit made in WORK_DIR.
 */
public final class ClassListTraining {
    private ClassListTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java ClassListTraining.java JAVA CLASSPATH WORK_DIR OUT_FILE");
            System.exit(2);
        }
        String java = args[0];
        String cp = args[1];
        Path work = Path.of(args[2]).toAbsolutePath();
        Path out = Path.of(args[3]).toAbsolutePath();
        Path data = work.resolve("class-list-training");
        if (!Files.exists(data.resolve("antq.db"))) {
            run(List.of(java, "-cp", cp, "vn.antq.app.Launcher", "generate-demo", "--staff", "200", "--evidence", "3",
                    "--data-dir", data.toString()), null);
        }
        Path gui = work.resolve("class-list-gui.txt");
        Path cli = work.resolve("class-list-cli.txt");
        List<String> window = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + gui,
                "-Dantq.bench.exit=true", "-Dfile.encoding=UTF-8"));
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            window.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        }
        window.addAll(List.of("-cp", cp, "vn.antq.app.Launcher", "--data-dir", data.toString()));
        run(window, "ANTQ_READY");
        run(List.of(java, "-XX:DumpLoadedClassList=" + cli, "-cp", cp, "vn.antq.app.Launcher", "--help"), null);
        Files.createDirectories(out.getParent());
        Files.write(out, Files.readAllLines(gui, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Files.write(out, Files.readAllLines(cli, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        long classes = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#") && !l.startsWith("@")).count();
        System.out.println("[class-list] " + classes + " classes → " + out);
    }

    /** Runs a command to its end; with {@code marker}, fails unless a stdout line starts with it. */
    private static void run(List<String> command, String marker) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean seen = marker == null;
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (marker != null && line.startsWith(marker)) {
                    seen = true;
                }
                if (lines.size() < 60) {
                    lines.add(line);
                }
            }
        }
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (p.exitValue() != 0 || !seen) {
            throw new IllegalStateException("failed (exit " + p.exitValue() + (seen ? "" : ", no " + marker) + "): "
                    + command + "\n" + String.join("\n", lines));
        }
    }
}
