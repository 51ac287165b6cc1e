package vn.antq.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.domain.Progress;
import vn.antq.storage.Store;

/** {@code backup OUT.zip}: one archive with the database, the evidence files and a manifest. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {
            "Sao lưu toàn bộ dữ liệu (cơ sở dữ liệu, minh chứng, bản kê SHA-256) vào một tệp ZIP.",
            "Backs up all data (database, evidence, SHA-256 manifest) into one ZIP file."
        })
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(index = "0", paramLabel = "OUT.zip", description = {"Tệp sao lưu cần tạo", "The archive to write"})
    Path out;

    @Override
    public Integer call() {
        try (Store store = data.openExisting()) {
            Path written = store.backup(out, Progress.NONE);
            spec.commandLine().getOut().println(DataDirOption.text("store.cli.backup.done", written,
                    store.evidence().list().size()));
        }
        return 0;
    }
}
