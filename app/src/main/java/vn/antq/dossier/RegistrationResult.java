package vn.antq.dossier;

import java.nio.file.Path;
import java.util.List;

/**
 * What a registration pack export wrote.
 *
 * @param files        the files now in the output folder: the registration PDF, then the pledge forms
 * @param pledgePages  pages (people) in the pledge forms
 * @param millis       how long the export took
 */
public record RegistrationResult(List<Path> files, int pledgePages, long millis) {
    public RegistrationResult {
        files = List.copyOf(files);
    }
}
