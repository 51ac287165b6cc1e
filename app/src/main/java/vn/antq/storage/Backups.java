package vn.antq.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.antq.about.AppInfo;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;

/**
 * Backup archives ({@code antq-backup/1}): a ZIP holding {@code antq.db} (a consistent copy made by
 * {@code VACUUM INTO}), {@code evidence/<sha256>} files and {@code manifest.json} listing every
 * entry with its size and SHA-256. Restoring verifies everything before replacing anything.
 */
final class Backups {
    static final String FORMAT = "antq-backup/1";
    static final String MANIFEST = "manifest.json";
    static final int DAILY_KEPT = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Indented with "\n" on every platform (Jackson's default is the platform's, "\r\n" on Windows). */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(
                    com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
            .build();
    private static final int BUFFER = 64 * 1024;

    private Backups() {
    }

    record Entry(String name, long size, String sha256) {
    }

    // --- damaged database ---------------------------------------------------------------------------

    /** The refusal for a damaged database, pointing at the latest backup of its data folder. */
    static StoreException damaged(Path db, String detail, Throwable cause) {
        Path dir = db.toAbsolutePath().getParent();
        Optional<Path> latest = dir == null ? Optional.empty() : latest(dir);
        String d = detail == null ? "" : detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
        return latest.isPresent()
                ? new StoreException(cause, "store.error.damaged", db, d, latest.get())
                : new StoreException(cause, "store.error.damagedNoBackup", db, d);
    }

    /** The most recent archive in {@code backups/}. */
    static Optional<Path> latest(Path dataDir) {
        Path dir = dataDir.resolve(DataDir.BACKUP_DIR);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .max(Comparator.comparing((Path p) -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis();
                        } catch (IOException e) {
                            return 0L;
                        }
                    }).thenComparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // --- writing ------------------------------------------------------------------------------------

    static Path backup(Store store, Path outZip, boolean includeEvidence, Progress progress) {
        Path out = outZip.toAbsolutePath().normalize();
        return write(store.databaseFile(), store.evidenceDir(), out, includeEvidence, progress);
    }

    /** The automatic backup of the database alone, before migrating an older schema. */
    static Path preMigration(Path dataDir, int fromVersion, Clock clock) {
        String name = "pre-migration-v" + fromVersion + "-to-v" + Migrations.LATEST + "-"
                + LocalDateTime.now(clock).format(STAMP) + ".zip";
        Path out = dataDir.resolve(DataDir.BACKUP_DIR).resolve(name);
        return write(dataDir.resolve(DataDir.DB_FILE), dataDir.resolve(DataDir.EVIDENCE_DIR), out, false, Progress.NONE);
    }

    static Optional<Path> daily(Store store) {
        Path dir = store.dataDir().resolve(DataDir.BACKUP_DIR);
        Path today = dir.resolve("daily-" + LocalDate.now(store.options().clock()) + ".zip");
        if (Files.exists(today)) {
            return Optional.empty();
        }
        Path written = backup(store, today, true, Progress.NONE);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> dailies = new ArrayList<>(s.filter(p -> p.getFileName().toString().matches(
                    "daily-\\d{4}-\\d{2}-\\d{2}\\.zip")).sorted(Comparator.comparing(Path::toString)).toList());
            while (dailies.size() > DAILY_KEPT) {
                Files.deleteIfExists(dailies.remove(0));
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", dir, e.getMessage());
        }
        return Optional.of(written);
    }

    private static Path write(Path db, Path evidenceDir, Path out, boolean includeEvidence, Progress progress) {
        Path parent = out.getParent();
        Path tmpDb = null;
        Path tmpZip = null;
        try {
            Files.createDirectories(parent);
            tmpDb = parent.resolve(".antq-backup-" + UUID.randomUUID() + ".db");
            tmpZip = parent.resolve(".antq-backup-" + UUID.randomUUID() + ".zip.tmp");
            progress.update(0, 0, DataDir.DB_FILE);
            // A dedicated read-only connection: VACUUM INTO fails if statements are open on the same one.
            try (Connection c = Database.connect(db, true);
                    PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, tmpDb.toString());
                ps.execute();
            }
            List<String> evidence = new ArrayList<>();
            if (includeEvidence) {
                try (Connection c = Database.connect(tmpDb, true)) {
                    evidence.addAll(Sql.query(c, "SELECT sha256 FROM evidence ORDER BY sha256", rs -> rs.getString(1)));
                }
            }
            int version;
            try (Connection c = Database.connect(tmpDb, true)) {
                version = (int) Sql.scalarLong(c, "PRAGMA user_version");
            }
            List<Entry> entries = new ArrayList<>();
            long total = evidence.size() + 1;
            try (FileChannel ch = FileChannel.open(tmpZip, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream os = Channels.newOutputStream(ch);
                    ZipOutputStream zip = new ZipOutputStream(os)) {
                entries.add(addEntry(zip, DataDir.DB_FILE, tmpDb));
                long done = 1;
                for (String sha : evidence) {
                    progress.checkCancelled();
                    progress.update(done++, total, sha);
                    Path f = evidenceDir.resolve(sha);
                    if (!Files.exists(f)) {
                        continue; // reported by check(); the backup keeps what exists
                    }
                    entries.add(addEntry(zip, DataDir.EVIDENCE_DIR + "/" + sha, f));
                }
                ObjectNode manifest = JSON.createObjectNode();
                manifest.put("format", FORMAT);
                manifest.put("createdAt", java.time.Instant.now().toString());
                manifest.put("appVersion", AppInfo.version());
                manifest.put("schemaVersion", version);
                manifest.put("evidenceIncluded", includeEvidence);
                ArrayNode list = manifest.putArray("entries");
                for (Entry e : entries) {
                    ObjectNode n = list.addObject();
                    n.put("name", e.name());
                    n.put("size", e.size());
                    n.put("sha256", e.sha256());
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
                zip.finish();
                os.flush();
                ch.force(true);
            }
            EvidenceFiles.move(tmpZip, out);
            EvidenceFiles.syncDirectory(parent);
            progress.update(total, total, "");
            return out;
        } catch (IOException e) {
            throw new StoreException(e, "store.backup.failed", out, e.getMessage());
        } catch (SQLException e) {
            throw new StoreException(e, "store.backup.failed", out, e.getMessage());
        } finally {
            deleteQuietly(tmpDb);
            deleteQuietly(tmpZip);
        }
    }

    private static Entry addEntry(ZipOutputStream zip, String name, Path file) throws IOException {
        ZipEntry ze = new ZipEntry(name);
        zip.putNextEntry(ze);
        MessageDigest md = EvidenceFiles.sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                zip.write(buf, 0, n);
                size += n;
            }
        }
        zip.closeEntry();
        return new Entry(name, size, EvidenceFiles.hex(md.digest()));
    }

