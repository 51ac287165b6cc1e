package vn.antq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.antq.startup.ClassDataArchive;
import vn.antq.i18n.Messages;

/**
 * {@code prepare-start}: makes the class data archive now (the installed app otherwise makes it by
 * itself, in the background, the first time it runs): for whoever deploys the app on many PCs.
 */
@Command(name = "prepare-start", mixinStandardHelpOptions = true,
        description = {
            "Chuẩn bị để ứng dụng khởi động nhanh (tạo kho lớp CDS; ứng dụng đã cài cũng tự làm ở lần chạy đầu).",
            "Prepares a fast start (makes the class data archive; the installed app also does it on its first run)."
        })
final class PrepareStartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Messages.vietnamese();
        Optional<ClassDataArchive.Settings> settings = ClassDataArchive.fromSystem();
        if (settings.isEmpty()) {
            spec.commandLine().getErr().println(m.get("cli.prepareStart.notPackaged"));
            return Cli.EXIT_PROBLEM;
        }
        ClassDataArchive.Settings s = settings.get();
        if (ClassDataArchive.upToDate(s)) {
            out.println(m.get("cli.prepareStart.upToDate", s.archive()));
            return 0;
        }
        try {
            ClassDataArchive.create(s);
        } catch (IOException e) {
            spec.commandLine().getErr().println(m.get("cli.prepareStart.failed", e.getMessage()));
            return Cli.EXIT_PROBLEM;
        }
        out.println(m.get("cli.prepareStart.done", s.archive()));
        return 0;
    }
}
