package vn.antq.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.i18n.Messages;
import vn.antq.demo.DemoGenerator;

/**
 * {@code generate-demo --staff N [--year YEAR] [--evidence M] [--type TYPE] [--data-dir DIR]}: fills an empty data
 * folder with a realistic synthetic unit (deterministic for a given N and year).
 */
@Command(name = "generate-demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Tạo dữ liệu mẫu (đơn vị, cán bộ, cam kết, điểm, minh chứng) trong thư mục dữ liệu trống.",
            "Fills an empty data folder with a synthetic unit (staff, pledges, scores, evidence) for demos and tests."
        })
final class GenerateDemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--staff", required = true, paramLabel = "N",
            description = {"Số cán bộ (khoảng N/25 phòng ban)",
                "Number of staff (about N/25 departments)"})
    int staff;

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"Năm đánh giá (mặc định: năm nay)",
                "Assessment year (default: this year)"})
    Integer year;

    @Option(names = "--evidence", paramLabel = "M",
            description = {"Số tệp minh chứng, cỡ 10 KB–2 MB (mặc định: vài tệp)",
                "Evidence files of 10 KB–2 MB (default: a few)"})
    Integer evidence;

    @Option(names = "--type", paramLabel = "TYPE",
            description = {"Loại đơn vị: CO_QUAN, DOANH_NGHIEP hoặc CO_SO_GIAO_DUC (mặc định: trường học đến 300 "
                    + "cán bộ, doanh nghiệp khi lớn hơn)",
                "Unit type: CO_QUAN, DOANH_NGHIEP or CO_SO_GIAO_DUC (default: a school up to 300 staff, else an "
                    + "enterprise)"})
    String type;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        Messages m = Messages.vietnamese();
        PrintWriter out = spec.commandLine().getOut();
        int y = year != null ? year : LocalDate.now().getYear();
        UnitType unitType = null;
        if (type != null) {
            unitType = UnitType.parse(type);
            if (unitType == null) {
                throw new CliException(m.get("store.cli.init.badType", type), Cli.EXIT_BAD_INPUT);
            }
        }
        DemoGenerator.Options options = new DemoGenerator.Options(staff, y, evidence == null ? -1 : evidence,
                unitType);
        long t0 = System.nanoTime();
        java.nio.file.Path dir = data.writablePath();
        DemoGenerator.Summary s = DemoGenerator.generateInto(dir, data.options(), options, Progress.NONE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.println(m.get("importer.demo.cli.done", s.unitName(), String.valueOf(s.year()), String.valueOf(s.staff()),
                String.valueOf(s.departments()), String.valueOf(s.pledged()), String.valueOf(s.scoredItems()),
                String.valueOf(s.checklistAnswers()), String.valueOf(s.commendations()),
                String.valueOf(s.evidenceFiles()), String.format(java.util.Locale.ROOT, "%.1f",
                        s.evidenceBytes() / (1024.0 * 1024.0)), dir.toString(),
                String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0)));
        return 0;
    }
}
