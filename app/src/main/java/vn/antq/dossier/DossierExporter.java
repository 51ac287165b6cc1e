package vn.antq.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final vn.antq.signing.SigningKey signer;

    /** An exporter that does not sign. */
    public DossierExporter() {
        this(null);
    }

    /**
     * An exporter that signs with {@code signer} (null: no signature): the PDF gets a visible signature
     * in the signature block of the Tờ trình, the package a detached signature of {@code manifest.json}.
     */
    public DossierExporter(vn.antq.signing.SigningKey signer) {
        this.signer = signer;
    }

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
            removeStalePartials(dir, request.baseName());
            p.checkCancelled();
            DossierPlan plan = DossierPlanner.plan(request);
            boolean zip = formats.contains(DossierFormat.ZIP);
            boolean needXlsx = zip || formats.contains(DossierFormat.XLSX);
            boolean needPdf = zip || formats.contains(DossierFormat.PDF);
            Path xlsx = null;
            Path pdf = null;
            // The evidence index printed in the documents says where each file went; when the real
            // document sizes move a file to another volume, the documents are written again (rare).
            for (int attempt = 0; attempt < 3; attempt++) {
                DossierModel model = new DossierModel(request, plan);
                xlsx = needXlsx && xlsx == null ? temp(dir, request, temps) : xlsx;
                pdf = needPdf && pdf == null ? temp(dir, request, temps) : pdf;
                writeDocuments(request, model, xlsx, pdf, p, zip);
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
                            request.messages().get("dossier.progress.zip", Integer.toString(v), Integer.toString(volumes))),
                            signer);
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
            deleteTemporaries(temps);
        }
    }

    /**
     * Writes the workbook and the PDF (either may be null: not asked for). When both are wanted they
     * are written at once, the workbook on a second thread: they share only the read-only model, and
     * on a machine with two cores the export then takes the time of the longer one. The progress bar
     * follows the PDF (the longer); a failure or cancel on either side stops the other before the
     * temporary files are removed.
     */
    private void writeDocuments(DossierRequest request, DossierModel model, Path xlsx, Path pdf, Progress p,
            boolean zip) throws IOException {
        long end = zip ? 650 : 980;
        if (pdf == null) {
            writeWorkbook(model, new StageProgress(p, 0, end, request.messages().get("dossier.progress.xlsx")), xlsx);
            return;
        }
        Progress pp = new StageProgress(p, 0, end, request.messages().get("dossier.progress.pdf"));
        if (xlsx == null) {
            writePdf(request, model, pp, pdf);
            return;
        }
        p.update(0, StageProgress.SCALE, request.messages().get("dossier.progress.xlsx"));
        AtomicBoolean stop = new AtomicBoolean();
        Progress quiet = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return stop.get() || p.isCancelled();
            }
        };
        CompletableFuture<Void> book = CompletableFuture.runAsync(() -> {
            try {
                writeWorkbook(model, quiet, xlsx);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread t = new Thread(task, "antq-export-xlsx");
            t.setDaemon(true);
            t.start();
        });
        try {
            writePdf(request, model, pp, pdf);
        } catch (IOException | RuntimeException e) {
            stop.set(true);
            try {
                book.join();
            } catch (CompletionException ignored) {
                // the PDF's failure is the one to report
            }
            throw e;
        }
        try {
            book.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void writeWorkbook(DossierModel model, Progress progress, Path xlsx) throws IOException {
        try (OutputStream out = PackageWriter.buffered(xlsx)) {
            new WorkbookWriter(model, progress).write(out);
        }
    }

    private void writePdf(DossierRequest request, DossierModel model, Progress progress, Path pdf)
            throws IOException {
        DossierPdf document = new DossierPdf(model, progress, request.evidence());
        try (OutputStream out = PackageWriter.buffered(pdf)) {
            document.write(out);
        }
        if (signer != null) {
            PdfSignatures.sign(pdf, signer, document.signatureBox(), request);
        }
    }

    /** A temporary file named {@code .BASE-PID-RANDOM.tmp}: the process id tells a killed export's leftover. */
    static Path temp(Path dir, DossierRequest request, List<Path> temps) throws IOException {
        Path t = Files.createTempFile(dir, "." + request.baseName() + "-" + ProcessHandle.current().pid() + "-", ".tmp");
        temps.add(t);
        return t;
    }

    /**
     * Removes the temporary files an export killed before it could clean up left in the folder
     * (up to the size of a package each): those of this dossier whose process is gone.
     */
    static void removeStalePartials(Path dir, String baseName) {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote("." + baseName + "-") + "(\\d{1,19})-\\d+\\.tmp");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + baseName + "-*.tmp")) {
            for (Path f : ds) {
                java.util.regex.Matcher m = name.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean alive = pid == ProcessHandle.current().pid()
                        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException ignored) {
            // tried again at the next export
        }
    }

    /** Removes an export's temporary files; best effort: one the system still holds open stays. */
    static void deleteTemporaries(Iterable<Path> temps) {
        for (Path t : temps) {
            try {
                Files.deleteIfExists(t);
            } catch (IOException ignored) {
                // a temporary file the system still holds open
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
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
