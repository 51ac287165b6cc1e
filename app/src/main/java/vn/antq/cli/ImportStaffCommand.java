package vn.antq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.i18n.Messages;
import vn.antq.importer.ImportIssue;
import vn.antq.importer.LegacyConversion;
import vn.antq.importer.SkippedRow;
import vn.antq.importer.PreviewRow;
import vn.antq.importer.StaffImport;
import vn.antq.importer.PlanReport;
import vn.antq.importer.StaffImportPlan;
import vn.antq.importer.StaffImportPreview;
import vn.antq.importer.StaffImportResult;
import vn.antq.storage.ImportSummary;
import vn.antq.storage.Store;
import vn.antq.storage.StoreException;

/**
 * {@code import-staff FILE [--sheet S] [--column FIELD=COLUMN]… [--year YEAR] [--skip-invalid]
 * [--create-departments] [--mark-missing-left] [--dry-run] [--data-dir DIR]}: imports a staff list (.xlsx,
 * .xls, .csv, .txt) in one transaction as an update of the unit's list (people already there are matched,
 * not added again; the plan is printed first). Any invalid or unmatched row refuses the whole file (each
 * on stderr, exit 2, database unchanged) unless {@code --skip-invalid}; a department the unit does not
 * have is such a row unless {@code --create-departments}. Rows that are not people and columns converted
 * from TCVN3/VNI are listed on stderr.
 */
@Command(name = "import-staff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Nhập danh sách cán bộ từ tệp Excel (.xlsx, .xls), CSV hoặc văn bản (.txt); có dòng lỗi thì không nhập gì.",
            "Imports the staff list from Excel (.xlsx, .xls), CSV or text (.txt); nothing is imported if a row is invalid."
        })
