package vn.antq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.i18n.Messages;
import vn.antq.interchange.AssessmentJson;
import vn.antq.rules.RulesLoader;
import vn.antq.storage.Store;
import vn.antq.storage.StoreOptions;

/**
 * {@code score FILE.json [--profile PROFILE.json]}: scores an interchange file and prints the result;
 * {@code score [--year YEAR] [--data-dir DIR]}: scores a year straight from the data (the same JSON as
 * scoring that year's {@code export-assessment} output).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {
            "Chấm điểm một bản tự đánh giá (JSON antq-assessment/1), hoặc một năm trong dữ liệu (--year), và in kết quả dạng JSON.",
            "Scores an assessment file (antq-assessment/1 JSON), or a year of the data (--year), and prints the result as JSON."
        })
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.json",
            description = "Tệp tự đánh giá / the assessment file")
    Path file;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Chấm năm này trong dữ liệu (mặc định khi không có FILE: năm gần nhất) / score this year of the data")
    Integer year;

    @Mixin
    DataDirOption data;

    @Option(names = "--profile", paramLabel = "PROFILE.json",
            description = "Bộ ngưỡng xếp loại khác / another classification profile")
    Path profileFile;

    @Override
    public Integer call() {
        StoreOptions rules = data.options();
        Rubric rubric = rules.rubric();
        ClassificationProfile profile = profileFile == null
                ? rules.defaultProfile()
                : RulesLoader.profile(profileFile, rubric);
        ScoringEngine engine = new ScoringEngine(rubric);
        if (file != null && year != null) {
            throw new CliException(Messages.vietnamese().get("store.cli.score.fileAndYear"), Cli.EXIT_BAD_INPUT);
        }
        if (file == null) {
            try (Store store = data.openExisting()) {
                int y = DataDirOption.yearOrLatest(store, year);
                ClassificationProfile p = profileFile == null ? store.years().classificationProfile(y) : profile;
                print(store.score(y, p));
            }
            return 0;
        }
        Assessment assessment;
        try (InputStream in = Files.newInputStream(file)) {
            assessment = AssessmentJson.read(in, file.getFileName().toString(), engine);
        } catch (NoSuchFileException e) {
            throw new CliException(Messages.vietnamese().get("cli.error.noFile", file), Cli.EXIT_BAD_INPUT);
        } catch (IOException e) {
            throw new CliException(Messages.vietnamese().get("cli.error.read", file, e.getMessage()),
                    Cli.EXIT_BAD_INPUT);
        }
        ScoreResult result = engine.score(assessment.items(), assessment.facts(), profile);
        print(result);
        return 0;
    }

    private void print(ScoreResult result) {
        spec.commandLine().getOut().println(AssessmentJson.write(AssessmentJson.resultJson(result,
                Messages.vietnamese())));
    }
}
