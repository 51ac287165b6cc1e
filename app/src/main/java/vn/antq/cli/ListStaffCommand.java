package vn.antq.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.interchange.AssessmentJson;
import vn.antq.storage.Store;

/** {@code list-staff [--year YEAR] [--json]}: staff with department and pledge status. */
@Command(name = "list-staff", mixinStandardHelpOptions = true,
        description = {
            "Liệt kê cán bộ theo phòng ban, kèm tình trạng ký cam kết của năm.",
            "Lists staff by department with their pledge status for the year."
        })
final class ListStaffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"Năm đánh giá (mặc định: năm gần nhất)", "Assessment year (default: the latest)"})
    Integer year;

    @Option(names = "--json", description = {"In dạng mảng JSON", "Print a JSON array"})
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.openExisting()) {
            int y = DataDirOption.yearOrLatest(store, year);
            List<StaffPledge> staff = store.staff().ofYear(y);
            if (json) {
                ArrayNode arr = AssessmentJson.mapper().createArrayNode();
                for (StaffPledge p : staff) {
                    ObjectNode o = arr.addObject();
                    o.put("id", p.staff().id());
                    o.put("fullName", p.staff().fullName());
                    o.put("position", p.staff().position());
                    o.put("department", p.departmentName());
                    o.put("dateOfBirth", p.staff().dateOfBirth() == null ? null : p.staff().dateOfBirth().toString());
                    o.put("phone", p.staff().phone());
                    o.put("pledged", p.signed());
                    o.put("pledgeDate", p.date() == null ? null : p.date().toString());
                }
                out.println(AssessmentJson.write(arr));
                return 0;
            }
            out.println(DataDirOption.text("store.cli.list.title", String.valueOf(y), staff.size(),
                    staff.stream().filter(StaffPledge::signed).count()));
            out.println(DataDirOption.text("store.cli.list.header"));
            int i = 1;
            for (StaffPledge p : staff) {
                out.println(String.join(" | ", String.valueOf(i++), p.staff().fullName(), p.staff().position(),
                        p.departmentName(), p.signed() ? DataDirOption.text("store.cli.list.signed")
                                : DataDirOption.text("store.cli.list.notSigned"), DataDirOption.date(p.date())));
            }
        }
        return 0;
    }
}
