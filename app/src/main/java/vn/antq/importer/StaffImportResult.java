package vn.antq.importer;

import java.util.List;
import vn.antq.storage.ImportSummary;

/**
 * What a staff import wrote.
 *
 * @param summary   what the store wrote, and the year's true counts after it
 * @param plan      the plan written (new, changed, unchanged, missing people; new departments)
 * @param skipped   the rows left out: with errors or problems (only with skip-invalid)
 * @param warnings  warnings of the file's rows (duplicate names, odd phone numbers…)
 */
public record StaffImportResult(ImportSummary summary, StaffImportPlan plan, List<PreviewRow> skipped,
        List<ImportIssue> warnings) {
    public StaffImportResult {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
