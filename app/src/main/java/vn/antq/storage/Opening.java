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
        // a restore killed between its renames is finished first; killed programs' leftovers removed
        Backups.recover(dir);
        // a folder that cannot be written (read-only medium or rights): opened for reading only
        boolean readOnly = Files.exists(db) && !Disk.current().writable(dir);
        int version = 0;
        Path preMigration = null;
        try {
            // an empty file too: Database.probe refuses it when evidence or backups show data was there
            if (Files.exists(db)) {
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
                        throw Backups.damaged(db, "store.detail.damaged",
                                new IllegalStateException(String.join("; ", probe.quickCheck())));
                    }
                    version = probe.userVersion();
                    if (version < Migrations.LATEST) {
                        if (readOnly) {
                            throw Environment.readOnly(null, dir);
                        }
                        preMigration = Backups.preMigration(dir, version, options.clock());
                    }
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new StoreException(e, "store.error.io", db, Environment.plain(e.getCause()));
        }
        try {
            // only once the folder's database is known to be ours (or absent)
            if (!readOnly) {
                Files.createDirectories(dir.resolve(DataDir.EVIDENCE_DIR));
            }
        } catch (IOException e) {
            throw Environment.writeFailed(e, dir, "store.error.io", dir);
        }
        FolderLock.acquireShared(dir);
        Connection c = null;
        try {
            c = Database.connect(db, readOnly);
            if (!readOnly) {
                Migrations.migrate(c, version, Migrations.LATEST, options.clock().instant());
            }
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
            // the machine before the data: a full disk, a folder that cannot be written
            if (Environment.diskFull(e)) {
                throw Environment.full(e, dir, 0);
            }
            if (!Disk.current().writable(Environment.existing(dir))) {
                throw Environment.readOnly(e, dir);
            }
            if (version > 0 || preMigration != null) {
                throw new StoreException(e, "store.error.migration", Migrations.LATEST, Environment.plain(e),
                        preMigration == null ? "—" : preMigration);
            }
            throw new StoreException(e, "store.error.sql", Environment.plain(e));
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
