package vn.antq.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.i18n.Messages;
import vn.antq.signing.CertificateInfo;
import vn.antq.signing.KeySources;
import vn.antq.signing.PasswordSource;
import vn.antq.signing.SignSource;

/** {@code certificates SOURCE}: lists the signing certificates of a source with holder, organisation and validity. */
@Command(name = "certificates", mixinStandardHelpOptions = true,
        description = {
            "Liệt kê chứng thư số dùng để ký được (chủ thể, tổ chức, hiệu lực) trong tệp .p12/.pfx, \"windows\" hoặc pkcs11:TỆP.",
            "Lists the signing certificates (holder, organisation, validity) of a .p12/.pfx file, \"windows\" or pkcs11:FILE."
        })
final class CertificatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "tệp .p12/.pfx | windows | pkcs11:CONFIG")
    String source;

    @Option(names = "--sign-password-env", paramLabel = "NAME",
            description = {"Lấy mật khẩu/PIN từ biến môi trường NAME", "Read the password/PIN from environment variable NAME"})
    String passwordEnv;

    @Override
    public Integer call() {
        Messages vi = Messages.vietnamese();
        PasswordSource passwords = passwordEnv != null ? PasswordSource.environment(passwordEnv) : PasswordSource.console();
        List<CertificateInfo> certs = new KeySources().list(SignSource.parse(source), passwords);
        var out = spec.commandLine().getOut();
        ZoneId zone = ZoneId.systemDefault();
        for (CertificateInfo c : certs) {
            out.println(vi.get("signing.cli.certificate", c.holder(), c.organisation(),
                    DataDirOption.date(c.validFrom(zone)), DataDirOption.date(c.validTo(zone)), c.issuer(), c.serial(),
                    c.alias()));
        }
        if (certs.isEmpty()) {
            out.println(vi.get("signing.error.noCertificate"));
            return Cli.EXIT_PROBLEM;
        }
        return 0;
    }
}
