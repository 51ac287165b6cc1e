package vn.antq.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import vn.antq.domain.scoring.Finding;
import vn.antq.i18n.Messages;
import vn.antq.interchange.AssessmentJson;
import vn.antq.storage.Store;

/**
 * {@code review [--year YEAR] [--json]}: the contradictions in a year's records, one per line
 * ("item or criterion: what contradicts what"). Exit 1 when there is any, 0 when none.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {
            "Rà soát hồ sơ của một năm: các điểm mâu thuẫn giữa ghi nhận và điểm chấm, mỗi dòng một điểm (mã 1 nếu có).",
            "Reviews a year's records: contradictions between records and scores, one per line (exit 1 if any)."
        })
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"Năm đánh giá (mặc định: năm gần nhất)", "Assessment year (default: the latest)"})
    Integer year;

    @Option(names = "--json", description = {"In kết quả dạng JSON", "Print the findings as JSON"})
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        List<Finding> findings;
        int y;
        try (Store store = data.openExisting()) {
            y = DataDirOption.yearOrLatest(store, year);
            findings = store.assess(y).findings();
        }
        Messages m = Messages.vietnamese();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = AssessmentJson.mapper().createObjectNode();
            root.put("year", y);
            ArrayNode list = root.putArray("findings");
            for (Finding f : findings) {
                ObjectNode n = list.addObject();
                n.put("kind", f.kind().name());
                n.put("subject", f.subject());
                n.put("message", f.reason().text(m));
            }
            out.println(AssessmentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (Finding f : findings) {
                out.println(f.line(m));
            }
        }
        out.flush();
        return findings.isEmpty() ? 0 : 1;
    }
}
