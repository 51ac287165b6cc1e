package vn.antq.dossier;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param files    the files now in the output folder, in order (xlsx, pdf, zip, zip volumes)
 * @param plan     the plan as carried out (real document sizes)
 * @param millis   how long the export took
 */
public record DossierResult(List<Path> files, DossierPlan plan, long millis) {
    public DossierResult {
        files = List.copyOf(files);
    }
}
