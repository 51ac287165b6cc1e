package vn.antq.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import vn.antq.domain.DomainException;

/**
 * Opening a data folder's database for a {@link Store}: the checks before anything is touched (not
 * SQLite, not ours, newer, damaged), the backup before a migration, the folder lock, the connection
 * and the migration, and what a failure at each step is reported as.
 */
final class Opening {
    private Opening() {
    }

    /** The open, migrated connection of a data folder (absolute, normalised); the folder lock is held. */
    static Connection connect(Path dir, StoreOptions options) {
        Path db = dir.resolve(DataDir.DB_FILE);
        int version = 0;
        Path preMigration = null;
        try {
            if (Files.exists(db) && Files.size(db) > 0) {
                Database.Probe probe = Database.probe(db);
                if (!probe.ours()) {
                    if (!probe.blank()) {
                        throw new StoreException("store.error.foreign", db);
                    }
                } else {
                    if (probe.userVersion() > Migrations.LATEST) {
                        throw new StoreException("store.error.newer", db, probe.userVersion(), Migrations.LATEST);
                    }
                    if (!probe.sound()) {
                        throw Backups.damaged(db, String.join("; ", probe.quickCheck()), null);
                    }
                    version = probe.userVersion();
                    if (version < Migrations.LATEST) {
                        preMigration = Backups.preMigration(dir, version, options.clock());
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", db, e.getMessage());
        }
        try {
            // only once the folder's database is known to be ours (or absent)
            Files.createDirectories(dir.resolve(DataDir.EVIDENCE_DIR));
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", dir, e.getMessage());
        }
        FolderLock.acquireShared(dir);
        Connection c = null;
        try {
            c = Database.connect(db, false);
            Migrations.migrate(c, version, Migrations.LATEST, options.clock().instant());
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            FolderLock.release(dir);
            if (e instanceof DomainException de) {
                throw de;
            }
            if (e instanceof SQLException se && Database.primaryCode(se) == Database.SQLITE_BUSY) {
                throw new StoreException(e, "store.error.busy", db);
            }
            if (version > 0 || preMigration != null) {
                throw new StoreException(e, "store.error.migration", Migrations.LATEST, e.getMessage(),
                        preMigration == null ? "—" : preMigration);
            }
            throw new StoreException(e, "store.error.sql", e.getMessage());
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure
            }
        }
    }
}
