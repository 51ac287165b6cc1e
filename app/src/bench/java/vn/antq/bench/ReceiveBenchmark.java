package vn.antq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.antq.domain.Progress;
import vn.antq.dossier.DossierExporter;
import vn.antq.dossier.DossierFormat;
import vn.antq.dossier.StoreDossier;
import vn.antq.interchange.AssessmentJson;
import vn.antq.storage.Store;

/**
 * Issue 16, point 5: a commune (or a province pooling) receiving 1,000 packages of ~300 KB (no
 * evidence) and writing the year's summary, on this machine, as the installed command line runs
 * them; compared with {@code sha256sum} of the same files in the same run, with the peak RSS.
 */
final class ReceiveBenchmark {
    static final int PACKAGES = 1000;

    private ReceiveBenchmark() {
    }

    static List<BenchmarkSuite.Row> run(Path work, Path jar) throws Exception {
        Path dir = work.resolve("receive-1000");
        List<Path> packages = packages(dir);
        long bytes = 0;
        for (Path p : packages) {
            bytes += Files.size(p);
        }
        List<String> shaCmd = new ArrayList<>(List.of("sha256sum"));
        packages.forEach(p -> shaCmd.add(p.toString()));
        int runs = 3;
        double[] recv = new double[runs];
        double[] recvKb = new double[runs];
        double[] sha = new double[runs];
        double[] sum = new double[runs];
        double[] sumKb = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path r = dir.resolve("R" + i);
            if (Files.exists(r)) {
                Scenarios.deleteTree(r);
            }
            sha[i] = timed(shaCmd)[0];
            List<String> c = Scenarios.cli(work, jar, "receive", "--data-dir", r.toString());
            packages.forEach(p -> c.add(p.toString()));
            double[] t = timed(c);
            recv[i] = t[0];
            recvKb[i] = t[1];
            double[] s = timed(Scenarios.cli(work, jar, "receive-summary", "--data-dir", r.toString(), "--year",
                    String.valueOf(Scenarios.YEAR), "--out", dir.resolve("sum" + i).toString()));
            sum[i] = s[0];
            sumKb[i] = s[1];
        }
        double perSec = PACKAGES / (Procs.median(recv) / 1000);
        double shaPerSec = PACKAGES / (Procs.median(sha) / 1000);
        List<BenchmarkSuite.Row> rows = new ArrayList<>();
        rows.add(new BenchmarkSuite.Row(String.format(Locale.ROOT,
                "receive: %d packages (%.0f KB each, no evidence), checked (bytes, re-scoring) and recorded, one process",
                PACKAGES, bytes / 1024.0 / PACKAGES),
                String.format(Locale.ROOT, "%.0f ms = %.0f packages/s", Procs.median(recv), perSec),
                Procs.spread(recv, "ms"), "(reported)",
                String.format(Locale.ROOT, "sha256sum of the same files: %.0f ms = %.0f files/s (%.1f× faster)",
                        Procs.median(sha), shaPerSec, Procs.median(recv) / Procs.median(sha))));
        rows.add(new BenchmarkSuite.Row("receive: peak RSS of the process",
                String.format(Locale.ROOT, "%.0f MB", Procs.median(recvKb) / 1024), Procs.spread(kb(recvKb), "MB"),
                "< 1 GB", Procs.median(recvKb) < 1024 * 1024 ? "met" : "NOT met"));
        rows.add(new BenchmarkSuite.Row("receive-summary of the 1,000 units (workbook + PDF)",
                String.format(Locale.ROOT, "%.0f ms, peak RSS %.0f MB", Procs.median(sum), Procs.median(sumKb) / 1024),
                Procs.spread(sum, "ms"), "(reported)", "—"));
        return rows;
    }

    private static double[] kb(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / 1024;
        }
        return out;
    }

    /** Runs to the end, polling the peak RSS; returns {ms, peak kB}. */
    static double[] timed(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long peak = 0;
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            try {
                peak = Math.max(peak, Procs.peakRssKb(p.pid()));
            } catch (IOException e) {
                // it has just ended
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + command.subList(0, Math.min(8, command.size())));
        }
        return new double[] {ms, peak};
    }

    /** Four units exported for real, each copied into 250 packages of distinct units (name, code, assessment). */
    static List<Path> packages(Path dir) throws Exception {
        Path out = dir.resolve("packages");
        if (Files.exists(out)) {
            try (var s = Files.list(out)) {
                List<Path> have = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
                if (have.size() == PACKAGES) {
                    return have;
                }
            }
            Scenarios.deleteTree(out);
        }
        Files.createDirectories(out);
        List<Path> bases = new ArrayList<>();
        int[] staff = {520, 560, 600, 640};
        for (int b = 0; b < staff.length; b++) {
            Path unit = Scenarios.unit(dir.resolve("unit-" + staff[b]), staff[b], 0);
            try (Store store = Store.open(unit)) {
                var request = StoreDossier.request(store, Scenarios.YEAR, dir.resolve("base-" + b))
                        .withFormats(java.util.EnumSet.of(DossierFormat.ZIP));
                bases.add(new DossierExporter().export(request, Progress.NONE).files().get(0));
            }
        }
        List<Path> all = new ArrayList<>();
        for (int i = 0; i < PACKAGES; i++) {
            Path target = out.resolve(String.format("goi-%04d.zip", i));
            variant(bases.get(i % bases.size()), target, "Đơn vị thử số " + (i + 1), String.format("BENCH%06d", i));
            all.add(target);
        }
        return all;
    }

    /** The base package as another unit: its name and code in assessment.json and the manifest, hash updated. */
    static void variant(Path base, Path target, String name, String code) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(base.toFile())) {
            var en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        ObjectNode a = (ObjectNode) AssessmentJson.mapper().readTree(entries.get("assessment.json"));
        ((ObjectNode) a.get("unit")).put("name", name).put("code", code);
        byte[] json = AssessmentJson.write(a).getBytes(StandardCharsets.UTF_8);
        ObjectNode m = (ObjectNode) AssessmentJson.mapper().readTree(entries.get("manifest.json"));
        ((ObjectNode) m.get("unit")).put("name", name).put("code", code);
        for (JsonNode f : m.get("files")) {
            if (f.get("path").asText().equals("assessment.json")) {
                ((ObjectNode) f).put("size", json.length);
                ((ObjectNode) f).put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)));
            }
        }
        entries.put("assessment.json", json);
        entries.put("manifest.json", AssessmentJson.write(m).getBytes(StandardCharsets.UTF_8));
        try (OutputStream os = Files.newOutputStream(target); ZipOutputStream zo = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zo.putNextEntry(new ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        }
    }
}
