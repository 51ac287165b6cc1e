package vn.antq.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import vn.antq.domain.Progress;
import vn.antq.storage.ImportSummary;
import vn.antq.storage.NewStaff;
import vn.antq.storage.Store;
import vn.antq.domain.Dates;

/**
 * The staff workbook import: {@link #preview} reads and checks an .xlsx without saving anything;
 * {@code apply} saves a preview's rows in one transaction of the store (all or nothing).
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

    /** {@link #apply(Store, int, StaffImportPreview, boolean, Progress)} without progress. */
    public static StaffImportResult apply(Store store, int year, StaffImportPreview preview, boolean skipInvalid) {
        return apply(store, year, preview, skipInvalid, Progress.NONE);
    }

    /**
     * Saves the valid rows of a preview for {@code year} in ONE call of the store's bulk import (one
     * transaction: all or nothing; departments created as needed).
     *
     * @param skipInvalid  false: any invalid row refuses the whole import; true: the valid rows are
     *                     imported and the invalid ones reported in the result
     * @throws StaffImportRejected when the file has a problem, no valid row, or (without
     *                             skipInvalid) an invalid row; nothing is saved then
     */
    public static StaffImportResult apply(Store store, int year, StaffImportPreview preview, boolean skipInvalid,
            Progress progress) {
        if (!preview.fileIssues().isEmpty()) {
            throw new StaffImportRejected(preview.fileIssues(), 0, "importer.rejected.file",
                    preview.fileIssues().get(0).toString());
        }
        List<PreviewRow> invalid = preview.invalidRows();
        if (!invalid.isEmpty() && !skipInvalid) {
            throw new StaffImportRejected(preview.errors(), invalid.size(), "importer.rejected",
                    String.valueOf(invalid.size()));
        }
        List<StaffRow> staff = preview.validStaff();
        if (staff.isEmpty()) {
            throw new StaffImportRejected(preview.errors(), invalid.size(), "importer.nothing");
        }
        List<NewStaff> rows = new ArrayList<>(staff.size());
        for (StaffRow r : staff) {
            rows.add(new NewStaff(r.fullName(), r.department(), r.position(), r.dateOfBirth(), r.phone(), r.pledged(),
                    r.pledgeDate()));
        }
        List<ImportIssue> warnings = new ArrayList<>(preview.warnings());
        warnings.addAll(alreadyStored(store, year, preview));
        ImportSummary summary = store.importStaff(year, rows, progress == null ? Progress.NONE : progress);
        warnings.sort(java.util.Comparator.comparingInt(ImportIssue::row));
        return new StaffImportResult(summary, invalid, warnings);
    }

    /**
     * Warnings for valid rows whose name is already in the same department of the unit (a file
     * imported twice, or a person listed again): they are still imported, as two people can share a name.
     */
    public static List<ImportIssue> alreadyStored(Store store, int year, StaffImportPreview preview) {
        Locale vi = Locale.forLanguageTag("vi-VN");
        Set<String> known = new java.util.HashSet<>();
        for (var p : store.staff(year)) {
            known.add(p.staff().fullName().toLowerCase(vi) + '\u0000' + Text.clean(p.departmentName()).toLowerCase(vi));
        }
        List<ImportIssue> found = new ArrayList<>();
        for (PreviewRow r : preview.rows()) {
            if (r.valid() && known.contains(r.value().fullName().toLowerCase(vi) + '\u0000'
                    + r.value().department().toLowerCase(vi))) {
                found.add(ImportIssue.warning(r.rowNumber(), "importer.row.alreadyStored", r.value().fullName(),
                        r.value().department()));
            }
        }
        return found;
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
            h.add(Text.clean(SheetData.display(c)));
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
            return Text.clean(SheetData.display(raw(r, f)));
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
            String pledgedText = text(r, StaffField.PLEDGED);
            Boolean pledged = yesNo(pledgedText);
            if (pledged == null && !Text.fold(pledgedText).isEmpty()) {
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
                String deptKey = department.toLowerCase(Locale.forLanguageTag("vi-VN"));
                department = departmentSpelling.computeIfAbsent(deptKey, k -> text(r, StaffField.DEPARTMENT));
                String personKey = name.toLowerCase(Locale.forLanguageTag("vi-VN")) + '\u0000' + deptKey;
                Integer first = firstRowOfPerson.putIfAbsent(personKey, n);
                if (first != null) {
                    issues.add(ImportIssue.warning(n, "importer.row.duplicate", name, department, first));
                }
                value = new StaffRow(name, department, position, birth, phone, signed, pledgeDate, given);
            }
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(Text.clean(SheetData.display(r.cell(c))));
            }
            return new PreviewRow(n, cells, value, issues);
        }

        /** The date of birth; a year alone ("Năm sinh": 1985) is that year, kept as 1 January with a note. */
        private LocalDate birthDate(SheetData.Row r, List<ImportIssue> issues) {
            String cell = raw(r, StaffField.DATE_OF_BIRTH);
            if (!SheetData.isDate(cell)) {
                String t = Text.clean(cell);
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
            String t = Text.clean(cell);
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
            return Text.clean(family + " " + given);
        }
        return cellText(mapping, r, StaffField.FULL_NAME);
    }

    static String cellText(ColumnMapping mapping, SheetData.Row r, StaffField f) {
        OptionalInt c = mapping.column(f);
        return c.isPresent() ? Text.clean(SheetData.display(r.cell(c.getAsInt()))) : "";
    }

    /** Yes/no as clerks write it (có/không, x, ✓, yes/no, 1/0, đã ký/chưa ký…); null when blank or unknown. */
    static Boolean yesNo(String text) {
        String t = Text.clean(text);
        if (YES_MARKS.contains(t)) {
            return Boolean.TRUE;
        }
        if (NO_MARKS.contains(t)) {
            return Boolean.FALSE;
        }
        String f = Text.fold(t);
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
