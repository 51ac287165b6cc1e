package vn.antq.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks of issue 7 and writes {@code bench/results.md} under the build directory:
 * {@code ./mvnw -P bench -DskipTests verify} (all) or with {@code -Dbench.only=rescore,…}.
 */
public final class BenchmarkSuite {
    private BenchmarkSuite() {
    }

    /** One line of the results table. */
    record Row(String measure, String median, String spread, String target, String verdict) {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        String only = args.length > 1 ? args[1] : "all";
        List<Row> rows = new ArrayList<>();
        Path work = target.resolve("bench");
        Files.createDirectories(work);
        Path jar = target.resolve("antq-desk.jar");
        if (selected(only, "rescore")) {
            rows.add(rescore());
        }
        if (selected(only, "review")) {
            rows.add(review());
        }
        if (selected(only, "start")) {
            rows.addAll(Scenarios.startup(work, jar));
        }
        if (selected(only, "import")) {
            rows.addAll(Scenarios.importStaff(work, jar));
        }
        if (selected(only, "reimport")) {
            rows.add(Scenarios.reimportStaff(work));
        }
        if (selected(only, "export")) {
            rows.addAll(Scenarios.export(work, jar));
        }
        if (selected(only, "registration")) {
            rows.addAll(RegistrationBenchmark.run(work));
        }
        if (selected(only, "receive")) {
            rows.addAll(ReceiveBenchmark.run(work, jar));
        }
        if (selected(only, "screens")) {
            rows.addAll(ScreensBenchmark.run(work));
        }
        if (selected(only, "memory")) {
            rows.add(Scenarios.memory(work, jar));
        }
        write(target.resolve("bench").resolve("results.md"), rows);
    }

    static boolean selected(String only, String name) {
        return only == null || only.isBlank() || only.equals("all") || List.of(only.split(",")).contains(name);
    }

    static Row rescore() throws Exception {
        Options options = new OptionsBuilder()
                .include(RescoreBenchmark.class.getName())
                .forks(1)
                .jvmArgsAppend(Shipped.VM_OPTIONS)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build();
        RunResult result = new Runner(options).runSingle();
        double micros = result.getPrimaryResult().getScore();
        double error = result.getPrimaryResult().getScoreError();
        return new Row("Rescoring after one change, 5,000 staff / 200 departments (JMH, µs/op, the launcher's JIT settings)",
                fmt(micros) + " µs", "± " + fmt(error) + " µs (99.9% CI)", "< 1 ms",
                micros < 1000 ? "met" : "NOT met");
    }

    static Row review() throws Exception {
        Options options = new OptionsBuilder()
                .include(ReviewBenchmark.class.getName())
                .forks(1)
                .jvmArgsAppend(Shipped.VM_OPTIONS)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .build();
        RunResult result = new Runner(options).runSingle();
        double millis = result.getPrimaryResult().getScore();
        double error = result.getPrimaryResult().getScoreError();
        return new Row("Review of a year (read + review), 5,000-staff demo, warm (JMH, ms/op)",
                fmt(millis) + " ms", "± " + fmt(error) + " ms (99.9% CI)", "< 200 ms",
                millis < 200 ? "met" : "NOT met");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
    }

    static void write(Path file, List<Row> rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        sb.append("Benchmarks run ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(" on ").append(machine()).append("\n\n");
        sb.append("| measure | median | spread | target | verdict |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.measure()).append(" | ").append(r.median()).append(" | ").append(r.spread())
                    .append(" | ").append(r.target()).append(" | ").append(r.verdict()).append(" |\n");
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        System.out.println(sb);
        System.out.println("Written to " + file);
    }

    static String machine() {
        return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }
}
