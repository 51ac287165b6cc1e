package vn.antq.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Opens the key store of a {@link SignSource} and lists or picks its signing certificates.
 *
 * <ul>
 * <li>PKCS#12: {@code KeyStore.getInstance("PKCS12")} on the file, with the password.</li>
 * <li>Windows: the JDK's SunMSCAPI provider ({@code KeyStore "Windows-MY"}), present only in a
 * Windows JDK; the certificates of a USB token appear there once the token's driver is installed,
 * and Windows (the token's driver) asks for the PIN itself when the key is used.</li>
 * <li>PKCS#11: the JDK's SunPKCS11 provider configured from the file ({@code name}, {@code library}
 * of the token's driver, optionally {@code slot}); the PIN is the password.</li>
 * </ul>
 */
public final class KeySources {
    private final Function<String, Provider> providers;

    /** With the providers installed in this JDK. */
    public KeySources() {
        this(Security::getProvider);
    }

    /** With a provider lookup of the caller's (tests: a JDK without SunMSCAPI or SunPKCS11). */
    public KeySources(Function<String, Provider> providers) {
        this.providers = providers;
    }

    /** The opened store with the entries that hold a private key and a certificate. */
    public record OpenedStore(SignSource source, KeyStore store, char[] password, List<CertificateInfo> certificates) {
        /** Clears the password kept for reading the key. */
        public void clear() {
            Arrays.fill(password, '\0');
        }
    }

    public OpenedStore open(SignSource source, PasswordSource passwords) {
        KeyStore ks;
        char[] password = source.needsPassword() ? passwords.password(source.toString()) : new char[0];
        try {
            ks = switch (source.kind()) {
                case PKCS12 -> pkcs12(source, password);
                case WINDOWS -> windows();
                case PKCS11 -> pkcs11(source, password);
            };
        } catch (RuntimeException e) {
            Arrays.fill(password, '\0');
            throw e;
        }
        List<CertificateInfo> list = new ArrayList<>();
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias) && ks.getCertificate(alias) instanceof X509Certificate c) {
                    list.add(CertificateInfo.of(alias, c));
                }
            }
        } catch (KeyStoreException e) {
            Arrays.fill(password, '\0');
            throw new SigningException("signing.error.open", source.toString(), String.valueOf(e.getMessage()));
        }
        return new OpenedStore(source, ks, password, List.copyOf(list));
    }

    /** The certificates with a private key in the source, for a list to choose from. */
    public List<CertificateInfo> list(SignSource source, PasswordSource passwords) {
        OpenedStore s = open(source, passwords);
        s.clear();
        return s.certificates();
    }

    /**
     * The signing key: the entry whose alias, holder or serial is {@code choice} (case-insensitive),
     * or, without a choice, the only entry, else the only one valid today. Refused when none or several match.
     */
    public SigningKey key(SignSource source, PasswordSource passwords, String choice) {
        OpenedStore s = open(source, passwords);
        try {
            CertificateInfo chosen = choose(s.certificates(), choice, Instant.now());
            Key key = s.store().getKey(chosen.alias(), s.password().length == 0 ? null : s.password());
            if (!(key instanceof PrivateKey pk)) {
                throw new SigningException("signing.error.noKey", chosen.holderText());
            }
            Certificate[] chain = s.store().getCertificateChain(chosen.alias());
            List<X509Certificate> certs = new ArrayList<>();
            if (chain != null) {
                for (Certificate c : chain) {
                    certs.add((X509Certificate) c);
                }
            }
            if (certs.isEmpty()) {
                certs.add((X509Certificate) s.store().getCertificate(chosen.alias()));
            }
            return new SigningKey(chosen, pk, List.copyOf(certs), s.store().getProvider());
        } catch (UnrecoverableKeyException e) {
            throw new SigningException("signing.error.password", source.toString());
        } catch (GeneralSecurityException e) {
            throw new SigningException("signing.error.open", source.toString(), String.valueOf(e.getMessage()));
        } finally {
            s.clear();
        }
    }

    static CertificateInfo choose(List<CertificateInfo> certs, String choice, Instant now) {
        if (certs.isEmpty()) {
            throw new SigningException("signing.error.noCertificate");
        }
        if (choice != null && !choice.isBlank()) {
            String c = choice.strip().toLowerCase(Locale.ROOT);
            List<CertificateInfo> hits = certs.stream().filter(i -> i.alias().toLowerCase(Locale.ROOT).equals(c)
                    || i.holder().toLowerCase(Locale.ROOT).equals(c) || i.serial().toLowerCase(Locale.ROOT).equals(c))
                    .toList();
            if (hits.size() != 1) {
                throw new SigningException(hits.isEmpty() ? "signing.error.noMatch" : "signing.error.severalMatch",
                        choice);
            }
            return hits.get(0);
        }
        if (certs.size() == 1) {
            return certs.get(0);
        }
        List<CertificateInfo> valid = certs.stream().filter(i -> i.validAt(now)).toList();
        if (valid.size() == 1) {
            return valid.get(0);
        }
        throw new SigningException("signing.error.chooseOne", certs.size());
    }

    private static KeyStore pkcs12(SignSource source, char[] password) {
        if (!Files.isRegularFile(source.path())) {
            throw new SigningException("signing.error.noFile", source.path().toString());
        }
        try (InputStream in = Files.newInputStream(source.path())) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SigningException("signing.error.password", source.toString());
            }
            throw new SigningException("signing.error.open", source.toString(), String.valueOf(e.getMessage()));
        } catch (GeneralSecurityException e) {
            throw new SigningException("signing.error.open", source.toString(), String.valueOf(e.getMessage()));
        }
    }

    private KeyStore windows() {
        Provider p = providers.apply("SunMSCAPI");
        if (p == null) {
            throw new SigningException("signing.error.noWindowsStore");
        }
        try {
            KeyStore ks = KeyStore.getInstance("Windows-MY", p);
            ks.load(null, null);
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new SigningException("signing.error.open", "windows", String.valueOf(e.getMessage()));
        }
    }

    private KeyStore pkcs11(SignSource source, char[] pin) {
        Provider base = providers.apply("SunPKCS11");
        if (base == null) {
            throw new SigningException("signing.error.noPkcs11");
        }
        if (!Files.isRegularFile(source.path())) {
            throw new SigningException("signing.error.noFile", source.path().toString());
        }
        Provider configured;
        try {
            configured = base.configure(source.path().toString());
        } catch (RuntimeException e) {
            // ProviderException / InvalidParameterException: a bad file or a driver library that does not load
            throw new SigningException("signing.error.pkcs11Config", source.path().toString(),
                    String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", configured);
            ks.load(null, pin);
            return ks;
        } catch (IOException e) {
            throw new SigningException("signing.error.password", source.toString());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SigningException("signing.error.open", source.toString(), String.valueOf(e.getMessage()));
        }
    }
}
