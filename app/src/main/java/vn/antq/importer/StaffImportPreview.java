package vn.antq.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a staff workbook would import, before anything is saved: the header row, the mapping of
 * columns to fields (detected, and the one in use), each data row parsed or with its problems, and
 * problems of the whole file (a required column missing…). A screen shows it, lets the user change
 * the mapping ({@link #withMapping}, no second read of the file) and then imports it.
 */
public final class StaffImportPreview {
    private final String fileName;
    private final String sheetName;
    private final int headerRowNumber;
    private final List<String> headers;
    private final ColumnMapping detectedMapping;
    private final ColumnMapping mapping;
    private final List<PreviewRow> rows;
    private final List<ImportIssue> fileIssues;
    private final SheetData sheet;

    StaffImportPreview(String fileName, SheetData sheet, int headerRowNumber, List<String> headers,
            ColumnMapping detectedMapping, ColumnMapping mapping, List<PreviewRow> rows, List<ImportIssue> fileIssues) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.sheetName = sheet.sheetName();
        this.headerRowNumber = headerRowNumber;
        this.headers = List.copyOf(headers);
        this.detectedMapping = detectedMapping;
        this.mapping = mapping;
        this.rows = List.copyOf(rows);
        this.fileIssues = List.copyOf(fileIssues);
    }

    /** The file's name (without folder). */
    public String fileName() {
        return fileName;
    }

    /** The sheet read (the workbook's first). */
    public String sheetName() {
        return sheetName;
    }

    /** Excel row number of the header row (0 when the sheet is empty). */
    public int headerRowNumber() {
        return headerRowNumber;
    }

    /** Header text per column index ("" for a column without header), NFC and trimmed. */
    public List<String> headers() {
        return headers;
    }

    /** The mapping guessed from the headers. */
    public ColumnMapping detectedMapping() {
        return detectedMapping;
    }

    /** The mapping the rows were parsed with (the detected one unless the caller gave another). */
    public ColumnMapping mapping() {
        return mapping;
    }

    /** Data rows that are not empty, in sheet order (empty rows are skipped silently). */
    public List<PreviewRow> rows() {
        return rows;
    }

    /** Problems of the whole file (e.g. a required column missing): nothing can be imported. */
    public List<ImportIssue> fileIssues() {
        return fileIssues;
    }

    public int rowCount() {
        return rows.size();
    }

    public int validCount() {
        return (int) rows.stream().filter(PreviewRow::valid).count();
    }

    public int invalidCount() {
        return rowCount() - validCount();
    }

    public int warningCount() {
        return rows.stream().mapToInt(r -> r.warnings().size()).sum();
    }

    public List<PreviewRow> invalidRows() {
        return rows.stream().filter(r -> !r.valid()).toList();
    }

    /** The staff of the valid rows, in sheet order. */
    public List<StaffRow> validStaff() {
        return rows.stream().filter(PreviewRow::valid).map(PreviewRow::value).toList();
    }

    /** Every error: the file's, then each invalid row's. */
    public List<ImportIssue> errors() {
        List<ImportIssue> all = new ArrayList<>(fileIssues);
        for (PreviewRow r : rows) {
            all.addAll(r.errors());
        }
        return all;
    }

    /** Every warning of the rows. */
    public List<ImportIssue> warnings() {
        List<ImportIssue> all = new ArrayList<>();
        for (PreviewRow r : rows) {
            all.addAll(r.warnings());
        }
        return all;
    }

    /** Whether an import would go ahead: no file problem, some valid row, and no invalid row unless skipped. */
    public boolean canImport(boolean skipInvalid) {
        return fileIssues.isEmpty() && validCount() > 0 && (skipInvalid || invalidCount() == 0);
    }

    /** The same file parsed again with another column mapping (the file is not read again). */
    public StaffImportPreview withMapping(ColumnMapping newMapping) {
        return StaffImport.parse(fileName, sheet, headerRowNumber, newMapping);
    }

    SheetData sheet() {
        return sheet;
    }
}
