package vn.antq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.i18n.Messages;
import vn.antq.interchange.YearFile;
import vn.antq.interchange.YearImport;
import vn.antq.interchange.YearJson;
import vn.antq.storage.Store;
import vn.antq.storage.StoreOptions;

/**
 * {@code import-assessment FILE.json [--year YEAR]}: writes an antq-assessment/1 file (as
 * {@code export-assessment} prints it) into the unit's data in ONE transaction; refused whole, with one
 * line naming the field, on any bad field. See {@link YearImport} for what replaces what.
 */
@Command(name = "import-assessment", mixinStandardHelpOptions = true,
        description = {
            "Nhập bản tự đánh giá một năm (JSON antq-assessment/1 do export-assessment tạo) vào dữ liệu: điểm, "
                    + "danh mục TT124, đăng ký, cam kết, khen thưởng, cuộc họp, ngày văn bản. Tệp có lỗi thì không "
                    + "nhập gì.",
            "Imports a year's self-assessment (antq-assessment/1 JSON as export-assessment prints it) into the data; "
                    + "a file with any bad field changes nothing."
        })
final class ImportAssessmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Tệp tự đánh giá / the assessment file")
    Path file;

    @Option(names = "--year", paramLabel = "YEAR",
            description = {"Nhập vào năm này (mặc định: unit.year của tệp)", "Import into this year (default: the file's unit.year)"})
    Integer year;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        StoreOptions rules = data.options();
        YearFile f;
        try (InputStream in = Files.newInputStream(file)) {
            f = YearJson.read(in, file.getFileName().toString(), rules.engine(), rules.checklist(), year);
        } catch (NoSuchFileException e) {
            throw new CliException(Messages.vietnamese().get("cli.error.noFile", file), Cli.EXIT_BAD_INPUT);
        } catch (IOException e) {
            throw new CliException(Messages.vietnamese().get("cli.error.read", file, e.getMessage()),
                    Cli.EXIT_BAD_INPUT);
        }
        Messages m = Messages.vietnamese();
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.openForWriting()) {
            YearImport.Result r = YearImport.apply(store, f);
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Integer> e : r.written().entrySet()) {
                parts.add(e.getKey() + " " + e.getValue());
            }
            out.println(m.get("interchange.import.done", String.valueOf(r.year()), r.unitName(), file.getFileName(),
                    String.join(", ", parts)));
            if (!r.kept().isEmpty()) {
                out.println(m.get("interchange.import.kept", String.join(", ", r.kept())));
            }
            if (f.factsGiven()) {
                PrintWriter err = spec.commandLine().getErr();
                for (String line : factDifferences(f.assessment().facts(), r.facts(), m)) {
                    err.println(line);
                }
            }
        }
        return 0;
    }

    /** The file's facts that the records do not bear out (never written: 8a–9 are derived from the records). */
    private static List<String> factDifferences(ScoringFacts file, ScoringFacts records, Messages m) {
        List<String> lines = new ArrayList<>();
        differ(lines, m, "facts.registered", file.registered(), records.registered());
        differ(lines, m, "facts.departments", file.departments(), records.departments());
        differ(lines, m, "facts.departmentsRegistered", file.departmentsRegistered(), records.departmentsRegistered());
        differ(lines, m, "facts.anttAchieved", file.anttAchieved(), records.anttAchieved());
        differ(lines, m, "facts.commendations.collective", file.collectiveCommendations(),
                records.collectiveCommendations());
        differ(lines, m, "facts.commendations.individual", file.individualCommendations(),
                records.individualCommendations());
        return lines;
    }

    private static void differ(List<String> lines, Messages m, String path, Object file, Object records) {
        if (!file.equals(records)) {
            lines.add(m.get("interchange.import.factDiffers", path, String.valueOf(file), String.valueOf(records)));
        }
    }
}
