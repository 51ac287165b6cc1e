package vn.antq.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.antq.domain.Progress;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.storage.IntegrityReport;
import vn.antq.storage.Store;
import vn.antq.storage.StoreException;

/** {@code check}: database integrity and evidence hashes; exit 1 on any problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Kiểm tra tính toàn vẹn của cơ sở dữ liệu và mã SHA-256 của mọi tệp minh chứng (mã thoát 1 nếu có lỗi).",
            "Checks database integrity and every evidence file's SHA-256 (exit status 1 on a problem)."
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IntegrityReport report;
        try (Store store = data.openExisting()) {
            report = store.check(Progress.NONE);
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Cli.EXIT_PROBLEM;
        }
        if (report.databaseOk()) {
            out.println(DataDirOption.text("store.cli.check.dbOk"));
        } else {
            out.println(DataDirOption.text("store.cli.check.dbBad"));
            report.integrity().forEach(l -> out.println("  " + l));
            report.foreignKeys().forEach(l -> out.println("  " + l));
        }
        for (EvidenceFile f : report.evidenceProblems()) {
            out.println(DataDirOption.text(f.status() == EvidenceStatus.MISSING ? "store.cli.check.missing"
                    : "store.cli.check.altered", f.originalName(), f.sha256()));
        }
        for (IntegrityReport.Unused u : report.unused()) {
            out.println(DataDirOption.text("store.cli.check.orphan", u.name(), String.format(java.util.Locale.ROOT,
                    "%.1f MB", u.size() / (1024.0 * 1024.0))));
        }
        out.println(DataDirOption.text("store.cli.check.summary", report.evidence().size(),
                report.evidenceProblems().size()));
        return report.ok() ? 0 : Cli.EXIT_PROBLEM;
    }
}
