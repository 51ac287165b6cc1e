package vn.antq.dossier;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of an evidence file come from, by its SHA-256 (the store in the app, a map in
 * tests). The exporter checks the bytes it reads against the SHA-256.
 */
@FunctionalInterface
public interface EvidenceSource {
    /** No evidence available: every file is reported missing. */
    EvidenceSource NONE = sha -> {
        throw new java.nio.file.NoSuchFileException(sha);
    };

    InputStream open(String sha256) throws IOException;
}
