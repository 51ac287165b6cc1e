package vn.antq.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Opening SQLite connections and looking at a database file before trusting it. */
final class Database {
    static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** SQLite primary result codes the store reacts to. */
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_NOTADB = 26;

    private Database() {
    }

    /**
     * A connection. Read-write: WAL journal, foreign keys enforced, synchronous FULL (a committed
     * transaction survives a power cut, not only a crash), busy timeout. Read-only: changes nothing
     * in the file, for looking at an untrusted database.
     */
    static Connection connect(Path db, boolean readOnly) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            cfg.setReadOnly(true);
        } else {
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            cfg.enforceForeignKeys(true);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return cfg.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    /** What a database file says about itself, read without changing it. */
    record Probe(int applicationId, int userVersion, int tables, List<String> quickCheck) {
        boolean ours() {
            return applicationId == Migrations.APPLICATION_ID;
        }

        /** An SQLite file with nothing in it (as made by some tools): treated as new. */
        boolean blank() {
            return applicationId == 0 && userVersion == 0 && tables == 0;
        }

        boolean sound() {
            return quickCheck.equals(List.of("ok"));
        }
    }

    /** True when the file starts with the SQLite header. */
    static boolean looksLikeSqlite(Path db) throws IOException {
        byte[] head = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(db)) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length && Arrays.equals(head, HEADER);
        }
    }

    /**
     * Looks at an existing database file: refuses one that is not SQLite; reads its application
     * id, schema version and (for ours) a quick integrity check. Never writes to it.
     */
    static Probe probe(Path db) {
        Path dir = db.toAbsolutePath().getParent();
        try {
            if (Files.size(db) == 0) {
                // What a crash of a copy tool or a full USB stick leaves: with data beside it, the
                // database was lost, and a new one must not be made silently over the evidence.
                if (hasData(dir)) {
                    throw Backups.damaged(db, "store.detail.empty", null);
                }
                return new Probe(0, 0, 0, List.of());
            }
            if (!looksLikeSqlite(db)) {
                throw new StoreException("store.error.notSqlite", db);
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", db, e.getMessage());
        }
        try (Connection c = connect(db, true)) {
            int appId = (int) Sql.scalarLong(c, "PRAGMA application_id");
            int version = (int) Sql.scalarLong(c, "PRAGMA user_version");
            int tables = (int) Sql.scalarLong(c, "SELECT count(*) FROM sqlite_master");
            List<String> check = List.of();
            if (appId == Migrations.APPLICATION_ID) {
                check = Sql.query(c, "PRAGMA quick_check", rs -> rs.getString(1));
            }
            Probe probe = new Probe(appId, version, tables, check);
            if (probe.blank() && hasData(dir)) {
                throw Backups.damaged(db, "store.detail.empty", null);
            }
            return probe;
        } catch (SQLException e) {
            int code = primaryCode(e);
            if (code == SQLITE_NOTADB) {
                throw new StoreException(e, "store.error.notSqlite", db);
            }
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                throw new StoreException(e, "store.error.busy", db);
            }
            // the machine before the data: a folder that cannot be written, a full disk
            if (Environment.diskFull(e)) {
                throw Environment.full(e, dir, 0);
            }
            if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || !Disk.current().writable(dir)) {
                throw Environment.readOnly(e, dir);
            }
            throw Backups.damaged(db, "store.detail.damaged", e);
        }
    }

    /** True when the folder holds evidence files or backups: a database was there. */
    static boolean hasData(Path dir) {
        for (String sub : List.of(DataDir.EVIDENCE_DIR, DataDir.BACKUP_DIR)) {
            try (java.util.stream.Stream<Path> s = Files.list(dir.resolve(sub))) {
                if (s.anyMatch(p -> !p.getFileName().toString().startsWith("."))) {
                    return true;
                }
            } catch (IOException e) {
                // absent
            }
        }
        return false;
    }
}
