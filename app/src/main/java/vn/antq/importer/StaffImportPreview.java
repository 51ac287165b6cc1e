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
    private final List<SkippedRow> skippedRows;
    private final SheetData sheet;

    StaffImportPreview(String fileName, SheetData sheet, int headerRowNumber, List<String> headers,
            ColumnMapping detectedMapping, ColumnMapping mapping, List<PreviewRow> rows, List<SkippedRow> skippedRows,
            List<ImportIssue> fileIssues) {
        this.skippedRows = List.copyOf(skippedRows);
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

    /** The sheet read: the one asked for, else the first with a recognisable header (the file's name for CSV). */
    public String sheetName() {
        return sheetName;
    }

    /** Every sheet of the workbook, in order (one entry for CSV/text), so the user can pick another. */
    public List<String> sheetNames() {
        return sheet.sheetNames();
    }

    /**
     * Rows below the header that are not people (totals, signature footer, repeated header, numbers
     * only, nothing in the list's columns): not imported, not errors; listed so nothing is lost unseen.
     */
    public List<SkippedRow> skippedRows() {
        return skippedRows;
    }

    /**
     * Columns whose text was typed in TCVN3 or VNI and converted to Unicode, each with one cell
     * before → after, so the clerk can confirm the conversion.
     */
    public List<LegacyConversion> conversions() {
        List<LegacyConversion> out = new java.util.ArrayList<>();
        for (SheetData.Conversion c : sheet.conversions()) {
            String header = c.column() < headers.size() ? headers.get(c.column()) : "";
            out.add(new LegacyConversion(c.column(), header, c.encoding(), c.cells(), c.before(), c.after()));
        }
        return out;
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

    /** Rows of people (valid or not), in sheet order; rows that are not people are in {@link #skippedRows}. */
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

    /**
     * This preview with the columns named by {@code assignments} mapped as the mapping dialog would:
     * each is "field=column", the field by its name (Vietnamese or English, accents optional, or any
     * header alias: "Phòng ban", "Department", "Tổ"), the column by its header text (accents, case and
     * spacing ignored) or its letter ("C"). The other columns keep their detected fields.
     *
     * @throws StaffFileException naming the assignment and what is wrong with it
     */
    public StaffImportPreview withColumns(List<String> assignments) {
        ColumnMapping m = mapping;
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0 || eq == a.length() - 1) {
                throw new StaffFileException("importer.cli.badColumn", a,
                        vn.antq.i18n.Messages.vietnamese().get("importer.cli.column.format"));
            }
            String fieldText = a.substring(0, eq).strip();
            String columnText = a.substring(eq + 1).strip();
            StaffField field = fieldNamed(fieldText);
            if (field == null) {
                StringBuilder all = new StringBuilder();
                for (StaffField f : StaffField.values()) {
                    all.append(all.length() == 0 ? "" : ", ").append(f.label().vi());
                }
                throw new StaffFileException("importer.cli.badColumn", a, vn.antq.i18n.Messages.vietnamese()
                        .get("importer.cli.column.field", fieldText, all.toString()));
            }
            int column = columnNamed(columnText);
            if (column < 0) {
                throw new StaffFileException("importer.cli.badColumn", a, vn.antq.i18n.Messages.vietnamese()
                        .get("importer.cli.column.header", columnText, String.valueOf(headerRowNumber)));
            }
            m = m.with(field, column);
        }
        return withMapping(m);
    }

    private static StaffField fieldNamed(String text) {
        String f = Text.fold(text);
        for (StaffField field : StaffField.values()) {
            if (f.equals(Text.fold(field.label().vi())) || f.equals(Text.fold(field.label().en()))
                    || f.equals(Text.fold(field.name().replace('_', ' ')))) {
                return field;
            }
        }
        return StaffField.forHeader(text);
    }

    /** The column whose header is {@code text}, else the column with that letter, else -1. */
    private int columnNamed(String text) {
        String f = Text.fold(text);
        for (int i = 0; i < headers.size(); i++) {
            if (!f.isEmpty() && Text.fold(headers.get(i)).equals(f)) {
                return i;
            }
        }
        if (text.matches("[A-Za-z]{1,2}")) {
            return XlsxReader.columnOf(text.toUpperCase(java.util.Locale.ROOT));
        }
        return -1;
    }

    SheetData sheet() {
        return sheet;
    }
}
