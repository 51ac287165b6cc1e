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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.antq.about.AppInfo;
import vn.antq.archive.ManifestZip;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;

/**
 * Backup archives ({@code antq-backup/1}): a ZIP holding {@code antq.db} (a consistent copy made by
 * {@code VACUUM INTO}), {@code evidence/<sha256>} files and {@code manifest.json} listing every
 * entry with its size and SHA-256, written and checked by {@link ManifestZip}. Restoring verifies
 * everything (sizes against a budget and the free space, the database, evidence the database uses)
 * before replacing anything, then replaces the data by renames recorded in a journal, so a restore
 * killed at any point is finished by {@link #recover} at the next open.
 */
final class Backups {
    static final String FORMAT = "antq-backup/1";
    static final String MANIFEST = "manifest.json";
    static final int DAILY_KEPT = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int BUFFER = 64 * 1024;

    /**
     * The manifest's and journal's writer, made on first use: every open of the store runs {@link #recover},
     * and building an {@code ObjectMapper} loads ~300 classes the start of the window does not need.
     */
    private static final class Json {
        /** Indented with "\n" on every platform (Jackson's default is the platform's, "\r\n" on Windows). */
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(
                        com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
                .build();

        private Json() {
        }
    }

    private Backups() {
    }

    // --- damaged database ---------------------------------------------------------------------------

