package vn.antq.importer;

import java.util.List;
import vn.antq.domain.DomainException;

/**
 * An import refused because the workbook has errors: nothing was saved. {@link #issues()} lists
 * every error (of the file, or of each bad row with its Excel row number).
 */
public class StaffImportRejected extends DomainException {
    private final List<ImportIssue> issues;
    private final int badRows;

    StaffImportRejected(List<ImportIssue> issues, int badRows, String key, Object... args) {
        super(key, args);
        this.issues = List.copyOf(issues);
        this.badRows = badRows;
    }

    /** Every error found, file problems first, then row by row. */
    public List<ImportIssue> issues() {
        return issues;
    }

    /** How many data rows have errors (0 when the whole file is at fault). */
    public int badRows() {
        return badRows;
    }
}
