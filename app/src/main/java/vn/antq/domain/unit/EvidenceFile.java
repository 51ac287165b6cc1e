package vn.antq.domain.unit;

import java.time.Instant;
import java.util.List;

/**
 * An evidence file (minh chứng) kept in the store, named by its SHA-256.
 *
 * @param sha256        hex SHA-256 of the content (also its name in the store)
 * @param originalName  the name it had when added
 * @param size          bytes
 * @param mediaType     e.g. application/pdf, image/jpeg
 * @param addedAt       when it was added
 * @param links         what it supports
 * @param status        whether the stored copy is still intact
 */
public record EvidenceFile(String sha256, String originalName, long size, String mediaType, Instant addedAt,
        List<EvidenceLink> links, EvidenceStatus status) {
    public EvidenceFile {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