    /** The refusal for a damaged database, pointing at the latest backup of its data folder. */
    static StoreException damaged(Path db, String detailKey, Throwable cause) {
        Path dir = db.toAbsolutePath().getParent();
        Optional<Path> latest = dir == null ? Optional.empty() : latest(dir);
        // a plain reason; SQLite's own text (codes, page numbers) stays in the cause, for the log
        String d = vn.antq.i18n.Messages.vietnamese().get(detailKey);
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
        if (store.readOnly()) {
            return Optional.empty(); // nothing can change, and nothing can be written there
        }
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
        Path dataDir = db.toAbsolutePath().getParent();
        // The copy of the database is staged in the data folder, never beside the destination (a USB
        // stick must not keep a plaintext copy if the program is killed); the archive is written
        // beside its destination to be renamed into place, and a marker in the data folder names it
        // so that a killed backup's partial archive is removed at the next start (Staging).
        Path tmpDb = dataDir.resolve(Staging.name("backup", ".db"));
        Path tmpZip = parent.resolve(Staging.name("backup", ".zip.tmp"));
        Path marker = dataDir.resolve(Staging.name(Staging.PENDING, ""));
        try {
            Files.createDirectories(parent);
            Files.writeString(marker, tmpZip.toString());
            progress.update(0, 0, DataDir.DB_FILE);
            // A dedicated read-only connection: VACUUM INTO fails if statements are open on the same one.
            try (Connection c = Database.connect(db, true);
                    PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, tmpDb.toString());
                ps.execute();
            }
            List<String> evidence = new ArrayList<>();
            int version;
            try (Connection c = Database.connect(tmpDb, true)) {
                if (includeEvidence) {
                    evidence.addAll(Sql.query(c, "SELECT sha256 FROM evidence ORDER BY sha256", rs -> rs.getString(1)));
                }
                version = (int) Sql.scalarLong(c, "PRAGMA user_version");
            }
            long total = evidence.size() + 1;
            try (FileChannel ch = FileChannel.open(tmpZip, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream os = Channels.newOutputStream(ch);
                    ManifestZip.Writer zip = new ManifestZip.Writer(new java.io.BufferedOutputStream(os, BUFFER))) {
                try (InputStream in = Files.newInputStream(tmpDb)) {
                    zip.add(DataDir.DB_FILE, in, null, true, progress::checkCancelled);
                }
                hook.reached(BACKUP_STAGED);
                long done = 1;
                for (String sha : evidence) {
                    progress.checkCancelled();
                    progress.update(done++, total, sha);
                    Path f = evidenceDir.resolve(sha);
                    if (!Files.exists(f)) {
                        continue; // reported by check(); the backup keeps what exists
                    }
                    try (InputStream in = Files.newInputStream(f)) {
                        zip.add(DataDir.EVIDENCE_DIR + "/" + sha, in, null, true, progress::checkCancelled);
                    }
                }
                ObjectNode manifest = Json.MAPPER.createObjectNode();
                manifest.put("format", FORMAT);
                manifest.put("createdAt", java.time.Instant.now().toString());
                manifest.put("appVersion", AppInfo.version());
                manifest.put("schemaVersion", version);
                manifest.put("evidenceIncluded", includeEvidence);
                ArrayNode list = manifest.putArray("entries");
                for (ManifestZip.Entry e : zip.entries()) {
                    ObjectNode n = list.addObject();
                    n.put("name", e.name());
                    n.put("size", e.size());
                    n.put("sha256", e.sha256());
                }
                zip.finish(Json.MAPPER.writeValueAsBytes(manifest), null);
                ch.force(true);
            }
            EvidenceFiles.move(tmpZip, out);
            EvidenceFiles.syncDirectory(parent);
            progress.update(total, total, "");
            return out;
        } catch (IOException e) {
            throw Environment.writeFailed(e, parent, "store.backup.failed", out);
        } catch (SQLException e) {
            if (Database.primaryCode(e) == Database.SQLITE_FULL) {
                throw Environment.full(e, dataDir, 0);
            }
            throw new StoreException(e, "store.backup.failed", out, Environment.plain(e));
        } finally {
            deleteQuietly(tmpDb);
            deleteQuietly(tmpZip);
            deleteQuietly(marker);
        }
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

    /** The restore's journal in the data folder: present from the first rename to the last. */
    static final String JOURNAL = "restore-journal.json";
    static final String JOURNAL_FORMAT = "antq-restore-journal/1";
    /** Whatever the free space, a restore never writes more than this (a backup of ours is far smaller). */
    static final long MAX_RESTORE_BYTES = 64L << 30;
    /** Room kept free on the disk beside what a restore writes. */
    static final long SPACE_MARGIN = 64L << 20;
    /** A backup's entries are SQLite pages and evidence: compressed at most this many times (zip bombs are more). */
    static final long MAX_RATIO = 100;

    /** A test hook: called with the number of each step of the replacement (see {@link #restore}). */
    interface StepHook {
        void reached(int step);
    }

    static volatile StepHook hook = step -> { };
    /** The hook's step of a backup: the database copied into the data folder, the archive begun. */
    static final int BACKUP_STAGED = 100;

    static Path restore(Path dataDir, Path zipFile, Progress progress) {
        if (!Files.isRegularFile(zipFile)) {
            throw new StoreException("store.backup.noFile", zipFile);
        }
        recoverLocked(dataDir);
        String stamp = LocalDateTime.now().format(STAMP);
        Path staging = dataDir.resolve(Staging.name("restore", ""));
        boolean evidenceIncluded;
        try {
            Files.createDirectories(dataDir);
            Verified verified = extractVerified(zipFile, dataDir, staging, progress);
            evidenceIncluded = verified.evidenceIncluded();
        } catch (IOException e) {
            deleteTree(staging);
            throw Environment.writeFailed(e, dataDir, "store.error.io", zipFile);
        } catch (RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        hook.reached(0);
        // Everything checked: from here the journal says what to finish if the program is killed;
        // every step is one rename, and recover() completes the replacement from any of them.
        Path aside = dataDir.resolve("replaced-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = dataDir.resolve("replaced-" + stamp + "-" + n);
        }
        boolean hadData = Files.exists(dataDir.resolve(DataDir.DB_FILE))
                || evidenceIncluded && Files.exists(dataDir.resolve(DataDir.EVIDENCE_DIR));
        try {
            ObjectNode journal = Json.MAPPER.createObjectNode();
            journal.put("format", JOURNAL_FORMAT);
            journal.put("staging", staging.getFileName().toString());
            journal.put("aside", aside.getFileName().toString());
            journal.put("evidence", evidenceIncluded);
            Path tmp = dataDir.resolve(Staging.name("journal", ".tmp"));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(journal)));
                ch.force(true);
            }
            Files.move(tmp, dataDir.resolve(JOURNAL), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            EvidenceFiles.syncDirectory(dataDir);
        } catch (IOException e) {
            deleteTree(staging);
            throw Environment.writeFailed(e, dataDir, "store.error.io", dataDir);
        }
        hook.reached(1);
        try {
            finish(dataDir, staging, aside, evidenceIncluded);
        } catch (IOException e) {
            // the journal stays: the next start or command finishes the replacement
            throw Environment.writeFailed(e, dataDir, "store.error.io", dataDir);
        }
        return hadData ? aside : null;
    }

