package vn.antq.storage;

import static vn.antq.storage.YearRepository.requireYear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.antq.domain.Progress;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.EvidenceTarget;

/**
 * Evidence files and their links (tables {@code evidence}, {@code evidence_link}; the bytes in
 * {@code evidence/}). Reached through {@link Store#evidence()}, inside its transactions.
 */
public final class EvidenceRepository {
    private final Store store;

    EvidenceRepository(Store store) {
        this.store = store;
    }

    /**
     * Adds an evidence file: streamed into {@code evidence/} while hashing, flushed to disk, then
     * named by its SHA-256 (one copy per content: adding the same content again keeps the first
     * record). Refused above the size limit. The file is in place before its record is committed,
     * so a crash leaves at worst an unrecorded file, never a record without its file.
     */
    public EvidenceFile add(Path source, String originalName) {
        String name = VietnameseText.clean(originalName);
        if (name.isEmpty()) {
            name = source.getFileName() == null ? "file" : VietnameseText.clean(source.getFileName().toString());
        }
        EvidenceFiles.Stored stored = EvidenceFiles.store(source, store.evidenceDir(), store.options().maxEvidenceBytes());
        String finalName = name;
        return store.write(c -> {
            Sql.update(c, "INSERT INTO evidence (sha256, original_name, size, media_type, added_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (sha256) DO NOTHING", stored.sha256(), finalName, stored.size(),
                    EvidenceFiles.mediaType(path(stored.sha256()), finalName), store.now());
            return evidenceRows(c, stored.sha256(), null).get(0);
        });
    }

    /** The stored copy of an evidence file. */
    public Path path(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new StoreException("store.evidence.badSha", String.valueOf(sha256));
        }
        return store.evidenceDir().resolve(sha256);
    }

    /** Links an evidence file to what it supports in a year. */
    public void link(String sha256, EvidenceLink link) {
        String code = VietnameseText.clean(link.code());
        store.write(c -> {
            requireEvidence(c, sha256);
            requireYear(c, link.year());
            Sql.update(c, "INSERT INTO evidence_link (sha256, year, target, code) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", sha256, link.year(), link.target(), code);
            return null;
        });
    }

    public void unlink(String sha256, EvidenceLink link) {
        store.write(c -> Sql.update(c, "DELETE FROM evidence_link WHERE sha256 = ? AND year = ? AND target = ? AND code = ?",
                sha256, link.year(), link.target(), VietnameseText.clean(link.code())));
    }

    /**
     * Removes an evidence file's record and links, then its stored copy. (Backups keep their own
     * copy.)
     */
    public void remove(String sha256) {
        Path p = path(sha256);
        store.write(c -> {
            requireEvidence(c, sha256);
            Sql.update(c, "DELETE FROM evidence WHERE sha256 = ?", sha256);
            return null;
        });
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", p, e.getMessage());
        }
    }

    private static void requireEvidence(Connection c, String sha) throws SQLException {
        if (Sql.scalarText(c, "SELECT sha256 FROM evidence WHERE sha256 = ?", sha) == null) {
            throw new StoreException("store.evidence.missing", sha);
        }
    }

    /** Every evidence file with all its links; status MISSING when the stored copy is gone, else UNCHECKED. */
    public List<EvidenceFile> list() {
        return store.read(c -> evidenceRows(c, null, null));
    }

    public Optional<EvidenceFile> file(String sha256) {
        return store.read(c -> evidenceRows(c, sha256, null).stream().findFirst());
    }

    /** How many evidence files are linked to each rubric item in a year, by item code (items without any absent). */
    static Map<String, Integer> rubricEvidenceCounts(Connection c, int year) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        for (Object[] r : Sql.query(c, "SELECT code, count(*) FROM evidence_link WHERE year = ? AND target = ?"
                + " GROUP BY code", rs -> new Object[] {rs.getString(1), rs.getInt(2)}, year,
                EvidenceTarget.RUBRIC_ITEM.name())) {
            out.put((String) r[0], (Integer) r[1]);
        }
        return out;
    }

    /** Evidence rows (one sha, or all), with links (of one year, or all); for a year only files linked to it. */
    List<EvidenceFile> evidenceRows(Connection c, String sha, Integer year) throws SQLException {
        Map<String, List<EvidenceLink>> links = new HashMap<>();
        String linkSql = "SELECT sha256, year, target, code FROM evidence_link"
                + (year != null ? " WHERE year = ?" : sha != null ? " WHERE sha256 = ?" : "")
                + " ORDER BY year, target, code";
        Object[] linkArgs = year != null ? new Object[] {year} : sha != null ? new Object[] {sha} : new Object[0];
        for (Object[] r : Sql.query(c, linkSql, rs -> new Object[] {rs.getString(1),
            new EvidenceLink(rs.getInt(2), EvidenceTarget.valueOf(rs.getString(3)), rs.getString(4))}, linkArgs)) {
            links.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((EvidenceLink) r[1]);
        }
        List<EvidenceFile> out = new ArrayList<>();
        for (EvidenceFile f : Sql.query(c, "SELECT * FROM evidence" + (sha != null ? " WHERE sha256 = ?" : "")
                + " ORDER BY added_at, sha256", rs -> new EvidenceFile(rs.getString("sha256"),
                rs.getString("original_name"), rs.getLong("size"), rs.getString("media_type"),
                Values.instant(rs.getString("added_at")), List.of(), EvidenceStatus.UNCHECKED),
                sha != null ? new Object[] {sha} : new Object[0])) {
            List<EvidenceLink> l = links.getOrDefault(f.sha256(), List.of());
            if (year != null && l.isEmpty()) {
                continue;
            }
            EvidenceStatus status = Files.exists(store.evidenceDir().resolve(f.sha256())) ? EvidenceStatus.UNCHECKED
                    : EvidenceStatus.MISSING;
            out.add(new EvidenceFile(f.sha256(), f.originalName(), f.size(), f.mediaType(), f.addedAt(), l, status));
        }
        return out;
    }

    /** Re-hashes every evidence file: OK, MISSING or ALTERED. Cancellable. */
    public List<EvidenceFile> verify(Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        List<EvidenceFile> all = list();
        List<EvidenceFile> out = new ArrayList<>();
        int i = 0;
        for (EvidenceFile f : all) {
            p.checkCancelled();
            p.update(i++, all.size(), f.originalName());
            out.add(new EvidenceFile(f.sha256(), f.originalName(), f.size(), f.mediaType(), f.addedAt(), f.links(),
                    EvidenceFiles.verify(store.evidenceDir().resolve(f.sha256()), f.sha256())));
        }
        p.update(all.size(), all.size(), "");
        return out;
    }
}