    static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // temporary file
            }
        }
    }

    // --- restoring ----------------------------------------------------------------------------------

    static Path restore(Path dataDir, Path zipFile, Progress progress) {
        if (!Files.isRegularFile(zipFile)) {
            throw new StoreException("store.backup.noFile", zipFile);
        }
        String stamp = LocalDateTime.now().format(STAMP);
        Path staging = dataDir.resolve(".restore-" + stamp + "-" + UUID.randomUUID().toString().substring(0, 8));
        boolean evidenceIncluded;
        try {
            Files.createDirectories(dataDir);
            Verified verified = extractVerified(zipFile, staging, progress);
            evidenceIncluded = verified.evidenceIncluded();
            String manifestCreatedAt = verified.createdAt();
            Path stagedDb = staging.resolve(DataDir.DB_FILE);
            Database.Probe probe;
            try {
                probe = Database.probe(stagedDb);
            } catch (DomainException e) {
                throw invalid(zipFile, "store.backup.reason.database", e.getMessage());
            }
            if (!probe.ours()) {
                throw invalid(zipFile, "store.backup.reason.foreign");
            }
            if (probe.userVersion() > Migrations.LATEST) {
                throw new StoreException("store.error.newer", zipFile, probe.userVersion(), Migrations.LATEST);
            }
            if (!probe.sound()) {
                throw invalid(zipFile, "store.backup.reason.database", String.join("; ", probe.quickCheck()));
            }
            if (probe.userVersion() >= 2) {
                // the restored data remembers where it came from (schema 2 has the audit trail)
                try (Connection c = Database.connect(stagedDb, false)) {
                    Sql.update(c, "INSERT INTO audit_entry (at, year, area, subject, old_value, new_value) "
                            + "VALUES (?, NULL, ?, ?, NULL, ?)", java.time.Instant.now(), AuditArea.RESTORE,
                            zipFile.getFileName().toString(), manifestCreatedAt);
                    Sql.exec(c, "PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException e) {
                    throw invalid(zipFile, "store.backup.reason.database", e.getMessage());
                }
            }
        } catch (IOException e) {
            deleteTree(staging);
            throw new StoreException(e, "store.error.io", zipFile, e.getMessage());
        } catch (RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        // Everything checked: set the current data aside, then move the restored data in.
        Path aside = dataDir.resolve("replaced-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = dataDir.resolve("replaced-" + stamp + "-" + n);
        }
        List<Path[]> moved = new ArrayList<>();
        try {
            List<String> names = new ArrayList<>(List.of(DataDir.DB_FILE, DataDir.DB_FILE + "-wal",
                    DataDir.DB_FILE + "-shm"));
            if (evidenceIncluded) {
                names.add(DataDir.EVIDENCE_DIR);
            }
            for (String n : names) {
                Path p = dataDir.resolve(n);
                if (Files.exists(p)) {
                    Files.createDirectories(aside);
                    Files.move(p, aside.resolve(n));
                    moved.add(new Path[] {p, aside.resolve(n)});
                }
            }
            Files.move(staging.resolve(DataDir.DB_FILE), dataDir.resolve(DataDir.DB_FILE));
            Path stagedEvidence = staging.resolve(DataDir.EVIDENCE_DIR);
            if (evidenceIncluded) {
                Files.move(stagedEvidence, dataDir.resolve(DataDir.EVIDENCE_DIR));
            }
            Files.createDirectories(dataDir.resolve(DataDir.EVIDENCE_DIR));
            EvidenceFiles.syncDirectory(dataDir);
        } catch (IOException e) {
            // put back what was moved aside
            try {
                Files.deleteIfExists(dataDir.resolve(DataDir.DB_FILE));
            } catch (IOException ignored) {
                // best effort
            }
            for (int i = moved.size() - 1; i >= 0; i--) {
                try {
                    Files.move(moved.get(i)[1], moved.get(i)[0]);
                } catch (IOException ignored) {
                    // best effort; the data is still in the aside folder
                }
            }
            throw new StoreException(e, "store.error.io", dataDir, e.getMessage());
        } finally {
            deleteTree(staging);
        }
        return moved.isEmpty() ? null : aside;
    }

    private static StoreException invalid(Path zip, String reasonKey, Object... args) {
        return new StoreException("store.backup.invalid", zip, vn.antq.i18n.Messages.vietnamese().get(reasonKey, args));
    }

    /** Extracts every entry into the staging folder, checking names, sizes and SHA-256 against the manifest. */
    /** What a verified archive says about itself. */
    private record Verified(boolean evidenceIncluded, String createdAt) {
    }

    private static Verified extractVerified(Path zipFile, Path staging, Progress progress) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(zipFile.toFile());
        } catch (ZipException e) {
            throw invalid(zipFile, "store.backup.reason.notZip");
        }
        try (zip) {
            ZipEntry me = zip.getEntry(MANIFEST);
            if (me == null) {
                throw invalid(zipFile, "store.backup.reason.noManifest");
            }
            JsonNode manifest;
            try (InputStream in = zip.getInputStream(me)) {
                manifest = JSON.readTree(in);
            } catch (IOException e) {
                throw invalid(zipFile, "store.backup.reason.manifest", e.getMessage());
            }
            if (manifest == null || !FORMAT.equals(manifest.path("format").asText())
                    || !manifest.path("entries").isArray()) {
                throw invalid(zipFile, "store.backup.reason.manifest", "format");
            }
            boolean evidenceIncluded = manifest.path("evidenceIncluded").asBoolean(true);
            Map<String, Entry> expected = new LinkedHashMap<>();
            for (JsonNode n : manifest.get("entries")) {
                String name = n.path("name").asText("");
                if (!name.equals(DataDir.DB_FILE) && !name.matches("evidence/[0-9a-f]{64}")) {
                    throw invalid(zipFile, "store.backup.reason.badName", name);
                }
                if (expected.put(name, new Entry(name, n.path("size").asLong(-1), n.path("sha256").asText(""))) != null) {
                    throw invalid(zipFile, "store.backup.reason.badName", name);
                }
            }
            if (!expected.containsKey(DataDir.DB_FILE)) {
                throw invalid(zipFile, "store.backup.reason.missing", DataDir.DB_FILE);
            }
            Set<String> seen = new HashSet<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry ze = all.nextElement();
                String name = ze.getName();
                if (name.equals(MANIFEST)) {
                    continue;
                }
                if (!expected.containsKey(name) || !seen.add(name)) {
                    throw invalid(zipFile, "store.backup.reason.extra", name);
                }
            }
            for (String name : expected.keySet()) {
                if (!seen.contains(name)) {
                    throw invalid(zipFile, "store.backup.reason.missing", name);
                }
            }
            Files.createDirectories(staging.resolve(DataDir.EVIDENCE_DIR));
            long done = 0;
            for (Entry e : expected.values()) {
                progress.checkCancelled();
                progress.update(done++, expected.size(), e.name());
                Path target = staging.resolve(e.name());
                MessageDigest md = EvidenceFiles.sha256();
                long size = 0;
                try (InputStream in = zip.getInputStream(zip.getEntry(e.name()));
                        FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
                                StandardOpenOption.WRITE);
                        OutputStream out = Channels.newOutputStream(ch)) {
                    byte[] buf = new byte[BUFFER];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        md.update(buf, 0, n);
                        out.write(buf, 0, n);
                        size += n;
                        if (size > e.size() && e.size() >= 0) {
                            break;
                        }
                    }
                    ch.force(true);
                } catch (ZipException ex) {
                    throw invalid(zipFile, "store.backup.reason.corrupt", e.name());
                }
                String sha = EvidenceFiles.hex(md.digest());
                if (size != e.size() || !sha.equals(e.sha256())) {
                    throw invalid(zipFile, "store.backup.reason.mismatch", e.name());
                }
                if (e.name().startsWith("evidence/") && !e.name().endsWith(sha)) {
                    throw invalid(zipFile, "store.backup.reason.mismatch", e.name());
                }
            }
            progress.update(expected.size(), expected.size(), "");
            return new Verified(evidenceIncluded, manifest.path("createdAt").asText(""));
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> paths = s.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover staging folder is harmless
        }
    }

    /** Lists a folder (helper for tests). */
    static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(out::add);
        }
        return out;
    }
}
