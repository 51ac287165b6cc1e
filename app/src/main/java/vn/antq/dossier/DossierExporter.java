package vn.antq.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.domain.CancelledException;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;

/**
 * Exports the year's dossier: the Excel workbook, the printable PDF and the package (.zip) with
 * both, the evidence, {@code assessment.json} and {@code manifest.json}.
 *
 * <p>{@link #plan} gives the sizes before anything is written, so a screen can flag a package over
 * the limit and offer {@link LargeEvidencePolicy#LEAVE_OUT_LARGE} or {@link LargeEvidencePolicy#SPLIT}.
 * {@link #export} writes every output to a temporary file in the output folder and moves them
 * under their final names only when all succeeded; on cancel (through {@link Progress}) or failure
 * the temporary files are deleted and nothing appears under the final names.
 */
public final class DossierExporter {
    /** The sizes of the export before writing (documents estimated, evidence exact). */
    public DossierPlan plan(DossierRequest request) {
        return DossierPlanner.plan(request);
    }

    public DossierResult export(DossierRequest request, Progress progress) {
        long start = System.nanoTime();
        Progress p = progress == null ? Progress.NONE : progress;
        Set<DossierFormat> formats = request.formats();
        if (formats.isEmpty()) {
            throw new DomainException("dossier.error.noFormat");
        }
        Path dir = request.outputDir().toAbsolutePath();
        List<Path> temps = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            p.checkCancelled();
            DossierPlan plan = DossierPlanner.plan(request);
            boolean zip = formats.contains(DossierFormat.ZIP);
            Path xlsx = null;
            Path pdf = null;
            // The evidence index printed in the documents says where each file went; when the real
            // document sizes move a file to another volume, the documents are written again (rare).
            for (int attempt = 0; attempt < 3; attempt++) {
                DossierModel model = new DossierModel(request, plan);
                Progress xp = new StageProgress(p, 0, zip ? 300 : 400, request.messages().get("dossier.progress.xlsx"));
                xlsx = xlsx == null ? temp(dir, request, temps) : xlsx;
                try (OutputStream out = PackageWriter.buffered(xlsx)) {
                    new WorkbookWriter(model, xp).write(out);
                }
                p.checkCancelled();
                Progress pp = new StageProgress(p, zip ? 300 : 400, zip ? 650 : 980,
                        request.messages().get("dossier.progress.pdf"));
                pdf = pdf == null ? temp(dir, request, temps) : pdf;
                try (OutputStream out = PackageWriter.buffered(pdf)) {
                    new DossierPdf(model, pp, request.evidence()).write(out);
                }
                p.checkCancelled();
                if (!zip) {
                    break;
                }
                DossierPlan real = DossierPlanner.plan(request, Files.size(pdf), Files.size(xlsx));
                boolean same = real.evidence().equals(plan.evidence());
                plan = real;
                if (same) {
                    break;
                }
            }
            Map<Path, Path> moves = new LinkedHashMap<>();
            if (formats.contains(DossierFormat.XLSX)) {
                moves.put(xlsx, dir.resolve(request.fileName(DossierFormat.XLSX)));
            }
            if (formats.contains(DossierFormat.PDF)) {
                moves.put(pdf, dir.resolve(request.fileName(DossierFormat.PDF)));
            }
            if (zip) {
                DossierModel model = new DossierModel(request, plan);
                int volumes = plan.volumes();
                for (int v = 1; v <= volumes; v++) {
                    long from = 650 + 330L * (v - 1) / volumes;
                    long to = 650 + 330L * v / volumes;
                    PackageWriter writer = new PackageWriter(model, request.evidence(), new StageProgress(p, from, to,
                            request.messages().get("dossier.progress.zip", Integer.toString(v), Integer.toString(volumes))));
                    Path part = temp(dir, request, temps);
                    writer.write(part, v, volumes, List.of(pdf, xlsx),
                            List.of(request.fileName(DossierFormat.PDF), request.fileName(DossierFormat.XLSX)));
                    p.checkCancelled();
                    moves.put(part, dir.resolve(FileNames.volume(request.snapshot().unit().name(),
                            request.snapshot().year().year(), v)));
                }
            }
            p.checkCancelled();
            p.update(990, StageProgress.SCALE, request.messages().get("dossier.progress.move"));
            List<Path> done = new ArrayList<>();
            for (Map.Entry<Path, Path> e : moves.entrySet()) {
                move(e.getKey(), e.getValue());
                done.add(e.getValue());
            }
            if (zip) {
                removeStaleVolumes(dir, request, plan.volumes());
            }
            p.update(StageProgress.SCALE, StageProgress.SCALE, request.messages().get("dossier.progress.done"));
            return new DossierResult(done, plan, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new DomainException("dossier.error.write", dir.toString(), String.valueOf(e.getMessage()));
        } finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // best effort: a temporary file the system still holds open
                }
            }
        }
    }

    private static Path temp(Path dir, DossierRequest request, List<Path> temps) throws IOException {
        Path t = Files.createTempFile(dir, "." + request.baseName() + "-", ".tmp");
        temps.add(t);
        return t;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Volumes of an earlier split export beyond the current count would mislead; they are removed. */
    private static void removeStaleVolumes(Path dir, DossierRequest request, int volumes) throws IOException {
        String prefix = request.baseName() + "-part";
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, prefix + "*.zip")) {
            for (Path f : ds) {
                String n = f.getFileName().toString();
                String digits = n.substring(prefix.length(), n.length() - 4);
                if (digits.matches("\\d{1,3}") && Integer.parseInt(digits) > volumes) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** For callers that want to know whether a failure was a cancel. */
    public static boolean isCancel(Throwable t) {
        return t instanceof CancelledException;
    }
}
