package vn.antq.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;

/** {@code init --name NAME --type TYPE [--year YEAR]}: creates the unit and its first year. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {
            "Tạo đơn vị và năm đánh giá đầu tiên trong thư mục dữ liệu (không làm gì nếu đã có đơn vị).",
            "Creates the unit and its first assessment year in the data folder (refused if a unit exists)."
        })
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = {"Tên đơn vị", "The unit's name"})
    String name;

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = {"Loại đơn vị: CO_QUAN, DOANH_NGHIEP, CO_SO_GIAO_DUC", "Unit type"})
    String type;

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"Năm đánh giá (mặc định: năm nay)", "Assessment year (default: this year)"})
    Integer year;

    @Option(names = "--code", paramLabel = "CODE",
            description = {"Mã số thuế hoặc mã đơn vị (không bắt buộc)", "Tax code or unit code (optional)"})
    String code;

    @Override
    public Integer call() {
        UnitType t = UnitType.parse(type);
        if (t == null) {
            throw new CliException(DataDirOption.text("store.cli.init.badType", type), Cli.EXIT_BAD_INPUT);
        }
        int y = year == null ? LocalDate.now().getYear() : year;
        try (Store store = data.open()) {
            UnitProfile u = store.unit().create(UnitProfile.minimal(name, t).withCode(code == null ? "" : code), y);
            spec.commandLine().getOut().println(DataDirOption.text("store.cli.init.done", u.name(), t.name(),
                    String.valueOf(y), store.dataDir()));
        }
        return 0;
    }
}
