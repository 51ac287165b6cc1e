package vn.antq.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import vn.antq.domain.DomainException;

/**
 * A refusal or fault of the store (a damaged or foreign database, a bad backup archive, a missing
 * record…). The key and arguments are in the {@code store} bundle; nothing was changed.
 */
public class StoreException extends DomainException {
    public StoreException(String key, Object... args) {
        super(key, args);
    }

    /** Keeps the technical cause for the log; the message stays the Vietnamese text of the key. */
    public StoreException(Throwable cause, String key, Object... args) {
        super(key, args);
        initCause(cause);
    }

    /**
     * What a failure inside a transaction is reported as: a refusal as it is; a damaged database
     * with the latest backup; busy, full or other SQL and I/O faults as one readable line.
     */
    static RuntimeException from(Exception e, Path dbPath, Path dataDir) {
        if (e instanceof DomainException de) {
            return de;
        }
        if (e instanceof SQLException se) {
            int code = Database.primaryCode(se);
            if (code == Database.SQLITE_CORRUPT || code == Database.SQLITE_NOTADB) {
                return Backups.damaged(dbPath, "store.detail.damaged", se);
            }
            if (code == Database.SQLITE_BUSY || code == Database.SQLITE_LOCKED) {
                return new StoreException(se, "store.error.busy", dbPath);
            }
            // the machine, not the data: never reported as a damaged database
            if (code == Database.SQLITE_FULL) {
                return Environment.full(se, dataDir, 0);
            }
            if (code == Database.SQLITE_READONLY || code == Database.SQLITE_CANTOPEN) {
                return Environment.readOnly(se, dataDir);
            }
            return new StoreException(se, "store.error.sql", Environment.plain(se));
        }
        if (e instanceof IOException io) {
            return Environment.writeFailed(io, dataDir, "store.error.io", dataDir);
        }
        if (e instanceof UncheckedIOException io) {
            return Environment.writeFailed(io.getCause(), dataDir, "store.error.io", dataDir);
        }
        return (RuntimeException) e;
    }
}
