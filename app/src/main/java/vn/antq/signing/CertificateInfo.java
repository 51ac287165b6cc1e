package vn.antq.signing;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * What a user needs to know of a certificate to choose it and what a receiver is told about a signer.
 *
 * @param alias        the entry's name in its key store (empty when read from a signature)
 * @param holder       the subject's common name (CN)
 * @param organisation the subject's organisation (O), empty when absent
 * @param issuer       the issuer's common name (the CA)
 * @param serial       the serial number in hexadecimal
 * @param notBefore    start of validity
 * @param notAfter     end of validity
 */
public record CertificateInfo(String alias, String holder, String organisation, String issuer, String serial,
        Instant notBefore, Instant notAfter) {

    public static CertificateInfo of(String alias, X509Certificate c) {
        String subject = c.getSubjectX500Principal().getName();
        String issuerName = c.getIssuerX500Principal().getName();
        String cn = attribute(subject, "CN");
        return new CertificateInfo(alias == null ? "" : alias, cn.isEmpty() ? subject : cn, attribute(subject, "O"),
                attribute(issuerName, "CN").isEmpty() ? issuerName : attribute(issuerName, "CN"),
                hex(c.getSerialNumber()), c.getNotBefore().toInstant(), c.getNotAfter().toInstant());
    }

    /** Whether the certificate was (or is) within its validity at {@code at}. */
    public boolean validAt(Instant at) {
        return at != null && !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }

    public LocalDate validFrom(ZoneId zone) {
        return LocalDate.ofInstant(notBefore, zone);
    }

    public LocalDate validTo(ZoneId zone) {
        return LocalDate.ofInstant(notAfter, zone);
    }

    /** "Holder (Organisation)" or the holder alone. */
    public String holderText() {
        return organisation.isEmpty() || organisation.equals(holder) ? holder : holder + " (" + organisation + ")";
    }

    private static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(java.util.Locale.ROOT);
    }

    /** The first value of an attribute (CN, O) in an RFC 2253 name; empty when absent. */
    static String attribute(String rfc2253, String type) {
        try {
            for (Rdn rdn : new LdapName(rfc2253).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return "";
        }
        return "";
    }
}
