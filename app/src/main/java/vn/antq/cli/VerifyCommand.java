package vn.antq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.dossier.Verifier;
import vn.antq.dossier.VerifyReport;
import vn.antq.i18n.Messages;

/** {@code verify PACKAGE.zip…}: checks packages against their manifest; exit 0 when all match, 1 otherwise. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {
            "Kiểm tra gói hồ sơ .zip: mọi tệp khớp với manifest.json (kích thước, SHA-256), không thiếu, không thừa.",
            "Checks a .zip package: every file matches manifest.json (size, SHA-256), nothing missing or extra."
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
        boolean ok = true;
        for (Path p : packages) {
            if (!Files.isRegularFile(p)) {
                throw new CliException(vi.get("cli.error.noFile", p), Cli.EXIT_BAD_INPUT);
            }
            VerifyReport report = Verifier.verify(p);
            if (report.ok()) {
                out.println(vi.get("dossier.verify.ok", p.getFileName(), report.checked()));
            } else {
                ok = false;
                out.println(vi.get("dossier.verify.failed", p.getFileName(), report.problems().size()));
                for (VerifyReport.Problem problem : report.problems()) {
                    out.println("  " + problem.text(vi));
                }
            }
        }
        return ok ? 0 : Cli.EXIT_PROBLEM;
    }
}
