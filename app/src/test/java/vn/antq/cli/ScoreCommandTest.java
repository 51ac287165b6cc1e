package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code score} command end to end, on the worked examples of the domain docs. */
class ScoreCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Path example(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/examples/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"perfect-100", "antt-not-achieved-50", "over-max"})
    void workedExamplesGiveTheExpectedResult(String name) throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/examples/" + name + ".expected.json")) {
            expected = JSON.readTree(in);
        }
        Run r = run("score", example(name + ".json").toString());
        assertThat(r.exit()).isEqualTo(expected.get("exit").asInt());
        if (r.exit() != 0) {
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain("\n").contains("Mục 1");
            return;
        }
        JsonNode result = JSON.readTree(r.out());
        assertThat(result.get("total").asInt()).isEqualTo(expected.get("total").asInt());
        assertThat(result.get("max").asInt()).isEqualTo(100);
        assertThat(result.get("classification").asText()).isEqualTo(expected.get("classification").asText());
        assertThat(result.get("profile").asText()).isEqualTo("default-2022");
        Iterator<Map.Entry<String, JsonNode>> it = expected.get("items").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(result.get("items").get(e.getKey()).asInt()).as("item " + e.getKey())
                    .isEqualTo(e.getValue().asInt());
        }
        assertThat(result.get("items").size()).isEqualTo(expected.get("items").size());
        assertThat(result.get("reasons").get(0).asText()).contains("Tổng điểm");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aProfileFileChangesTheClassification() throws IOException {
        Path profile = dir.resolve("tinh.json");
        Files.writeString(profile, "{\"format\":\"antq-profile/1\",\"id\":\"tinh-x-2026\","
                + "\"name\":{\"vi\":\"Ngưỡng Công an tỉnh X\"},\"levels\":["
                + "{\"code\":\"XUAT_SAC\",\"min\":95,\"label\":{\"vi\":\"Xuất sắc\"}},"
                + "{\"code\":\"KHA\",\"min\":80,\"label\":{\"vi\":\"Khá\"}},"
                + "{\"code\":\"TRUNG_BINH\",\"min\":40,\"label\":{\"vi\":\"Trung bình\"}},"
                + "{\"code\":\"YEU\",\"min\":0,\"label\":{\"vi\":\"Yếu\"}}]}", StandardCharsets.UTF_8);
        Path file = writeAssessment("\"1\": 3, \"7\": 10", "\"registered\": true, \"departments\": 2, "
                + "\"departmentsRegistered\": 2, \"anttAchieved\": true");
        Run r = run("score", file.toString(), "--profile", profile.toString());
        assertThat(r.exit()).isZero();
        JsonNode result = JSON.readTree(r.out());
        assertThat(result.get("total").asInt()).isEqualTo(66);
        assertThat(result.get("classification").asText()).isEqualTo("TRUNG_BINH");
        assertThat(result.get("profile").asText()).isEqualTo("tinh-x-2026");
        JsonNode defaults = JSON.readTree(run("score", file.toString()).out());
        assertThat(defaults.get("classification").asText()).isEqualTo("TRUNG_BINH");
        assertThat(result.get("unscored").size()).isEqualTo(15);
    }

    @Test
    void everyKindOfBadInputExits2WithOneLineAndNothingOnStdout() throws IOException {
        assertBad(writeRaw("{ \"format\": \"antq-assessment/1\", "), "JSON");
        assertBad(writeRaw("[1,2]"), "đối tượng JSON");
        assertBad(writeRaw("{\"format\":\"antq-assessment/2\",\"unit\":{\"name\":\"A\",\"type\":\"CO_QUAN\","
                + "\"year\":2026}}"), "antq-assessment/2");
        assertBad(writeAssessment("\"1\": \"ba\"", ""), "Mục 1");
        assertBad(writeAssessment("\"1\": 2.5", ""), "không phải số nguyên");
        assertBad(writeAssessment("\"1\": -1", ""), "nhỏ hơn 0");
        assertBad(writeAssessment("\"11\": 1", ""), "Mục 11");
        assertBad(writeAssessment("\"4\": 5", ""), "Mục 4");
        assertBad(writeAssessment("\"8c\": 50", ""), "Mục 8c");
        assertBad(writeAssessment("\"9\": 3", ""), "Mục 9");
        assertBad(writeAssessment("", "\"sunny\": true"), "facts.sunny");
        assertBad(writeAssessment("", "\"departments\": 2, \"departmentsRegistered\": 3"), "(3)");
        assertBad(writeAssessment("", "\"registered\": \"yes\""), "facts.registered");
        assertBad(writeAssessment("", "\"commendations\": {\"collective\": 1, \"team\": 2}"),
                "facts.commendations.team");
        assertBad(writeRaw("{\"format\":\"antq-assessment/1\",\"unit\":{\"name\":\"A\",\"type\":\"TRUONG\","
                + "\"year\":2026},\"items\":{}}"), "TRUONG");
        assertBad(writeRaw("{\"format\":\"antq-assessment/1\",\"unit\":{\"name\":\"A\",\"type\":\"CO_QUAN\","
                + "\"year\":2026,\"city\":\"Huế\"},\"items\":{}}"), "unit.city");
        assertBad(dir.resolve("missing.json"), "Không tìm thấy tệp");
        Run usage = run("score");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.out()).isEmpty();
    }

    @Test
    void laterTopLevelSectionsAreIgnored() throws IOException {
        Path file = writeRaw("{\"format\":\"antq-assessment/1\",\"notes\":{\"1\":\"đã làm\"},"
                + "\"unit\":{\"name\":\"Trường THPT Lê Lợi\",\"type\":\"CO_SO_GIAO_DUC\",\"year\":2026},"
                + "\"items\":{\"1\":3}}");
        Run r = run("score", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(JSON.readTree(r.out()).get("total").asInt()).isEqualTo(3);
    }

    @Test
    void theJarsLauncherRunsTheCommandInAChildProcess() throws Exception {
        Path file = example("perfect-100.json");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.antq.app.Launcher", "score", file.toString());
        pb.redirectErrorStream(false);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        JsonNode result = JSON.readTree(out);
        assertThat(result.get("total").asInt()).isEqualTo(100);
        assertThat(result.get("classification").asText()).isEqualTo("XUAT_SAC");

        Process help = new ProcessBuilder(pb.command().subList(0, 3)).command(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "vn.antq.app.Launcher", "--help").start();
        String helpText = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(helpText).contains("Lệnh / Commands").contains("score").contains("Chấm điểm")
                .contains("Scores an assessment");
    }

    void assertBad(Path file, String fragment) {
        Run r = run("score", file.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains(fragment).doesNotContain("\n").doesNotContain("Exception");
    }

    Path writeAssessment(String items, String facts) throws IOException {
        return writeRaw("{\"format\":\"antq-assessment/1\",\"unit\":{\"name\":\"Công ty Cổ phần Đồng Tâm\","
                + "\"type\":\"DOANH_NGHIEP\",\"year\":2026},\"items\":{" + items + "},\"facts\":{" + facts + "}}");
    }

    Path writeRaw(String content) throws IOException {
        Path p = Files.createTempFile(dir, "a", ".json");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
