package vn.antq.cli;

import picocli.CommandLine.Option;
import vn.antq.signing.KeySources;
import vn.antq.signing.PasswordSource;
import vn.antq.signing.SignSource;
import vn.antq.signing.SigningKey;

/** {@code --sign SOURCE [--sign-password-env NAME] [--sign-cert CHOICE]}: the signing key of a command. */
final class SignOptions {
    @Option(names = "--sign", paramLabel = "SOURCE",
            description = {"Ký số bằng: tệp .p12/.pfx, \"windows\" (kho chứng thư Windows, USB token) hoặc pkcs11:TỆP_CẤU_HÌNH",
                "Sign with: a .p12/.pfx file, \"windows\" (Windows certificate store, USB token) or pkcs11:CONFIG_FILE"})
    String source;

    @Option(names = "--sign-password-env", paramLabel = "NAME",
            description = {"Lấy mật khẩu/PIN từ biến môi trường NAME (mặc định: hỏi trên cửa sổ dòng lệnh)",
                "Read the password/PIN from environment variable NAME (default: asked on the console)"})
    String passwordEnv;

    @Option(names = "--sign-cert", paramLabel = "CHOICE",
            description = {"Chứng thư cần dùng khi nguồn có nhiều: tên, chủ thể hoặc số sê-ri",
                "The certificate to use when the source has several: alias, holder or serial number"})
    String choice;

    boolean given() {
        return source != null;
    }

    PasswordSource passwords() {
        return passwordEnv != null ? PasswordSource.environment(passwordEnv) : PasswordSource.console();
    }

    /** The key, or null when {@code --sign} was not given. */
    SigningKey key() {
        if (source == null) {
            return null;
        }
        return new KeySources().key(SignSource.parse(source), passwords(), choice);
    }
}
