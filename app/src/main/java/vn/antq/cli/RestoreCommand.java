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

/** {@code restore FILE.zip}: verifies an archive, sets the current data aside, restores. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {
            "Khôi phục dữ liệu từ tệp sao lưu: kiểm tra từng tệp trước, dữ liệu hiện tại được giữ lại ở thư mục replaced-….",
            "Restores data from a backup: every file is verified first; the current data is kept in replaced-…."
        })
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = {"Tệp sao lưu", "The backup archive"})
    Path zip;

    @Override
    public Integer call() {
        Path dir = data.writablePath();
        Path aside = Store.restore(dir, zip, Progress.NONE);
        // opening migrates an archive from an older version and checks it
        try (Store store = Store.open(dir, data.options())) {
            String unit = store.unit().profile().map(u -> u.name()).orElse("—");
            spec.commandLine().getOut().println(aside == null
                    ? DataDirOption.text("store.cli.restore.done", zip, unit)
                    : DataDirOption.text("store.cli.restore.doneAside", zip, unit, aside));
        }
        return 0;
    }
}
