package vn.antq.signing;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** PKCS#12 files made in the test: a self-signed CA and signers it certifies (Bouncy Castle's certificate builder). */
public final class TestCertificates {
    public static final char[] PASSWORD = "mat-khau-12".toCharArray();
    private static KeyPair caKeys;
    private static X509Certificate ca;
    private static long serial = 1000;

    private TestCertificates() {
    }

    static synchronized KeyPair keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    static synchronized X509Certificate ca() throws Exception {
        if (ca == null) {
            caKeys = keys();
            X500Name name = new X500Name("CN=CA thử nghiệm ANTQ,O=Phòng thử nghiệm,C=VN");
            Instant now = Instant.now();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(serial++),
                    Date.from(now.minus(400, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), name,
                    caKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            ca = new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
        }
        return ca;
    }

    /** A PKCS#12 file with one signer (alias "ky-so") valid from {@code from} to {@code to}. */
    public static Path pkcs12(Path dir, String holder, String organisation, Instant from, Instant to) throws Exception {
        return pkcs12(dir, new String[] {holder}, organisation, from, to);
    }

    /** A PKCS#12 file with one signer per holder (aliases "ky-so", "ky-so-2"…). */
    public static Path pkcs12(Path dir, String[] holders, String organisation, Instant from, Instant to)
            throws Exception {
        X509Certificate caCert = ca();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        for (int i = 0; i < holders.length; i++) {
            KeyPair kp = keys();
            X500Name subject = new X500Name("CN=" + holders[i] + ",O=" + organisation + ",C=VN");
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(caCert, BigInteger.valueOf(serial++),
                    Date.from(from), Date.from(to), subject, kp.getPublic());
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
            ks.setKeyEntry(i == 0 ? "ky-so" : "ky-so-" + (i + 1), kp.getPrivate(), PASSWORD,
                    new Certificate[] {cert, caCert});
        }
        Path file = Files.createTempFile(dir, "chung-thu-", ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, PASSWORD);
        }
        return file;
    }

    /** A signer valid from a year ago to a year ahead. */
    public static Path validPkcs12(Path dir, String holder, String organisation) throws Exception {
        Instant now = Instant.now();
        return pkcs12(dir, holder, organisation, now.minus(365, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
    }

    public static PasswordSource password() {
        return what -> PASSWORD.clone();
    }

    /** The key of a one-signer PKCS#12 file made by {@link #validPkcs12}. */
    public static SigningKey key(Path p12) {
        return new KeySources().key(new SignSource(SignSource.Kind.PKCS12, p12), password(), null);
    }
}
