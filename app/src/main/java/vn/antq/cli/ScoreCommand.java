package vn.antq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

/** {@code score FILE.json [--profile PROFILE.json]}: scores an interchange file and prints the result. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {
            "Chấm điểm một bản tự đánh giá (JSON antq-assessment/1) và in kết quả dạng JSON.",
            "Scores an assessment file (antq-assessment/1 JSON) and prints the result as JSON."
        })
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json",
            description = "Tệp tự đánh giá / the assessment file")
    Path file;

    @Option(names = "--profile", paramLabel = "PROFILE.json",
            description = "Bộ ngưỡng xếp loại khác / another classification profile")
    Path profileFile;

    @Override
    public Integer call() {
        Rubric rubric = RulesLoader.defaultRubric();
        ClassificationProfile profile = profileFile == null
                ? RulesLoader.defaultProfile(rubric)
                : RulesLoader.profile(profileFile, rubric);
        ScoringEngine engine = new ScoringEngine(rubric);
        Assessment assessment;
        try (InputStream in = Files.newInputStream(file)) {
            assessment = AssessmentJson.read(in, engine);
        } catch (NoSuchFileException e) {
            throw new CliException(Messages.vietnamese().get("cli.error.noFile", file), Cli.EXIT_BAD_INPUT);
        } catch (IOException e) {
            throw new CliException(Messages.vietnamese().get("cli.error.read", file, e.getMessage()),
                    Cli.EXIT_BAD_INPUT);
        }
        ScoreResult result = engine.score(assessment.items(), assessment.facts(), profile);
        spec.commandLine().getOut().println(AssessmentJson.write(AssessmentJson.resultJson(result,
                Messages.vietnamese())));
        return 0;
    }
}
