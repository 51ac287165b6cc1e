package vn.antq.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Child processes for the benchmarks: wall time to exit or to a marker line, and peak memory. */
final class Procs {
    private Procs() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs to the end; returns the wall time in ms. Fails on a non-zero exit. */
    static double timeToExit(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
        }
        return ms;
    }

    /** The result of a run to a marker line: wall time to the marker and peak RSS (VmHWM) when asked. */
    record Marked(double millis, long peakRssKb) {
    }

    /**
     * Starts the command, waits for a stdout line starting with {@code marker}; then, if
     * {@code settleMs} ≥ 0, waits that long, reads the peak RSS from /proc and kills the process.
     */
    static Marked timeToMarker(List<String> command, String marker, long settleMs)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            double ms = -1;
            List<String> seen = new ArrayList<>();
            while ((line = r.readLine()) != null) {
                if (line.startsWith(marker)) {
                    ms = (System.nanoTime() - start) / 1e6;
                    break;
                }
                if (seen.size() < 40) {
                    seen.add(line);
                }
            }
            if (ms < 0) {
                p.destroyForcibly();
                throw new IllegalStateException("no " + marker + " from " + command + "\n" + String.join("\n", seen));
            }
            long rss = -1;
            if (settleMs >= 0) {
                Thread.sleep(settleMs);
                rss = peakRssKb(p.pid());
            }
            Thread drain = new Thread(() -> {
                try {
                    r.transferTo(java.io.Writer.nullWriter());
                } catch (IOException e) {
                    // the process was killed
                }
            });
            drain.setDaemon(true);
            drain.start();
            if (!p.waitFor(settleMs >= 0 ? 1 : 60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            return new Marked(ms, rss);
        }
    }

    static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** JVM flags that make JavaFX start without a display (Monocle), unless a DISPLAY is set. */
    static List<String> fxFlags() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return List.of("-Dfile.encoding=UTF-8");
        }
        return List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");
    }

    static String displayMode() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank() ? "X display " + display : "Monocle headless";
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    static String spread(double[] v, String unit) {
        double[] s = v.clone();
        Arrays.sort(s);
        String f = s[s.length - 1] < 10 ? "%.2f–%.2f %s (n=%d)" : "%.0f–%.0f %s (n=%d)";
        return String.format(java.util.Locale.ROOT, f, s[0], s[s.length - 1], unit, s.length);
    }
}
