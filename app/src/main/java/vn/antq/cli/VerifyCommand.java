package vn.antq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.dossier.PackageCheck;
import vn.antq.dossier.PackageVerdict;
import vn.antq.i18n.Messages;

/**
 * {@code verify PACKAGE.zip…}: one verdict line per package (valid and signed by whom / valid but
 * unsigned / altered, and what / unreadable); exit 0 when all are valid, 1 otherwise.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {
            "Kiểm tra gói hồ sơ .zip: tệp khớp manifest.json, chữ ký số (ai ký, chứng thư còn hiệu lực), chấm lại điểm.",
            "Checks .zip packages: files match manifest.json, digital signature (signer, validity), result re-scored."
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PACKAGE.zip", description = "Gói hồ sơ / the package(s)")
    List<Path> packages;

    @Override
    public Integer call() {
        Messages vi = Messages.vietnamese();
        var out = spec.commandLine().getOut();
        for (Path p : packages) {
            if (!Files.isRegularFile(p)) {
                throw new CliException(vi.get("cli.error.noFile", p), Cli.EXIT_BAD_INPUT);
            }
        }
        boolean ok = true;
        PackageCheck check = shippedCheck();
        for (Path p : packages) {
            PackageVerdict v = check.check(p);
            out.println(v.line(vi));
            ok &= v.kind().valid();
        }
        return ok ? 0 : Cli.EXIT_PROBLEM;
    }

    /** The check with the rules this app ships (the command line is a composition root). */
    static PackageCheck shippedCheck() {
        var rubric = vn.antq.rules.RulesLoader.defaultRubric();
        return new PackageCheck(List.of(rubric), vn.antq.rules.RulesLoader.defaultProfile(rubric));
    }
}
