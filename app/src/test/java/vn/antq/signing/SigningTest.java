package vn.antq.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.i18n.Messages;

/** Key sources (PKCS#12 made in the test; Windows and PKCS#11 as far as Linux allows) and detached CMS signatures. */
class SigningTest {
    @TempDir
    Path dir;

    @Test
    void theSourceTextIsReadAsPkcs12WindowsOrPkcs11() {
        assertThat(SignSource.parse("windows")).isEqualTo(new SignSource(SignSource.Kind.WINDOWS, null));
        assertThat(SignSource.parse(" Windows-MY ").kind()).isEqualTo(SignSource.Kind.WINDOWS);
        assertThat(SignSource.parse("pkcs11:C:/token/vnpt.cfg"))
                .isEqualTo(new SignSource(SignSource.Kind.PKCS11, Path.of("C:/token/vnpt.cfg")));
        assertThat(SignSource.parse("D:/ky so/chu-ky.p12"))
                .isEqualTo(new SignSource(SignSource.Kind.PKCS12, Path.of("D:/ky so/chu-ky.p12")));
        assertThat(SignSource.parse("pkcs12:a.pfx").path()).isEqualTo(Path.of("a.pfx"));
        assertThat(SignSource.parse("windows").needsPassword()).isFalse();
        assertThatThrownBy(() -> SignSource.parse("pkcs11:")).hasMessageContaining("PKCS#11");
        assertThatThrownBy(() -> SignSource.parse("  ")).hasMessageContaining("--sign");
    }

    @Test
    void aPkcs12FileListsItsCertificatesWithHolderOrganisationAndValidity() throws Exception {
        Instant from = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant to = Instant.now().plus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Path p12 = TestCertificates.pkcs12(dir, "Nguyễn Văn An", "Trường THPT Nguyễn Trãi", from, to);
        List<CertificateInfo> certs = new KeySources().list(SignSource.parse(p12.toString()), TestCertificates.password());
        assertThat(certs).hasSize(1);
        CertificateInfo c = certs.get(0);
        assertThat(c.holder()).isEqualTo("Nguyễn Văn An");
        assertThat(c.organisation()).isEqualTo("Trường THPT Nguyễn Trãi");
        assertThat(c.issuer()).isEqualTo("CA thử nghiệm ANTQ");
        assertThat(c.notBefore()).isEqualTo(from);
        assertThat(c.notAfter()).isEqualTo(to);
        assertThat(c.holderText()).isEqualTo("Nguyễn Văn An (Trường THPT Nguyễn Trãi)");
    }

    @Test
    void aWrongPasswordOrMissingFileGetsOneClearMessage() throws Exception {
        Path p12 = TestCertificates.validPkcs12(dir, "A", "B");
        KeySources sources = new KeySources();
        assertThatThrownBy(() -> sources.list(SignSource.parse(p12.toString()), w -> "sai".toCharArray()))
                .isInstanceOf(SigningException.class).hasMessageContaining("Sai mật khẩu");
        assertThatThrownBy(() -> sources.list(SignSource.parse(dir.resolve("khong-co.p12").toString()),
                TestCertificates.password())).hasMessageContaining("Không tìm thấy tệp");
        assertThatThrownBy(() -> PasswordSource.environment("ANTQ_KHONG_CO_BIEN_NAY").password("x"))
                .hasMessageContaining("ANTQ_KHONG_CO_BIEN_NAY");
    }

    @Test
    void withoutSunMscapiTheWindowsStoreIsExplainedNotAStackTrace() {
        KeySources none = new KeySources(name -> null);
        assertThatThrownBy(() -> none.list(SignSource.parse("windows"), PasswordSource.NONE))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("chỉ có trên Windows");
        SigningException e = org.junit.jupiter.api.Assertions.assertThrows(SigningException.class,
                () -> none.list(SignSource.parse("windows"), PasswordSource.NONE));
        assertThat(e.message(Messages.english())).contains("only on Windows");
        if (!System.getProperty("os.name").startsWith("Windows")) {
            // the real JDK on this machine: no SunMSCAPI, the same message
            assertThatThrownBy(() -> new KeySources().list(SignSource.parse("windows"), PasswordSource.NONE))
                    .hasMessageContaining("chỉ có trên Windows");
        }
    }

