package vn.antq.dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.antq.archive.ManifestZip;

/**
 * Checks a package against its {@code manifest.json}: every listed file present with the listed
 * size and SHA-256, nothing extra, no unsafe or duplicate path. Nothing is extracted to disk:
 * entries are streamed and hashed by {@link ManifestZip.Reader}, which reads each entry at most one
 * byte past its listed size and refuses declared sizes over a budget before reading any, so a
 * malicious zip (zip-slip paths, huge or bomb entries) cannot fill the disk or run for long.
 */
public final class Verifier {
    /** The most bytes hashed in one check, whatever the manifest claims. */
    static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024 * 1024;
    /** The budget of a package: no entry or sum past 8 GB, at most 200,000 files. */
    static final ManifestZip.Budget BUDGET = new ManifestZip.Budget(MAX_TOTAL_BYTES, MAX_TOTAL_BYTES, 200_000);

    private Verifier() {
    }

    public static VerifyReport verify(Path zipFile) {
        String name = zipFile.getFileName() == null ? zipFile.toString() : zipFile.getFileName().toString();
        List<VerifyReport.Problem> problems = new ArrayList<>();
        try (ManifestZip.Reader zip = ManifestZip.Reader.open(zipFile)) {
            ManifestZip.Checked checked = zip.check(PackageWriter.FORMAT, "files", "path", BUDGET, Set.of());
            for (ManifestZip.Problem p : checked.problems()) {
                problems.add(new VerifyReport.Problem(switch (p.fault()) {
                    case UNSAFE -> VerifyReport.Kind.UNSAFE;
                    case NO_MANIFEST -> VerifyReport.Kind.NO_MANIFEST;
                    case BAD_MANIFEST -> VerifyReport.Kind.BAD_MANIFEST;
                    case MISSING -> VerifyReport.Kind.MISSING;
                    case EXTRA -> VerifyReport.Kind.EXTRA;
                    case TOO_LARGE -> VerifyReport.Kind.DIFFERS;
                }, p.path()));
            }
            if (checked.manifest() == null || checked.listed().isEmpty() && !problems.isEmpty()) {
                return new VerifyReport(name, 0, problems);
            }
            boolean tooLarge = checked.problems().stream().anyMatch(p -> p.fault() == ManifestZip.Fault.TOO_LARGE);
            int count = 0;
            for (ManifestZip.Entry e : checked.listed()) {
                count++;
                boolean missing = problems.stream().anyMatch(p -> p.kind() == VerifyReport.Kind.MISSING
                        && p.path().equals(e.name()));
                if (!missing && !tooLarge && !zip.copy(e, null)) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.DIFFERS, e.name()));
                }
            }
            return new VerifyReport(name, count, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new VerifyReport.Problem(VerifyReport.Kind.UNREADABLE, name));
            return new VerifyReport(name, 0, problems);
        }
    }

    /** A relative path with '/' separators, no "..", no drive, no backslash, no control characters. */
    static boolean safe(String path) {
        return ManifestZip.safe(path);
    }
}
