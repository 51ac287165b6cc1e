package vn.antq.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.antq.interchange.AssessmentJson;
import vn.antq.interchange.YearJson;
import vn.antq.storage.Store;

/**
 * {@code export-assessment [--year YEAR]}: the year's antq-assessment/1 JSON on stdout: the assessment
 * (unit, items, facts) and the year's records (checklist, registrations, pledges, commendations,
 * recognition, meeting, document date) that {@code import-assessment} reads back.
 */
@Command(name = "export-assessment", mixinStandardHelpOptions = true,
        description = {
            "In bản tự đánh giá của một năm (JSON antq-assessment/1) lấy từ dữ liệu, kèm hồ sơ của năm (danh mục TT124, đăng ký, cam kết, khen thưởng, cuộc họp, ngày văn bản).",
            "Prints a year's self-assessment (antq-assessment/1 JSON) from the data, with the year's records (checklist, registrations, pledges, commendations, meeting, document date)."
        })
final class ExportAssessmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"Năm đánh giá (mặc định: năm gần nhất)", "Assessment year (default: the latest)"})
    Integer year;

    @Override
    public Integer call() {
        try (Store store = data.openExisting()) {
            int y = DataDirOption.yearOrLatest(store, year);
            spec.commandLine().getOut().println(AssessmentJson.write(YearJson.toJson(store, y)));
        }
        return 0;
    }
}
