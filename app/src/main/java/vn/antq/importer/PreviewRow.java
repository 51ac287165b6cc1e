package vn.antq.importer;

import java.util.List;

/**
 * One data row of a staff workbook as the preview shows it.
 *
 * @param rowNumber  the Excel row number
 * @param cells      the row's cell text by column (dates as dd/MM/yyyy), aligned with the header list
 * @param value      the parsed staff member, or null when the row has an error
 * @param issues     errors and warnings of this row
 */
public record PreviewRow(int rowNumber, List<String> cells, StaffRow value, List<ImportIssue> issues) {
    public PreviewRow {
        cells = List.copyOf(cells);
        issues = List.copyOf(issues);
    }

    public boolean valid() {
        return value != null;
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(ImportIssue::isError).toList();
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }
}
