package vn.antq.signing;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key ready to sign with, its certificate first in {@code chain}.
 *
 * @param info     the signer's certificate as shown to the user
 * @param key      the private key (on a token it never leaves the token: signing runs there)
 * @param chain    the signer's certificate, then its CA certificates when the store has them
 * @param provider the provider of the key store, which signs with keys it holds (SunMSCAPI, SunPKCS11)
 */
public record SigningKey(CertificateInfo info, PrivateKey key, List<X509Certificate> chain, Provider provider) {
    public X509Certificate certificate() {
        return chain.get(0);
    }
}
