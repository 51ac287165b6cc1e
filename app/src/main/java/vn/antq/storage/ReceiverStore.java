package vn.antq.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.antq.about.AppInfo;
import vn.antq.domain.DomainException;
import vn.antq.domain.receiver.Commune;
import vn.antq.domain.receiver.ReceivedPackage;

/**
 * The receiver folder of a commune police: its own database ({@code antq.db} with application id
 * "ANQR", its own numbered migrations {@code R<n>__*.sql}) and the packages received under
 * {@code packages/<sha256>.zip}. The same safety rules as a unit's folder: the shared folder lock,
 * every change one transaction, a foreign or newer database refused and left untouched. A unit's
 * folder is refused here, and {@link Store#open} refuses a receiver folder. The SQL of its tables
 * is in {@link ReceiverRepository}.
 */
public final class ReceiverStore implements AutoCloseable {
    /** {@code PRAGMA application_id} of a receiver database: "ANQR" in ASCII. */
    public static final int APPLICATION_ID = 0x414E5152;
    public static final String PACKAGES_DIR = "packages";
    static final List<String> FILES = List.of("R1__receiver.sql");
    public static final int LATEST = FILES.size();

    private final Path dir;
    private final Connection c;
    private final Clock clock;
    private final Object lock = new Object();
    private boolean closed;

    private ReceiverStore(Path dir, Connection c, Clock clock) {
        this.dir = dir;
        this.c = c;
        this.clock = clock;
    }