    @Test
    void pkcs11WithoutTheProviderOrWithABadConfigurationIsExplained() throws Exception {
        assertThatThrownBy(() -> new KeySources(name -> null).list(SignSource.parse("pkcs11:x.cfg"), w -> new char[0]))
                .hasMessageContaining("SunPKCS11");
        Path cfg = Files.writeString(dir.resolve("token.cfg"), "name = Token\nlibrary = " + dir.resolve("khong-co.so") + "\n");
        if (java.security.Security.getProvider("SunPKCS11") != null) {
            assertThatThrownBy(() -> new KeySources().list(SignSource.parse("pkcs11:" + cfg), w -> "1234".toCharArray()))
                    .isInstanceOf(SigningException.class)
                    .hasMessageContaining("Không nạp được cấu hình PKCS#11").hasMessageContaining("library");
        }
    }

    @Test
    void severalCertificatesNeedAChoice() throws Exception {
        Instant now = Instant.now();
        Path p12 = TestCertificates.pkcs12(dir, new String[] {"Trần Thị Bình", "Lê Văn Cường"}, "Công ty X",
                now.minus(5, ChronoUnit.DAYS), now.plus(5, ChronoUnit.DAYS));
        SignSource s = SignSource.parse(p12.toString());
        assertThatThrownBy(() -> new KeySources().key(s, TestCertificates.password(), null))
                .hasMessageContaining("--sign-cert");
        SigningKey key = new KeySources().key(s, TestCertificates.password(), "lê văn cường");
        assertThat(key.info().holder()).isEqualTo("Lê Văn Cường");
        assertThat(key.chain()).hasSize(2);
    }

    @Test
    void aDetachedSignatureNamesItsSignerAndBreaksWhenTheContentChanges() throws Exception {
        SigningKey key = TestCertificates.key(TestCertificates.validPkcs12(dir, "Phạm Minh Đức", "UBND xã Hòa An"));
        byte[] content = "{\"format\":\"antq-package/1\"}".getBytes(StandardCharsets.UTF_8);
        Instant before = Instant.now().minusSeconds(2);
        byte[] sig = Cms.signDetached(key, content);

        SignatureCheck ok = Cms.verifyDetached(sig, content);
        assertThat(ok.state()).isEqualTo(SignatureCheck.State.VALID);
        assertThat(ok.signer().holder()).isEqualTo("Phạm Minh Đức");
        assertThat(ok.signer().organisation()).isEqualTo("UBND xã Hòa An");
        assertThat(ok.signingTime()).isAfter(before);
        assertThat(ok.certificateValidAtSigning()).isTrue();

        byte[] changed = content.clone();
        changed[3] ^= 1;
        assertThat(Cms.verifyDetached(sig, changed).state()).isEqualTo(SignatureCheck.State.BROKEN);
        assertThat(Cms.verifyDetached("không phải chữ ký".getBytes(StandardCharsets.UTF_8), content).state())
                .isEqualTo(SignatureCheck.State.UNREADABLE);
    }

    @Test
    void anExpiredCertificateSignsButIsReportedInvalidAtSigningTime() throws Exception {
        Instant now = Instant.now();
        Path p12 = TestCertificates.pkcs12(dir, "Hết Hạn", "Cơ quan Y", now.minus(400, ChronoUnit.DAYS),
                now.minus(30, ChronoUnit.DAYS));
        SigningKey key = TestCertificates.key(p12);
        byte[] content = new byte[] {1, 2, 3};
        SignatureCheck c = Cms.verifyDetached(Cms.signDetached(key, content), content);
        assertThat(c.valid()).isTrue();
        assertThat(c.certificateValidAtSigning()).isFalse();
    }
}