final class ImportStaffCommand implements Callable<Integer> {
    /** Warnings printed one by one; the rest are counted (errors are always all printed). */
    static final int MAX_WARNINGS_SHOWN = 50;
    /** Lines of each section of the plan printed (new, changed, not in the file…); the rest are counted. */
    static final int MAX_PLAN_LINES = 200;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = {"Tệp danh sách; dòng tiêu đề cần cột Họ và tên, Phòng ban",
                "The list; its header row needs Full name and Department columns"})
    Path file;

    @Option(names = "--sheet", paramLabel = "SHEET",
            description = {"Trang tính cần đọc (tên hoặc số thứ tự từ 1); mặc định: trang đầu tiên có dòng tiêu đề",
                "The sheet to read (name or number from 1); default: the first with a header row"})
    String sheet;

    @Option(names = "--column", paramLabel = "FIELD=COLUMN",
            description = {"Cột của một trường, theo tiêu đề hoặc chữ cái cột, ví dụ \"Phòng ban=Tổ chuyên môn\" "
                + "hoặc \"Họ và tên=B\" (lặp lại được)",
                "The column of a field, by header text or column letter, e.g. \"Department=Tổ chuyên môn\" "
                + "or \"Full name=B\" (repeatable)"})
    java.util.List<String> columns = new java.util.ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"Năm đánh giá (mặc định: năm mới nhất)",
                "Assessment year (default: the latest)"})
    Integer year;

    @Option(names = "--skip-invalid",
            description = {"Bỏ qua các dòng lỗi, nhập các dòng đúng",
                "Leave invalid rows out, import the rest"})
    boolean skipInvalid;

    @Option(names = "--create-departments",
            description = {"Tạo các phòng ban chưa có trong đơn vị (không có: các dòng đó là lỗi)",
                "Create departments the unit does not have (without it those rows are problems)"})
    boolean createDepartments;

    @Option(names = "--mark-missing-left",
            description = {"Đánh dấu người không có trong tệp là đã nghỉ/chuyển công tác từ năm này",
                "Mark people not in the file as no longer working here from this year"})
    boolean markMissingLeft;

    @Option(names = "--dry-run",
            description = {"Chỉ kiểm tra tệp và cho xem trước thay đổi, không ghi gì",
                "Only check the file and preview the changes, save nothing"})
    boolean dryRun;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        Messages m = Messages.vietnamese();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // read and check the whole file before the database is opened
        StaffImportPreview preview = StaffImport.preview(file, sheet, null, vn.antq.domain.Progress.NONE);
        if (!columns.isEmpty() && preview.headerRowNumber() > 0) {
            preview = preview.withColumns(columns);
        }
        if (!preview.fileIssues().isEmpty()) {
            // one line: what is wrong with the file, said as "nothing was imported: …"
            List<String> problems = new ArrayList<>();
            for (ImportIssue i : preview.fileIssues()) {
                problems.add(i.text(m));
            }
            err.println(m.get("importer.rejected.file", String.join(" ", problems)));
            return Cli.EXIT_BAD_INPUT;
        }
        printNotes(err, m, preview);
        if (preview.validCount() == 0) {
            printRowErrors(err, m, preview);
            err.println(m.get("importer.nothing"));
            return Cli.EXIT_BAD_INPUT;
        }
        if (preview.invalidCount() > 0 && !skipInvalid) {
            printRowErrors(err, m, preview);
            err.println(m.get("importer.rejected", String.valueOf(preview.invalidCount())));
            return Cli.EXIT_BAD_INPUT;
        }
        if (dryRun && !java.nio.file.Files.exists(data.path().resolve(vn.antq.storage.DataDir.DB_FILE))) {
            // no unit yet: only the file can be checked
            printRowErrors(err, m, preview);
            printWarnings(err, m, preview.warnings());
            out.println(checked(m, preview));
            return 0;
        }
        try (Store store = dryRun ? data.openExisting() : data.openForWriting()) {
            if (store.unit().profile().isEmpty()) {
                throw new StoreException("store.unit.missing");
            }
            int y = DataDirOption.yearOrLatest(store, year);
            StaffImportPlan plan = StaffImport.plan(store, y, preview,
                    new StaffImportPlan.Options(skipInvalid, createDepartments, markMissingLeft));
            printRowErrors(err, m, preview);
            for (ImportIssue i : plan.problems()) {
                err.println(i.text(m));
            }
            printWarnings(err, m, preview.warnings());
            for (String line : PlanReport.lines(plan, m, MAX_PLAN_LINES)) {
                out.println(line);
            }
            if (!plan.canWrite()) {
                err.println(!skipInvalid && !plan.skippedRows().isEmpty()
                        ? m.get("importer.rejected", String.valueOf(plan.skippedRows().size()))
                        : m.get("importer.nothing"));
                return Cli.EXIT_BAD_INPUT;
            }
            if (dryRun) {
                out.println(checked(m, preview));
                return 0;
            }
            StaffImportResult result = StaffImport.apply(store, plan, null);
            ImportSummary s = result.summary();
            out.println(m.get("importer.cli.done", preview.fileName(), String.valueOf(y), s.staffAdded(),
                    s.staffUpdated(), s.departmentsCreated(), s.markedLeft(), s.pledgesSigned(), s.staffInYear()));
            if (!result.skipped().isEmpty()) {
                out.println(m.get("importer.cli.skipped", String.valueOf(result.skipped().size())));
            }
            if (!result.warnings().isEmpty()) {
                out.println(m.get("importer.cli.warnings", String.valueOf(result.warnings().size())));
            }
            return 0;
        }
    }

    private static String checked(Messages m, StaffImportPreview preview) {
        StringBuilder columns = new StringBuilder();
        preview.mapping().asMap().forEach((field, col) -> columns.append(columns.length() == 0 ? "" : ", ")
                .append(field.label().vi()).append(" = ")
                .append(org.apache.poi.ss.util.CellReference.convertNumToColString(col)));
        return m.get("importer.cli.checked", preview.fileName(), String.valueOf(preview.headerRowNumber()),
                columns.toString(), String.valueOf(preview.validCount()), String.valueOf(preview.invalidCount()),
                String.valueOf(preview.warningCount()));
    }

    /** Which sheet was read (when there are several), TCVN3/VNI columns converted, rows that are not people. */
    private static void printNotes(PrintWriter err, Messages m, StaffImportPreview preview) {
        if (preview.sheetNames().size() > 1) {
            err.println(m.get("importer.cli.sheet", preview.sheetName(), String.join(", ", preview.sheetNames())));
        }
        for (LegacyConversion c : preview.conversions()) {
            String header = c.header().isEmpty()
                    ? org.apache.poi.ss.util.CellReference.convertNumToColString(c.column()) : c.header();
            err.println(m.get("importer.cli.conversion", header, c.encoding().label(), String.valueOf(c.cells()),
                    c.before(), c.after()));
        }
        for (SkippedRow r : preview.skippedRows()) {
            err.println(m.get("importer.cli.skippedRow", String.valueOf(r.rowNumber()), m.get(r.reason().key()),
                    r.text()));
        }
    }

    private static void printWarnings(PrintWriter err, Messages m, java.util.List<ImportIssue> warnings) {
        int shown = 0;
        for (ImportIssue w : warnings) {
            if (++shown > MAX_WARNINGS_SHOWN) {
                err.println(m.get("importer.cli.moreWarnings", String.valueOf(warnings.size() - MAX_WARNINGS_SHOWN)));
                break;
            }
            err.println(m.get("importer.cli.warning", w.text(m)));
        }
    }

    private static void printRowErrors(PrintWriter err, Messages m, StaffImportPreview preview) {
        for (PreviewRow r : preview.invalidRows()) {
            for (ImportIssue i : r.errors()) {
                err.println(i.text(m));
            }
        }
    }
}
