package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;

/**
 * Every command on a corpus of bad inputs: exactly ONE line on stderr, the promised exit status
 * (2 for bad input; 1 only for a check that found a problem), and nothing technical on the screen:
 * no stack trace, no exception name, no SQLite code, no Jackson internals.
 */
class BadInputCorpusTest {
    @TempDir
    static Path dir;
    static Path data;
    static Path empty;

    @BeforeAll
    static void corpus() throws Exception {
        data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            store.unit().create(UnitProfile.minimal("Cơ quan thử", UnitType.CO_QUAN), 2026);
        }
        empty = dir.resolve("empty-db");
        try (Store store = Store.open(empty)) {
            store.unit().create(UnitProfile.minimal("Cơ quan rỗng", UnitType.CO_QUAN), 2026);
            store.maybeDailyBackup();
        }
        Files.write(empty.resolve("antq.db"), new byte[0]);
        Files.deleteIfExists(empty.resolve("antq.db-wal"));
        Files.deleteIfExists(empty.resolve("antq.db-shm"));
        write("dup.json", "{\"format\":\"antq-assessment/1\",\"unit\":{\"name\":\"A\",\"type\":\"CO_QUAN\",\"year\":2026},"
                + "\"items\":{\"1\":3,\"1\":0}}");
        write("huge-number.json", "{\"format\":\"antq-assessment/1\",\"unit\":{\"name\":\"A\",\"type\":\"CO_QUAN\","
                + "\"year\":2026},\"items\":{\"1\":1e999999999}}");
        write("truncated.json", "{\"format\":\"antq-assessment/1\",\"unit\":{\"name\":");
        write("long-digits.json", "{\"a\":" + "7".repeat(5000) + "}");
        write("big.json", "[" + "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",".repeat(40_000) + "0]");
        write("deep.json", "[".repeat(100_000));
        Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, 3});
        Files.write(dir.resolve("random.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        write("text.xlsx", "Họ và tên\nNguyễn Văn A\n");
        write("not-a-zip.zip", "đây không phải tệp zip");
        zip("no-manifest.zip", "antq.db", "x");
        zip("dup-manifest.zip", "manifest.json", "{\"format\":\"antq-backup/1\",\"format\":\"x\",\"entries\":[]}");
        zip("number-manifest.zip", "manifest.json", "{\"format\":\"antq-backup/1\",\"entries\":[{\"name\":\"antq.db\","
                + "\"size\":1e999999999,\"sha256\":\"" + "0".repeat(64) + "\"}]}");
        zip("slip.zip", "../../evil.txt", "x");
    }

    private static void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content);
    }

    private static void zip(String name, String entry, String content) throws Exception {
        try (OutputStream o = Files.newOutputStream(dir.resolve(name)); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    static Stream<Arguments> cases() {
        String d = "--data-dir";
        List<Arguments> all = new ArrayList<>();
        for (String f : List.of("dup.json", "huge-number.json", "truncated.json", "long-digits.json", "big.json",
                "deep.json", "binary.json", "missing.json")) {
            all.add(Arguments.of(2, new String[] {"score", "@" + f}));
        }
        all.add(Arguments.of(2, new String[] {"score", "--year", "2026", d, "@nodata"}));
        all.add(Arguments.of(2, new String[] {"init", d, "@empty", "--name", "X", "--type", "CO_QUAN"}));
        all.add(Arguments.of(2, new String[] {"init", d, "@new", "--name", "X", "--type", "TRUONG"}));
        for (String f : List.of("random.xlsx", "text.xlsx", "not-a-zip.zip", "missing.xlsx")) {
            all.add(Arguments.of(2, new String[] {"import-staff", "@" + f, d, "@data"}));
        }
        all.add(Arguments.of(2, new String[] {"list-staff", d, "@nodata"}));
        all.add(Arguments.of(2, new String[] {"list-staff", d, "@empty"}));
        all.add(Arguments.of(2, new String[] {"backup", "@out.zip", d, "@nodata"}));
        all.add(Arguments.of(2, new String[] {"backup", "@out.zip", d, "@empty"}));
        for (String f : List.of("not-a-zip.zip", "no-manifest.zip", "dup-manifest.zip", "number-manifest.zip",
                "slip.zip", "missing.zip")) {
            all.add(Arguments.of(2, new String[] {"restore", "@" + f, d, "@data"}));
        }
        all.add(Arguments.of(1, new String[] {"check", d, "@empty"}));
        all.add(Arguments.of(2, new String[] {"check", d, "@nodata"}));
        all.add(Arguments.of(2, new String[] {"export-assessment", d, "@empty"}));
        all.add(Arguments.of(2, new String[] {"export-assessment", "--year", "1800", d, "@data"}));
        all.add(Arguments.of(2, new String[] {"export", "--out", "@out", d, "@empty"}));
        all.add(Arguments.of(2, new String[] {"verify", "@missing.zip"}));
        all.add(Arguments.of(2, new String[] {"generate-demo", "--staff", "-5", d, "@new2"}));
        all.add(Arguments.of(2, new String[] {"no-such-command"}));
        return all.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void oneLineOnStderrAndThePromisedExitStatus(int exit, String[] template) {
        String[] args = new String[template.length];
        for (int i = 0; i < template.length; i++) {
            String a = template[i];
            args[i] = !a.startsWith("@") ? a : switch (a) {
                case "@data" -> data.toString();
                case "@empty" -> empty.toString();
                default -> dir.resolve(a.substring(1)).toString();
            };
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> lines = err.toString().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("stderr of %s", String.join(" ", args)).hasSize(1);
        assertThat(code).as(lines.get(0)).isEqualTo(exit);
        assertThat(lines.get(0)).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQLITE")
                .doesNotContain("StreamReadConstraints").doesNotContain("dòng 0").doesNotContain("com.fasterxml")
                .doesNotContain("org.apache");
    }
}
