package vn.antq.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.antq.domain.Progress;
import vn.antq.dossier.RegistrationExporter;
import vn.antq.dossier.RegistrationResult;
import vn.antq.dossier.StoreDossier;
import vn.antq.storage.Store;

/**
 * The registration pack of the large unit (5,000 staff, 200 departments), warm, from the running app:
 * the year read from the store, the bản đăng ký with the departments' list and 200 signing sheets,
 * and 5,000 one-page pledge forms in one PDF. What a clerk otherwise makes with a Word mail merge.
 */
final class RegistrationBenchmark {
    private RegistrationBenchmark() {
    }

    static List<BenchmarkSuite.Row> run(Path work) throws Exception {
        Path large = Scenarios.largeUnit(work);
        List<BenchmarkSuite.Row> rows = new ArrayList<>();
        try (Store store = Store.open(large)) {
            Path out = Files.createDirectories(work.resolve("registration-warm"));
            RegistrationExporter exporter = new RegistrationExporter();
            double[] w = new double[Scenarios.RUNS];
            RegistrationResult last = null;
            for (int i = -2; i < w.length; i++) {
                long start = System.nanoTime();
                last = exporter.export(StoreDossier.request(store, Scenarios.YEAR, out), null, Progress.NONE);
                double t = (System.nanoTime() - start) / 1e6;
                if (i >= 0) {
                    w[i] = t;
                }
            }
            double m = Procs.median(w);
            long bytes = Files.size(last.files().get(1));
            double perPage = m / Math.max(1, last.pledgePages());
            rows.add(new BenchmarkSuite.Row(String.format(Locale.ROOT, "Registration pack of the large unit (warm JVM): "
                    + "registration, departments' list, signing sheets and %,d one-page pledge forms (%.1f MB)",
                    last.pledgePages(), bytes / 1024.0 / 1024.0),
                    String.format(Locale.ROOT, "%.0f ms = %.2f ms/page", m, perPage), Procs.spread(w, "ms"),
                    "≤ 2 ms per pledge page", perPage <= 2 ? "met" : "NOT met"));
        }
        return rows;
    }
}