    /**
     * The replacement, step by step, each a rename; run again from the journal after a kill, it
     * finishes what is left. While the staged database is still in staging, anything under the
     * database's names in the data folder is the old data and goes aside (the WAL with it: an old
     * WAL must never meet the new database); then the staged data moves in.
     */
    private static void finish(Path dataDir, Path staging, Path aside, boolean evidenceIncluded) throws IOException {
        Path stagedDb = staging.resolve(DataDir.DB_FILE);
        Path stagedEvidence = staging.resolve(DataDir.EVIDENCE_DIR);
        List<String> names = new ArrayList<>();
        if (Files.exists(stagedDb)) {
            names.addAll(List.of(DataDir.DB_FILE, DataDir.DB_FILE + "-wal", DataDir.DB_FILE + "-shm"));
        }
        if (evidenceIncluded && Files.exists(stagedEvidence)) {
            names.add(DataDir.EVIDENCE_DIR);
        }
        int step = 2;
        for (String n : names) {
            Path p = dataDir.resolve(n);
            if (Files.exists(p)) {
                Files.createDirectories(aside);
                Files.move(p, aside.resolve(n));
                EvidenceFiles.syncDirectory(dataDir);
            }
            hook.reached(step++);
        }
        if (Files.exists(stagedDb)) {
            Files.move(stagedDb, dataDir.resolve(DataDir.DB_FILE));
            EvidenceFiles.syncDirectory(dataDir);
        }
        hook.reached(6);
        if (evidenceIncluded && Files.exists(stagedEvidence)) {
            Files.move(stagedEvidence, dataDir.resolve(DataDir.EVIDENCE_DIR));
            EvidenceFiles.syncDirectory(dataDir);
        }
        hook.reached(7);
        Files.createDirectories(dataDir.resolve(DataDir.EVIDENCE_DIR));
        Files.deleteIfExists(dataDir.resolve(JOURNAL));
        EvidenceFiles.syncDirectory(dataDir);
        hook.reached(8);
        deleteTree(staging);
    }

    /**
     * Finishes a restore that was killed between its renames (its journal is in the data folder),
     * then removes what killed programs left behind ({@link Staging}). Runs at every open and before
     * a restore. Refused (the data is not opened half restored) when the journal cannot be acted on.
     */
    static void recover(Path dataDir) {
        if (Files.exists(dataDir.resolve(JOURNAL))) {
            try {
                FolderLock.exclusive(dataDir, () -> {
                    recoverLocked(dataDir);
                    return null;
                });
            } catch (StoreException e) {
                if ("store.restore.inUse".equals(e.key())) {
                    throw new StoreException(e, "store.error.restoring", dataDir);
                }
                throw e;
            }
        }
        Staging.cleanStale(dataDir);
    }

    /** {@link #recover} for a caller that holds the folder's exclusive lock already. */
    static void recoverLocked(Path dataDir) {
        Path journal = dataDir.resolve(JOURNAL);
        if (Files.exists(journal)) {
            ObjectNode j;
            try (InputStream in = Files.newInputStream(journal)) {
                j = vn.antq.json.StrictJson.readObject(in, JOURNAL, vn.antq.json.StrictJson.Budget.MANIFEST);
            } catch (IOException | DomainException e) {
                throw new StoreException(e, "store.restore.journal", journal);
            }
            String staging = j.path("staging").isTextual() ? j.get("staging").textValue() : "";
            String aside = j.path("aside").isTextual() ? j.get("aside").textValue() : "";
            if (!JOURNAL_FORMAT.equals(j.path("format").asText()) || !staging.startsWith(Staging.PREFIX + "restore-")
                    || !aside.startsWith("replaced-") || staging.contains("/") || staging.contains("\\")
                    || aside.contains("/") || aside.contains("\\") || !j.path("evidence").isBoolean()) {
                throw new StoreException("store.restore.journal", journal);
            }
            try {
                finish(dataDir, dataDir.resolve(staging), dataDir.resolve(aside), j.get("evidence").booleanValue());
            } catch (IOException e) {
                throw Environment.writeFailed(e, dataDir, "store.error.io", dataDir);
            }
        }
        Staging.cleanStale(dataDir);
    }

    private static StoreException invalid(Path zip, String reasonKey, Object... args) {
        return new StoreException("store.backup.invalid", zip, vn.antq.i18n.Messages.vietnamese().get(reasonKey, args));
    }

    /** What a verified archive says about itself. */
    private record Verified(boolean evidenceIncluded, String createdAt) {
    }

