package vn.antq.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.antq.i18n.Messages;
import vn.antq.receiver.SummaryExport;
import vn.antq.storage.ReceiverStore;

/** {@code receive-summary --year Y --out DIR --data-dir R}: the commune's workbook and Decree 30 PDF of the year. */
@Command(name = "receive-summary", mixinStandardHelpOptions = true,
        description = {
            "Tổng hợp hồ sơ đã tiếp nhận của một năm: bảng tính (mỗi đơn vị một dòng, thống kê) và báo cáo PDF (đề nghị công nhận, kết quả phân loại).",
            "Summarises a year's received dossiers: workbook (a row per unit, counts) and PDF report (proposals, classification)."
        })
final class ReceiveSummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReceiverDirOption data;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = {"Năm đánh giá", "Assessment year"})
    int year;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = {"Thư mục ghi", "Output folder"})
    Path out;

    @Override
    public Integer call() {
        Messages vi = Messages.vietnamese();
        try (ReceiverStore store = data.open()) {
            for (Path p : SummaryExport.write(store, year, out, LocalDate.now(), vi)) {
                spec.commandLine().getOut().println(vi.get("dossier.cli.written", p.toString(),
                        ExportCommand.mb(p.toFile().length())));
            }
        }
        return 0;
    }
}
