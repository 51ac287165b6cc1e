package vn.antq.importer;

import java.util.List;
import vn.antq.storage.ImportSummary;

/**
 * What a staff import saved.
 *
 * @param summary   what the store added (staff, new departments, pledges)
 * @param skipped   the invalid rows left out (only with skip-invalid)
 * @param warnings  warnings of the imported rows (duplicate names, odd phone numbers…)
 */
public record StaffImportResult(ImportSummary summary, List<PreviewRow> skipped, List<ImportIssue> warnings) {
    public StaffImportResult {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
