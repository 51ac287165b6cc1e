package vn.antq.signing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the signing key lives, as written after {@code --sign}: {@code windows} (the Windows
 * certificate store, which also shows the certificates of a plugged-in USB token),
 * {@code pkcs11:CONFIG} (a PKCS#11 token through the JDK's SunPKCS11 provider configured from the
 * file CONFIG), or the path of a PKCS#12 file ({@code .p12}/{@code .pfx}; {@code pkcs12:PATH} also
 * accepted).
 *
 * @param kind  which kind of source
 * @param path  the PKCS#12 file or the PKCS#11 configuration file; null for the Windows store
 */
public record SignSource(Kind kind, Path path) {
    /** The kinds of key source. */
    public enum Kind {
        PKCS12,
        WINDOWS,
        PKCS11
    }

    public SignSource {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.WINDOWS) {
            Objects.requireNonNull(path, "path");
        }
    }

    /** Reads the text given after {@code --sign}; refuses an empty one or {@code pkcs11:} without a file. */
    public static SignSource parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new SigningException("signing.error.noSource");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("windows") || lower.equals("windows-my")) {
            return new SignSource(Kind.WINDOWS, null);
        }
        if (lower.startsWith("pkcs11:")) {
            String config = t.substring("pkcs11:".length()).strip();
            if (config.isEmpty()) {
                throw new SigningException("signing.error.pkcs11NoConfig");
            }
            return new SignSource(Kind.PKCS11, Path.of(config));
        }
        if (lower.startsWith("pkcs12:")) {
            String file = t.substring("pkcs12:".length()).strip();
            if (file.isEmpty()) {
                throw new SigningException("signing.error.noSource");
            }
            return new SignSource(Kind.PKCS12, Path.of(file));
        }
        return new SignSource(Kind.PKCS12, Path.of(t));
    }

    /** Whether opening the source needs a password (PKCS#12) or a PIN (PKCS#11); the Windows store asks itself. */
    public boolean needsPassword() {
        return kind != Kind.WINDOWS;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case WINDOWS -> "windows";
            case PKCS11 -> "pkcs11:" + path;
            case PKCS12 -> path.toString();
        };
    }
}
