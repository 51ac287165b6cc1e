package vn.antq.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.antq.storage.DataDir;
import vn.antq.storage.ReceiverStore;

/** {@code --data-dir DIR} of the receiver commands: a commune police's receiver folder. */
final class ReceiverDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", required = true,
            description = {"Thư mục tiếp nhận hồ sơ (của Công an xã)", "The receiver folder (of the commune police)"})
    String dataDir;

    Path path() {
        return DataDir.resolve(dataDir);
    }

    ReceiverStore open() {
        return ReceiverStore.open(path());
    }
}
