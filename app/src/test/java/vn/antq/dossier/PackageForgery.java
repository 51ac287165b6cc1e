package vn.antq.dossier;

import java.nio.file.Path;

/** For tests outside this package: a package whose assessment.json is raised and whose manifest claims a result. */
public final class PackageForgery {
    private PackageForgery() {
    }

    /** Raises every manual item, fixes the hash in the manifest and writes {@code total}/{@code level} as its result. */
    public static void forge(Path from, Path to, int total, String level) throws Exception {
        PackageCheckTest.forgeClaiming(from, to, total, level);
    }
}
