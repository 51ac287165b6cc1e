package vn.antq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.domain.Progress;
import vn.antq.i18n.Messages;
import vn.antq.receiver.Receiver;
import vn.antq.storage.ReceiverStore;

/**
 * {@code receive PKG.zip… --data-dir R}: checks and records packages in a receiver folder, one line
 * per package; exit 1 when any is altered, inconsistent or unreadable.
 */
@Command(name = "receive", mixinStandardHelpOptions = true,
        description = {
            "Tiếp nhận gói hồ sơ .zip vào thư mục tiếp nhận: kiểm tra, ghi nhận; mỗi gói một dòng (đơn vị, điểm, xếp loại, ANTT, chữ ký, kết luận).",
            "Receives .zip packages into a receiver folder: checks and records them, one line each."
        })
final class ReceiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReceiverDirOption data;

    @Parameters(arity = "1..*", paramLabel = "PKG.zip", description = "Gói hồ sơ / the package(s)")
    List<Path> packages;

    @Override
    public Integer call() {
        Messages vi = Messages.vietnamese();
        for (Path p : packages) {
            if (!Files.isRegularFile(p)) {
                throw new CliException(vi.get("cli.error.noFile", p), Cli.EXIT_BAD_INPUT);
            }
        }
        var out = spec.commandLine().getOut();
        boolean failed = false;
        try (ReceiverStore store = data.open()) {
            Receiver receiver = new Receiver(store, VerifyCommand.shippedCheck());
            for (Receiver.Outcome o : receiver.receive(packages, Progress.NONE)) {
                out.println(receiver.line(o));
                failed |= o.failed();
            }
        }
        return failed ? Cli.EXIT_PROBLEM : 0;
    }
}
