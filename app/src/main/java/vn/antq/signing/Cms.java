package vn.antq.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * Detached CMS (PKCS#7) signatures, made and checked with Bouncy Castle's CMS library (no
 * hand-written ASN.1): SHA-256, the signer's certificate chain included, the signing time as a
 * signed attribute. The same signature serves {@code manifest.json.p7s} in a package and the
 * {@code /Contents} of a PDF signature ({@code adbe.pkcs7.detached}).
 */
public final class Cms {
    private Cms() {
    }

    /** A detached signature of {@code content}, DER-encoded. */
    public static byte[] signDetached(SigningKey key, byte[] content) {
        try {
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm(key));
            String provider = key.provider() == null ? "" : key.provider().getName();
            // A key held by the Windows store or a token can only be used through its own provider;
            // a key read from a PKCS#12 file is signed with by the JDK's default providers.
            if (provider.startsWith("SunMSCAPI") || provider.startsWith("SunPKCS11")) {
                builder.setProvider(key.provider());
            }
            ContentSigner signer = builder.build(key.key());
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, key.certificate()));
            gen.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData data = gen.generate(new CMSProcessableByteArray(content), false);
            return data.getEncoded("DER");
        } catch (OperatorCreationException | CertificateException | CMSException | IOException
                | RuntimeException e) {
            throw new SigningException("signing.error.sign", key.info().holderText(), String.valueOf(e.getMessage()));
        }
    }

    private static String algorithm(SigningKey key) {
        String alg = key.key().getAlgorithm().toUpperCase(Locale.ROOT);
        return switch (alg) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            default -> "SHA256withRSA";
        };
    }

    /**
     * Checks a detached signature over {@code content}: the signature itself with the public key of
     * the certificate it carries, and what the certificate says. Never throws: an unreadable
     * signature is a result too.
     */
    public static SignatureCheck verifyDetached(byte[] signature, byte[] content) {
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            Store<X509CertificateHolder> certs = data.getCertificates();
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return SignatureCheck.unreadable();
            }
            SignerInformation si = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> match = certs.getMatches(si.getSID());
            if (match.isEmpty()) {
                return SignatureCheck.unreadable();
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(match.iterator().next());
            CertificateInfo info = CertificateInfo.of("", cert);
            Instant time = signingTime(si);
            boolean ok;
            try {
                ok = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert.getPublicKey()));
            } catch (CMSException e) {
                ok = false;
            }
            return new SignatureCheck(ok ? SignatureCheck.State.VALID : SignatureCheck.State.BROKEN, info, time);
        } catch (CMSException | CertificateException | OperatorCreationException | RuntimeException e) {
            return SignatureCheck.unreadable();
        }
    }

    static Instant signingTime(SignerInformation si) {
        AttributeTable attrs = si.getSignedAttributes();
        if (attrs == null) {
            return null;
        }
        Attribute a = attrs.get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() == 0) {
            return null;
        }
        ASN1Encodable v = a.getAttrValues().getObjectAt(0);
        try {
            return Time.getInstance(v).getDate().toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
