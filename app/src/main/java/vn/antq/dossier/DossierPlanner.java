package vn.antq.dossier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.YearSnapshot;

/**
 * Computes the {@link DossierPlan}: which evidence goes into which package volume. Sizes of
 * evidence are exact (stored bytes, an upper bound of their compressed size); the PDF and
 * workbook are estimated from the number of rows before the export, and measured during it (the
 * export plans again with the real sizes before writing the package).
 */
final class DossierPlanner {
    /** Bytes of zip headers per entry, without the name (local + central header + descriptor). */
    static final int ZIP_ENTRY_OVERHEAD = 100;
    /** The end-of-central-directory record and slack. */
    static final int ZIP_TRAILER = 1024;

    private DossierPlanner() {
    }

    static long estimatePdf(DossierRequest r) {
        YearSnapshot s = r.snapshot();
        long bytes = 160_000 + 70L * s.staff().size() + 150L * s.evidence().size() + 150L * s.departments().size()
                + 400L * r.rubric().allItems().size() + 600L * r.checklist().criteria().size();
        if (r.appendImages()) {
            for (EvidenceFile e : s.evidence()) {
                if (DossierPdf.isImage(e)) {
                    bytes += e.size() + 2_000;
                }
            }
        }
        return bytes;
    }

    static long estimateXlsx(DossierRequest r) {
        YearSnapshot s = r.snapshot();
        return 14_000 + 45L * s.staff().size() + 180L * s.evidence().size() + 60L * s.departments().size()
                + 250L * r.rubric().allItems().size() + 300L * r.checklist().criteria().size();
    }

    static DossierPlan plan(DossierRequest r) {
        return plan(r, estimatePdf(r), estimateXlsx(r));
    }

    /** The evidence index: every file of the year, numbered, with its safe name in the package. */
    static List<PackedEvidence> index(YearSnapshot s) {
        List<PackedEvidence> out = new ArrayList<>();
        int i = 1;
        for (EvidenceFile f : s.evidence()) {
            boolean available = f.status() != EvidenceStatus.MISSING && f.status() != EvidenceStatus.ALTERED;
            String path = "evidence/" + FileNames.evidence(i, f.originalName());
            out.add(new PackedEvidence(i, f, path, available ? 1 : 0,
                    available ? PackedEvidence.State.INCLUDED : PackedEvidence.State.UNAVAILABLE));
            i++;
        }
        return out;
    }

    static long entryBytes(String path, long size) {
        return size + ZIP_ENTRY_OVERHEAD + 2L * path.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Manifest size: a fixed part plus a line per file and per evidence record. */
    static long manifestBytes(int files, int evidence) {
        return 1_500 + 260L * files + 520L * evidence;
    }

    static DossierPlan plan(DossierRequest r, long pdfBytes, long xlsxBytes) {
        List<PackedEvidence> index = index(r.snapshot());
        String base = r.baseName();
        long assessment = 2_000 + 40L * r.rubric().allItems().size();
        long docs = ZIP_TRAILER + entryBytes(base + ".pdf", pdfBytes) + entryBytes(base + ".xlsx", xlsxBytes)
                + entryBytes(PackageWriter.ASSESSMENT, assessment)
                + entryBytes(PackageWriter.MANIFEST, manifestBytes(3 + index.size(), index.size()));
        long evidenceBytes = 0;
        for (PackedEvidence e : index) {
            if (e.state() != PackedEvidence.State.UNAVAILABLE) {
                evidenceBytes += entryBytes(e.path(), e.file().size());
            }
        }
        long full = docs + evidenceBytes;
        long limit = r.maxPackageBytes();
        boolean over = full > limit;
        List<Long> volumes = new ArrayList<>();
        List<PackedEvidence> placed = new ArrayList<>(index);
        if (!over || r.policy() == LargeEvidencePolicy.INCLUDE_ALL) {
            volumes.add(full);
        } else if (r.policy() == LargeEvidencePolicy.LEAVE_OUT_LARGE) {
            long total = full;
            List<PackedEvidence> bySize = new ArrayList<>(index.stream().filter(PackedEvidence::included).toList());
            bySize.sort(Comparator.comparingLong((PackedEvidence e) -> e.file().size()).reversed()
                    .thenComparing(PackedEvidence::index));
            for (PackedEvidence e : bySize) {
                if (total <= limit) {
                    break;
                }
                total -= entryBytes(e.path(), e.file().size());
                placed.set(e.index() - 1, e.in(0, PackedEvidence.State.LEFT_OUT_LARGE));
            }
            volumes.add(total);
        } else {
            // SPLIT: first fit in index order; volume 1 starts with the documents, others with a manifest.
            long volumeBase = ZIP_TRAILER + entryBytes(PackageWriter.MANIFEST, manifestBytes(index.size(), 0));
            volumes.add(docs);
            for (PackedEvidence e : index) {
                if (!e.included()) {
                    continue;
                }
                long size = entryBytes(e.path(), e.file().size());
                int target = -1;
                for (int v = 0; v < volumes.size(); v++) {
                    if (volumes.get(v) + size <= limit) {
                        target = v;
                        break;
                    }
                }
                if (target < 0) {
                    volumes.add(volumeBase);
                    target = volumes.size() - 1;
                }
                volumes.set(target, volumes.get(target) + size);
                placed.set(e.index() - 1, e.in(target + 1, PackedEvidence.State.INCLUDED));
            }
        }
        long evidenceRaw = index.stream().filter(e -> e.state() != PackedEvidence.State.UNAVAILABLE)
                .mapToLong(e -> e.file().size()).sum();
        return new DossierPlan(limit, r.policy(), pdfBytes, xlsxBytes, evidenceRaw, full, over, volumes, placed);
    }
}