    public static ReceiverStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** Opens (creating on first use) a receiver folder; refuses a unit's folder or any other database. */
    public static ReceiverStore open(Path dataDir, Clock clock) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path db = dir.resolve(DataDir.DB_FILE);
        int version = 0;
        try {
            if (Files.exists(db) && Files.size(db) > 0) {
                Database.Probe probe = Database.probe(db);
                if (probe.ours()) {
                    throw new StoreException("receiver.error.unitFolder", dir);
                }
                if (probe.applicationId() != APPLICATION_ID && !probe.blank()) {
                    throw new StoreException("store.error.foreign", db);
                }
                if (probe.userVersion() > LATEST) {
                    throw new StoreException("store.error.newer", db, probe.userVersion(), LATEST);
                }
                version = probe.userVersion();
            }
            Files.createDirectories(dir.resolve(PACKAGES_DIR));
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", db, e.getMessage());
        }
        FolderLock.acquireShared(dir);
        Connection c = null;
        try {
            c = Database.connect(db, false);
            if (version > 0 && !Sql.query(c, "PRAGMA quick_check", rs -> rs.getString(1)).equals(List.of("ok"))) {
                throw new StoreException("receiver.error.damaged", db);
            }
            migrate(c, version, clock.instant());
            return new ReceiverStore(dir, c, clock);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            FolderLock.release(dir);
            if (e instanceof DomainException de) {
                throw de;
            }
            throw new StoreException(e, "store.error.sql", e.getMessage());
        }
    }

    /**
     * Whether {@code dataDir} holds a receiver database (for choosing the window to open at start).
     * Reads only the file's header (the application id is bytes 68–71 of an SQLite file), so the
     * unit's start is not slowed by a second database opening.
     */
    public static boolean isReceiverFolder(Path dataDir) {
        Path db = dataDir.resolve(DataDir.DB_FILE);
        if (!Files.isRegularFile(db)) {
            return false;
        }
        try (var in = Files.newInputStream(db)) {
            byte[] head = in.readNBytes(72);
            if (head.length < 72 || !Arrays.equals(Arrays.copyOf(head, Database.HEADER.length), Database.HEADER)) {
                return false;
            }
            int id = ((head[68] & 0xff) << 24) | ((head[69] & 0xff) << 16) | ((head[70] & 0xff) << 8) | (head[71] & 0xff);
            if (id == 0) {
                // not yet checkpointed from the WAL (a crash before the first close): ask SQLite
                return Database.probe(db).applicationId() == APPLICATION_ID;
            }
            return id == APPLICATION_ID;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The first start chose the receiving role: the unit's database made when the folder was opened
     * holds no unit yet (so no user data), and is replaced by a receiver database. Refused, with the
     * folder untouched, when the unit exists. {@code unitStore} is closed.
     */
    public static ReceiverStore replaceEmptyUnitFolder(Store unitStore) {
        if (unitStore.unit().profile().isPresent()) {
            throw new StoreException("receiver.error.unitFolder", unitStore.dataDir());
        }
        Path dir = unitStore.dataDir();
        unitStore.close();
        try {
            for (String f : List.of(DataDir.DB_FILE, DataDir.DB_FILE + "-wal", DataDir.DB_FILE + "-shm")) {
                Files.deleteIfExists(dir.resolve(f));
            }
            for (String d : List.of(DataDir.EVIDENCE_DIR, DataDir.BACKUP_DIR)) {
                Path p = dir.resolve(d);
                if (Files.isDirectory(p)) {
                    try (var list = Files.list(p)) {
                        if (list.findAny().isEmpty()) {
                            Files.delete(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", dir, e.getMessage());
        }
        return open(dir);
    }

    private static void migrate(Connection c, int from, Instant now) throws SQLException {
        if (from >= LATEST) {
            return;
        }
        Sql.exec(c, "BEGIN IMMEDIATE");
        try {
            int current = (int) Sql.scalarLong(c, "PRAGMA user_version");
            for (int v = Math.max(from, current) + 1; v <= LATEST; v++) {
                for (String stmt : statements(v)) {
                    Sql.exec(c, stmt);
                }
                if (v == 1) {
                    Sql.update(c, "INSERT INTO app_marker (app, created_at) VALUES ('ANTQ Desk receiver', ?)", now);
                }
                Sql.update(c, "INSERT INTO schema_history (version, description, applied_at, app_version) "
                        + "VALUES (?, ?, ?, ?)", v, FILES.get(v - 1), now, AppInfo.version());
            }
            Sql.exec(c, "PRAGMA application_id = " + APPLICATION_ID);
            Sql.exec(c, "PRAGMA user_version = " + LATEST);
            Sql.exec(c, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            try {
                Sql.exec(c, "ROLLBACK");
            } catch (SQLException ignored) {
                // the transaction is gone already
            }
            throw e;
        }
    }

    private static List<String> statements(int version) {
        String file = FILES.get(version - 1);
        try (var in = ReceiverStore.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + file);
            }
            return Migrations.split(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public int schemaVersion() {
        return read(() -> (int) Sql.scalarLong(c, "PRAGMA user_version"));
    }

    // --- the commune ------------------------------------------------------------------------------

    public Optional<Commune> commune() {
        return read(() -> ReceiverRepository.commune(c));
    }

    /** Saves the commune police's details (its name required; a blank deadline gets the default). */
    public void saveCommune(Commune m) {
        if (m.police() == null || m.police().isBlank()) {
            throw new StoreException("receiver.error.policeName");
        }
        write(() -> {
            ReceiverRepository.saveCommune(c, m);
            return null;
        });
    }

    // --- packages ---------------------------------------------------------------------------------

    /** The file a received package is kept in. */
    public Path packageFile(ReceivedPackage p) {
        return dir.resolve(PACKAGES_DIR).resolve(p.sha256() + ".zip");
    }

    public Optional<ReceivedPackage> bySha256(String sha256) {
        return read(() -> ReceiverRepository.bySha256(c, sha256));
    }

    /**
     * Records a received package and keeps a copy of its file, in one transaction: the copy is made
     * first under a temporary name and moved into place, and removed again if the transaction fails.
     * It becomes the package shown for its unit and year when it is newer than the one shown (by the
     * export time in its manifest) and valid, or when the one shown is not valid either; otherwise it
     * is kept in the history only. An altered package never replaces a valid one.
     */
    public ReceivedPackage record(ReceivedPackage p, Path file) {
        Path target = packageFile(p);
        boolean copied = false;
        try {
            if (!Files.exists(target)) {
                Path tmp = Files.createTempFile(target.getParent(), ".recv-", ".tmp");
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target);
                }
                copied = true;
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", target, e.getMessage());
        }
        try {
            return write(() -> ReceiverRepository.record(c, p));
        } catch (RuntimeException e) {
            if (copied) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException ignored) {
                    // an orphan copy is harmless: it is reused when the same file comes again
                }
            }
            throw e;
        }
    }

    /** The packages shown for a year (one per unit), by unit name. */
    public List<ReceivedPackage> current(int year) {
        return read(() -> ReceiverRepository.current(c, year));
    }

    /** Every package received for a unit and year, newest received first. */
    public List<ReceivedPackage> history(String unitKey, int year) {
        return read(() -> ReceiverRepository.history(c, unitKey, year));
    }

    /** The years with packages, newest first. */
    public List<Integer> years() {
        return read(() -> ReceiverRepository.years(c));
    }

    // --- plumbing ---------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T read(Work<T> w) {
        synchronized (lock) {
            check();
            try {
                return w.run();
            } catch (SQLException e) {
                throw new StoreException(e, "store.error.sql", e.getMessage());
            }
        }
    }

    /** One immediate transaction: all of it or nothing. */
    private <T> T write(Work<T> w) {
        synchronized (lock) {
            check();
            try {
                Sql.exec(c, "BEGIN IMMEDIATE");
                T out = w.run();
                Sql.exec(c, "COMMIT");
                return out;
            } catch (SQLException | RuntimeException e) {
                try {
                    Sql.exec(c, "ROLLBACK");
                } catch (SQLException ignored) {
                    // already rolled back
                }
                if (e instanceof DomainException de) {
                    throw de;
                }
                throw new StoreException(e, "store.error.sql", e.getMessage());
            }
        }
    }

    private void check() {
        if (closed) {
            throw new StoreException("store.error.closed");
        }
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(c);
            FolderLock.release(dir);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
