package vn.antq.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import vn.antq.domain.Progress;
import vn.antq.domain.VietnameseText;
import vn.antq.storage.ImportSummary;
import vn.antq.storage.Store;
import vn.antq.domain.Dates;

/**
 * The staff workbook import: {@link #preview} reads and checks an .xlsx without saving anything;
 * {@link #plan} matches its rows to the unit's people (re-import is an update, see
 * {@link StaffImportPlan}); {@link #apply} writes the plan in one transaction of the store (all or nothing).
 *
 * <p>Workbook rules: the first sheet is read; the header row is the first row (among the first 20)
 * naming both required columns, else the first non-empty row. Required columns: Họ và tên, Phòng
 * ban; optional: Chức vụ, Ngày sinh, Số điện thoại, Đã ký cam kết, Ngày ký (or the English names).
 * Headers match regardless of case, diacritics, spacing and punctuation. Rows with every mapped
 * column empty are skipped silently. Merged cells read as the region's top-left value.
 */
public final class StaffImport {
    static final int HEADER_SEARCH_ROWS = 20;
    static final int MAX_NAME = 150;
    static final int MAX_TEXT = 200;
    static final int MAX_PHONE = 50;
    static final int MAX_CODE = 50;

    private static final Set<String> YES = Set.of("co", "x", "v", "yes", "y", "1", "da ky", "ky", "true", "dung",
            "da ky cam ket", "dong y", "ok", "roi", "da");
    private static final Set<String> NO = Set.of("khong", "no", "n", "0", "chua ky", "chua", "false", "sai",
            "chua ky cam ket", "k", "ko");
    private static final Set<String> YES_MARKS = Set.of("✓", "✔", "☑", "✅", "√", "🗸");
    private static final Set<String> NO_MARKS = Set.of("✗", "✘", "☐", "❌", "-", "–", "—");

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+");
    private static final Pattern NINE_DIGITS = Pattern.compile("[1-9][0-9]{8}");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s.()\\-]");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

    private StaffImport() {
    }

    /** Reads and checks a staff list with the detected column mapping. */
    public static StaffImportPreview preview(Path file) {
        return preview(file, null, null, Progress.NONE);
    }

    /**
     * Reads and checks a staff list; nothing is saved.
     *
     * @param file            the .xlsx, .xls, .csv or .txt file
     * @param mappingOrNull   the column mapping to use, or null to detect it from the headers
     * @throws StaffFileException when the file cannot be read as a list at all
     */
    public static StaffImportPreview preview(Path file, ColumnMapping mappingOrNull) {
        return preview(file, null, mappingOrNull, Progress.NONE);
    }

    /** As {@link #preview(Path, ColumnMapping)}, reporting progress and honouring cancellation. */
    public static StaffImportPreview preview(Path file, ColumnMapping mappingOrNull, Progress progress) {
        return preview(file, null, mappingOrNull, progress);
    }

    /**
     * Reads and checks a staff list; nothing is saved.
     *
     * @param sheetOrNull     the sheet to read (its name, or its number from 1), or null for the first
     *                        sheet with a recognisable header
     * @param mappingOrNull   the column mapping to use, or null to detect it from the headers
     */
    public static StaffImportPreview preview(Path file, String sheetOrNull, ColumnMapping mappingOrNull,
            Progress progress) {
        SheetData sheet = StaffFiles.read(file, sheetOrNull, progress == null ? Progress.NONE : progress);
        int header = findHeader(sheet);
        return parse(XlsxReader.name(file), sheet, header, mappingOrNull);
    }

    /** The file name patterns of the lists the import reads (for a file chooser). */
    public static List<String> filePatterns() {
        return StaffFiles.PATTERNS;
    }

    /**
     * What importing a preview into {@code year} would do (new, changed, unchanged and missing people,
     * new departments, problems); reads the unit, writes nothing.
     */
    public static StaffImportPlan plan(Store store, int year, StaffImportPreview preview,
            StaffImportPlan.Options options) {
        return StaffImportPlan.of(preview, store.staffList().roster(year), options);
    }

    /**
     * Writes a plan the user has seen, in ONE transaction of the store (all or nothing): the plan is
     * made again from the data as it is at the moment of writing, and the write is refused if anything
     * differs from what was shown (someone changed the staff list meanwhile).
     *
     * @throws StaffImportRejected when the file has a problem, nothing can be written, or (without
     *                             skip-invalid) a row has an error or a problem; nothing is saved then
     */
    public static StaffImportResult apply(Store store, StaffImportPlan shown, Progress progress) {
        StaffImportPreview preview = shown.preview();
        if (!preview.fileIssues().isEmpty()) {
            throw new StaffImportRejected(preview.fileIssues(), 0, "importer.rejected.file",
                    preview.fileIssues().get(0).toString());
        }
        List<ImportIssue> errors = new ArrayList<>(preview.errors());
        errors.addAll(shown.problems());
        errors.sort(java.util.Comparator.comparingInt(ImportIssue::row));
        int bad = shown.skippedRows().size();
        if (bad > 0 && !shown.options().skipInvalid()) {
            throw new StaffImportRejected(errors, bad, "importer.rejected", String.valueOf(bad));
        }
        if (shown.matchedRows() == 0) {
            throw new StaffImportRejected(errors, bad, "importer.nothing");
        }
        ImportSummary summary = store.staffList().sync(shown.year(), roster -> {
            StaffImportPlan now = StaffImportPlan.of(preview, roster, shown.options());
            if (!now.fingerprint().equals(shown.fingerprint())) {
                throw new StaffImportRejected(List.of(), 0, "importer.changedSincePreview");
            }
            return now.changes();
        }, progress == null ? Progress.NONE : progress);
        return new StaffImportResult(summary, shown, shown.skippedRows(), preview.warnings());
    }

    /** Whether a sheet has a header row naming every required column (within its first rows). */
    static boolean hasHeader(SheetData sheet) {
        int header = findHeader(sheet);
        for (SheetData.Row r : sheet.rows()) {
            if (r.number() == header) {
                return ColumnMapping.detect(headerTexts(r)).missingRequired().isEmpty();
            }
        }
        return false;
    }

    /** The Excel row number of the header row, or 0 for an empty sheet. */
    static int findHeader(SheetData sheet) {
        int firstNonBlank = 0;
        int bestRow = 0;
        int bestScore = 0;
        int seen = 0;
        for (SheetData.Row r : sheet.rows()) {
            if (r.blank()) {
                continue;
            }
            if (firstNonBlank == 0) {
                firstNonBlank = r.number();
            }
            ColumnMapping m = ColumnMapping.detect(headerTexts(r));
            if (m.missingRequired().isEmpty()) {
                return r.number();
            }
            if (m.asMap().size() > bestScore) {
                bestScore = m.asMap().size();
                bestRow = r.number();
            }
            if (++seen >= HEADER_SEARCH_ROWS) {
                break;
            }
        }
        return bestScore >= 2 ? bestRow : firstNonBlank;
    }

    private static List<String> headerTexts(SheetData.Row r) {
        List<String> h = new ArrayList<>(r.cells().size());
        for (String c : r.cells()) {
            h.add(VietnameseText.clean(SheetData.display(c)));
        }
        return h;
    }

    static StaffImportPreview parse(String fileName, SheetData sheet, int headerRow, ColumnMapping mappingOrNull) {
        List<String> headers = List.of();
        for (SheetData.Row r : sheet.rows()) {
            if (r.number() == headerRow) {
                headers = headerTexts(r);
                break;
            }
        }
        ColumnMapping detected = ColumnMapping.detect(headers);
        ColumnMapping mapping = mappingOrNull == null ? detected : mappingOrNull;
        List<ImportIssue> fileIssues = new ArrayList<>();
        if (headerRow == 0) {
            fileIssues.add(ImportIssue.error(0, "importer.file.empty", fileName, sheet.sheetName()));
            return new StaffImportPreview(fileName, sheet, 0, headers, detected, mapping, List.of(), List.of(),
                    fileIssues);
        }
        for (StaffField f : mapping.missingRequired()) {
            fileIssues.add(ImportIssue.error(0, "importer.file.missingColumn", f, f.label().en(), headerRow));
        }
        int width = headers.size();
        for (SheetData.Row r : sheet.rows()) {
            width = Math.max(width, r.number() > headerRow ? r.cells().size() : 0);
        }
        List<PreviewRow> rows = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        RowParser parser = new RowParser(mapping);
        RowKinds kinds = new RowKinds(mapping, detected);
        for (SheetData.Row r : sheet.rows()) {
            if (r.number() <= headerRow) {
                continue;
            }
            SkippedRow.Reason reason = kinds.notAPerson(r);
            if (reason != null) {
                if (!r.blank()) {
                    skipped.add(new SkippedRow(r.number(), reason, RowKinds.summary(r)));
                }
                continue;
            }
            rows.add(parser.parse(r, width));
        }
        if (fileIssues.isEmpty() && rows.isEmpty()) {
            fileIssues.add(ImportIssue.error(0, "importer.file.noData", fileName, headerRow));
        }
        return new StaffImportPreview(fileName, sheet, headerRow, headers, detected, mapping, rows, skipped,
                fileIssues);
    }

    /** Parses data rows with one mapping; remembers names per department to warn about duplicates. */
    private static final class RowParser {
        private final ColumnMapping mapping;
        private final Map<String, Integer> firstRowOfPerson = new HashMap<>();
        private final Map<String, String> departmentSpelling = new HashMap<>();
        private final LocalDate today = LocalDate.now();

        RowParser(ColumnMapping mapping) {
            this.mapping = mapping;
        }

        private String raw(SheetData.Row r, StaffField f) {
            OptionalInt c = mapping.column(f);
            return c.isPresent() ? r.cell(c.getAsInt()) : "";
        }

        private String text(SheetData.Row r, StaffField f) {
            return VietnameseText.clean(SheetData.display(raw(r, f)));
        }

        /** The parsed row (a row with something in the list's columns). */
        PreviewRow parse(SheetData.Row r, int width) {
            int n = r.number();
            List<ImportIssue> issues = new ArrayList<>();
            String name = fullName(mapping, r);
            String given = mapping.splitName() ? text(r, StaffField.GIVEN_NAME) : "";
            if (name.isEmpty()) {
                issues.add(ImportIssue.error(n, "importer.row.missing", StaffField.FULL_NAME));
            } else if (name.length() > MAX_NAME) {
                issues.add(ImportIssue.error(n, "importer.row.tooLong", StaffField.FULL_NAME, MAX_NAME));
            } else if (!name.codePoints().anyMatch(Character::isLetter)) {
                issues.add(ImportIssue.error(n, "importer.row.notName", name));
            }
            String department = text(r, StaffField.DEPARTMENT);
            if (department.isEmpty()) {
                issues.add(ImportIssue.error(n, "importer.row.missing", StaffField.DEPARTMENT));
            } else if (department.length() > MAX_TEXT) {
                issues.add(ImportIssue.error(n, "importer.row.tooLong", StaffField.DEPARTMENT, MAX_TEXT));
            }
            String position = text(r, StaffField.POSITION);
            if (position.length() > MAX_TEXT) {
                issues.add(ImportIssue.error(n, "importer.row.tooLong", StaffField.POSITION, MAX_TEXT));
            }
            LocalDate birth = birthDate(r, issues);
            if (birth != null && (birth.getYear() < 1900 || birth.isAfter(today))) {
                issues.add(ImportIssue.error(n, "importer.row.implausibleDate", StaffField.DATE_OF_BIRTH, birth));
                birth = null;
            }
            String phone = phone(text(r, StaffField.PHONE));
            if (phone.length() > MAX_PHONE) {
                issues.add(ImportIssue.error(n, "importer.row.tooLong", StaffField.PHONE, MAX_PHONE));
            } else if (!phone.isEmpty() && !looksLikePhone(phone)) {
                issues.add(ImportIssue.warning(n, "importer.row.oddPhone", phone));
            }
            String code = text(r, StaffField.STAFF_CODE);
            if (code.length() > MAX_CODE) {
                issues.add(ImportIssue.error(n, "importer.row.tooLong", StaffField.STAFF_CODE, MAX_CODE));
            }
            String pledgedText = text(r, StaffField.PLEDGED);
            Boolean pledged = yesNo(pledgedText);
            if (pledged == null && !VietnameseText.foldWords(pledgedText).isEmpty()) {
                issues.add(ImportIssue.error(n, "importer.row.badPledged", StaffField.PLEDGED, pledgedText));
            }
            LocalDate pledgeDate = date(r, StaffField.PLEDGE_DATE, issues);
            if (pledgeDate != null && (pledgeDate.getYear() < 2000 || pledgeDate.getYear() > 2100)) {
                issues.add(ImportIssue.error(n, "importer.row.implausibleDate", StaffField.PLEDGE_DATE, pledgeDate));
                pledgeDate = null;
            }
            if (Boolean.FALSE.equals(pledged) && pledgeDate != null) {
                issues.add(ImportIssue.error(n, "importer.row.dateButNotPledged", StaffField.PLEDGE_DATE, pledgeDate,
                        StaffField.PLEDGED, pledgedText));
            }
            Boolean signed = pledged != null ? pledged : pledgeDate != null ? Boolean.TRUE : null;

            StaffRow value = null;
            if (issues.stream().noneMatch(ImportIssue::isError)) {
                // one spelling per department within the file (case differences only)
                String deptKey = VietnameseText.key(department);
                department = departmentSpelling.computeIfAbsent(deptKey, k -> text(r, StaffField.DEPARTMENT));
                String personKey = VietnameseText.key(name) + '\u0000' + deptKey;
                Integer first = firstRowOfPerson.putIfAbsent(personKey, n);
                if (first != null) {
                    issues.add(ImportIssue.warning(n, "importer.row.duplicate", name, department, first));
                }
                value = new StaffRow(name, department, position, birth, phone, signed, pledgeDate, given, code);
            }
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(VietnameseText.clean(SheetData.display(r.cell(c))));
            }
            return new PreviewRow(n, cells, value, issues);
        }

        /** The date of birth; a year alone ("Năm sinh": 1985) is that year, kept as 1 January with a note. */
        private LocalDate birthDate(SheetData.Row r, List<ImportIssue> issues) {
            String cell = raw(r, StaffField.DATE_OF_BIRTH);
            if (!SheetData.isDate(cell)) {
                String t = VietnameseText.clean(cell);
                if (YEAR.matcher(t).matches()) {
                    int year = Integer.parseInt(t);
                    issues.add(ImportIssue.warning(r.number(), "importer.row.birthYearOnly", t));
                    return LocalDate.of(year, 1, 1);
                }
            }
            return date(r, StaffField.DATE_OF_BIRTH, issues);
        }

        private LocalDate date(SheetData.Row r, StaffField f, List<ImportIssue> issues) {
            String cell = raw(r, f);
            if (SheetData.isDate(cell)) {
                return SheetData.dateOf(cell);
            }
            String t = VietnameseText.clean(cell);
            if (t.isEmpty()) {
                return null;
            }
            LocalDate d = Dates.parse(t);
            if (d == null) {
                issues.add(ImportIssue.error(r.number(), "importer.row.badDate", f, t));
            }
            return d;
        }
    }

    /**
     * The full name of a row: the full-name column, or "Họ và đệm" + "Tên" joined with one space (NFC)
     * when the list keeps the name in two columns.
     */
    static String fullName(ColumnMapping mapping, SheetData.Row r) {
        if (mapping.splitName()) {
            String family = cellText(mapping, r, StaffField.FAMILY_NAME);
            String given = cellText(mapping, r, StaffField.GIVEN_NAME);
            return VietnameseText.clean(family + " " + given);
        }
        return cellText(mapping, r, StaffField.FULL_NAME);
    }

    static String cellText(ColumnMapping mapping, SheetData.Row r, StaffField f) {
        OptionalInt c = mapping.column(f);
        return c.isPresent() ? VietnameseText.clean(SheetData.display(r.cell(c.getAsInt()))) : "";
    }

    /** Yes/no as clerks write it (có/không, x, ✓, yes/no, 1/0, đã ký/chưa ký…); null when blank or unknown. */
    static Boolean yesNo(String text) {
        String t = VietnameseText.clean(text);
        if (YES_MARKS.contains(t)) {
            return Boolean.TRUE;
        }
        if (NO_MARKS.contains(t)) {
            return Boolean.FALSE;
        }
        String f = VietnameseText.foldWords(t);
        if (YES.contains(f)) {
            return Boolean.TRUE;
        }
        if (NO.contains(f)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** A phone typed as a number loses its leading 0 in Excel: 912345678 → 0912345678. */
    static String phone(String text) {
        String t = text;
        if (SCIENTIFIC.matcher(t).matches()) {
            t = new java.math.BigDecimal(t).toPlainString();
        }
        if (NINE_DIGITS.matcher(t).matches()) {
            t = "0" + t;
        }
        return t;
    }

    private static boolean looksLikePhone(String phone) {
        return PHONE.matcher(PHONE_PUNCTUATION.matcher(phone).replaceAll("")).matches();
    }
}