    /**
     * Checks the archive against its manifest and budgets, then extracts it into the staging folder:
     * the database first (checked as a database of ours), then only the evidence that database
     * refers to. Sizes are checked against the budget and the free space before anything is written.
     */
    private static Verified extractVerified(Path zipFile, Path dataDir, Path staging, Progress progress)
            throws IOException {
        ManifestZip.Reader zip;
        try {
            zip = ManifestZip.Reader.open(zipFile);
        } catch (ManifestZip.NotAZip e) {
            throw invalid(zipFile, "store.backup.reason.notZip");
        }
        try (zip) {
            long archive = Files.size(zipFile);
            long budget = Math.min(MAX_RESTORE_BYTES, archive * MAX_RATIO + (16L << 20));
            ManifestZip.Checked checked = zip.check(FORMAT, "entries", "name",
                    new ManifestZip.Budget(budget, budget, 1_000_000), Set.of());
            for (ManifestZip.Problem p : checked.problems()) {
                throw switch (p.fault()) {
                    case NO_MANIFEST -> invalid(zipFile, "store.backup.reason.noManifest");
                    case BAD_MANIFEST -> invalid(zipFile, "store.backup.reason.manifest", p.path());
                    case UNSAFE -> invalid(zipFile, "store.backup.reason.badName", p.path());
                    case MISSING -> invalid(zipFile, "store.backup.reason.missing", p.path());
                    case EXTRA -> invalid(zipFile, "store.backup.reason.extra", p.path());
                    case TOO_LARGE -> invalid(zipFile, "store.backup.reason.tooLarge",
                            EvidenceFiles.megabytes(budget));
                };
            }
            Map<String, ManifestZip.Entry> expected = new LinkedHashMap<>();
            long total = 0;
            for (ManifestZip.Entry e : checked.listed()) {
                if (!e.name().equals(DataDir.DB_FILE) && !e.name().matches("evidence/[0-9a-f]{64}")) {
                    throw invalid(zipFile, "store.backup.reason.badName", e.name());
                }
                expected.put(e.name(), e);
                total += e.size();
            }
            ManifestZip.Entry dbEntry = expected.get(DataDir.DB_FILE);
            if (dbEntry == null) {
                throw invalid(zipFile, "store.backup.reason.missing", DataDir.DB_FILE);
            }
            long free = Disk.current().usableSpace(Environment.existing(dataDir));
            if (total + SPACE_MARGIN > free) {
                throw Environment.full(null, dataDir, total + SPACE_MARGIN - free);
            }
            JsonNode manifest = checked.manifest();
            boolean evidenceIncluded = !manifest.has("evidenceIncluded") || manifest.get("evidenceIncluded").asBoolean(true);
            Files.createDirectories(staging.resolve(DataDir.EVIDENCE_DIR));
            progress.update(0, expected.size(), DataDir.DB_FILE);
            extract(zip, zipFile, dbEntry, staging);
            Path stagedDb = staging.resolve(DataDir.DB_FILE);
            Set<String> referenced = checkStagedDatabase(zipFile, stagedDb,
                    manifest.path("createdAt").isTextual() ? manifest.get("createdAt").textValue() : "");
            for (String name : expected.keySet()) {
                if (name.startsWith("evidence/") && !referenced.contains(name.substring("evidence/".length()))) {
                    throw invalid(zipFile, "store.backup.reason.unreferenced", name);
                }
            }
            long done = 1;
            for (ManifestZip.Entry e : expected.values()) {
                if (e == dbEntry) {
                    continue;
                }
                progress.checkCancelled();
                progress.update(done++, expected.size(), e.name());
                extract(zip, zipFile, e, staging);
            }
            progress.update(expected.size(), expected.size(), "");
            return new Verified(evidenceIncluded, manifest.path("createdAt").asText(""));
        }
    }

    private static void extract(ManifestZip.Reader zip, Path zipFile, ManifestZip.Entry e, Path staging)
            throws IOException {
        Path target = staging.resolve(e.name());
        boolean ok;
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(ch), BUFFER)) {
            ok = zip.copy(e, out);
            out.flush();
            ch.force(true);
        }
        if (!ok) {
            throw invalid(zipFile, "store.backup.reason.mismatch", e.name());
        }
    }

    /** The staged database is ours, not newer, sound; records the restore in its audit trail; returns its evidence. */
    private static Set<String> checkStagedDatabase(Path zipFile, Path stagedDb, String createdAt) {
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
        Set<String> referenced = new HashSet<>();
        try (Connection c = Database.connect(stagedDb, false)) {
            referenced.addAll(Sql.query(c, "SELECT sha256 FROM evidence", rs -> rs.getString(1)));
            if (probe.userVersion() >= 2) {
                // the restored data remembers where it came from (schema 2 has the audit trail)
                AuditRepository.record(c, java.time.Instant.now(), null, AuditArea.RESTORE,
                        zipFile.getFileName().toString(), null, createdAt);
            }
            Sql.exec(c, "PRAGMA wal_checkpoint(TRUNCATE)");
            Sql.exec(c, "PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw invalid(zipFile, "store.backup.reason.database", Environment.plain(e));
        }
        // only the database file itself is moved in: no journal of the staged copy may follow it
        deleteQuietly(stagedDb.resolveSibling(DataDir.DB_FILE + "-wal"));
        deleteQuietly(stagedDb.resolveSibling(DataDir.DB_FILE + "-shm"));
        return referenced;
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
