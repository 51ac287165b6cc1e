package vn.antq.cli;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.antq.domain.receiver.Commune;
import vn.antq.i18n.Messages;
import vn.antq.storage.ReceiverStore;

/** {@code receiver-init --police NAME …}: creates (or updates) a commune police's receiver folder. */
@Command(name = "receiver-init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Tạo thư mục tiếp nhận hồ sơ của Công an xã, phường, đặc khu (hoặc sửa thông tin của nó).",
            "Creates a commune police's receiver folder (or updates its details)."
        })
final class ReceiverInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReceiverDirOption data;

    @Option(names = "--police", required = true, paramLabel = "NAME",
            description = {"Tên Công an xã (ví dụ \"Công an xã Tân Lập\")", "The commune police's name"})
    String police;

    @Option(names = "--commune", paramLabel = "NAME", defaultValue = "",
            description = {"Tên xã, phường, đặc khu (ví dụ \"xã Tân Lập\")", "The commune's name"})
    String commune;

    @Option(names = "--superior", paramLabel = "NAME", defaultValue = "",
            description = {"Cơ quan cấp trên in ở đầu văn bản (ví dụ \"Công an tỉnh Đồng Nai\")", "The superior printed above"})
    String superior;

    @Option(names = "--place", paramLabel = "NAME", defaultValue = "",
            description = {"Địa danh ghi ngày tháng", "The place name of the date line"})
    String place;

    @Option(names = "--head", paramLabel = "NAME", defaultValue = "",
            description = {"Họ tên Trưởng Công an xã (người ký)", "The head of the commune police (signs)"})
    String head;

    @Option(names = "--head-title", paramLabel = "TITLE", defaultValue = "Trưởng Công an",
            description = {"Chức vụ người ký", "The signer's title"})
    String headTitle;

    @Option(names = "--deadline", paramLabel = "dd/MM", defaultValue = "20/11",
            description = {"Hạn nộp hồ sơ hằng năm (mặc định 20/11)", "The yearly due date (default 20/11)"})
    String deadline;

    @Override
    public Integer call() {
        Messages vi = Messages.vietnamese();
        MonthDay due;
        try {
            due = MonthDay.parse(deadline.strip(), DateTimeFormatter.ofPattern("d/M"));
        } catch (DateTimeParseException e) {
            throw new CliException(vi.get("receiver.cli.badDeadline", deadline), Cli.EXIT_BAD_INPUT);
        }
        try (ReceiverStore store = data.open()) {
            store.saveCommune(new Commune(police, commune, superior, place, head, headTitle,
                    String.format("%02d-%02d", due.getMonthValue(), due.getDayOfMonth())));
            spec.commandLine().getOut().println(vi.get("receiver.cli.ready", police.strip(), store.dir()));
        }
        return 0;
    }
}
