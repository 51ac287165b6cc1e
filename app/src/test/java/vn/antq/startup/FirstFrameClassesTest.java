package vn.antq.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.demo.DemoGenerator;
import vn.antq.domain.Progress;

/**
 * What the start of the window loads before its first frame (issue 17: nothing the first window does
 * not need). The app is started as a user starts it, in a JVM of its own (headless), on a small unit, and
 * the JVM's class-loading log up to the start-up benchmark's signal ({@code ANTQ_READY}: the first frame
 * with the overview's figures, laid out) is checked for the libraries only other screens, exports and
 * commands use. A class listed here is loaded on every start of the window by every user, and costs
 * processor time exactly where the start is measured.
 */
class FirstFrameClassesTest {
    /** Class-name prefixes the first window must not load (with the reason, shown when it does). */
    private static final List<String[]> NOT_BEFORE_FIRST_FRAME = List.of(
            new String[] {"com.fasterxml.jackson.databind.ObjectMapper", "Jackson's data binding (rules are read as trees)"},
            new String[] {"org.apache.poi.", "Excel (import and export only)"},
            new String[] {"com.lowagie.", "PDF (export only)"},
            new String[] {"org.openpdf.", "PDF (export only)"},
            new String[] {"com.tngtech.archunit.", "ArchUnit (tests only)"},
            new String[] {"picocli.", "the command line"},
            new String[] {"org.flywaydb.", "Flyway (only when the schema is older)"},
            new String[] {"java.net.ServerSocket", "the second-start listener (after the first frame)"},
            new String[] {"vn.antq.ui.guide.", "the guide (opened with F1)"},
            new String[] {"vn.antq.dossier.", "the dossier (its own screen)"},
            new String[] {"vn.antq.importer.", "the staff import (its own dialog)"},
            new String[] {"vn.antq.receiver.", "the receiving end (its own folder)"},
            new String[] {"vn.antq.signing.", "signing (the dossier screen)"});

    @TempDir
    Path dir;

    @Test
    void theFirstFrameLoadsNothingOnlyOtherWorkNeeds() throws Exception {
        Path data = dir.resolve("unit");
        DemoGenerator.generateInto(data, new DemoGenerator.Options(40, 2026, 0), Progress.NONE);

        List<String> loaded = classesLoadedBeforeFirstFrame(data);

        assertThat(loaded).as("the start reached its first frame").isNotEmpty()
                .contains("vn.antq.ui.overview.OverviewView");
        List<String> unwanted = new ArrayList<>();
        for (String c : loaded) {
            for (String[] rule : NOT_BEFORE_FIRST_FRAME) {
                if (c.startsWith(rule[0])) {
                    unwanted.add(c + " — " + rule[1]);
                }
            }
        }
        assertThat(unwanted).as("classes loaded before the first frame that it does not need").isEmpty();
    }

    /** Starts the window headless on {@code data}; the classes the JVM loaded before it printed ANTQ_READY. */
    private static List<String> classesLoadedBeforeFirstFrame(Path data) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dantq.bench.exit=true", "-Dfile.encoding=UTF-8", "-Xshare:auto", "-Xlog:class+load=info",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "vn.antq.app.Launcher",
                "--data-dir", data.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> classes = new ArrayList<>();
        boolean ready = false;
        List<String> other = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("ANTQ_READY")) {
                    ready = true;
                } else if (!ready && line.contains("[class,load]")) {
                    String[] parts = line.substring(line.indexOf("[class,load]") + "[class,load]".length()).trim().split(" ");
                    classes.add(parts[0]);
                } else if (!line.contains("[class,load]") && other.size() < 40) {
                    other.add(line);
                }
            }
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        assertThat(ready).as("the window signalled its first frame; its output: %s", other).isTrue();
        return classes;
    }
}
