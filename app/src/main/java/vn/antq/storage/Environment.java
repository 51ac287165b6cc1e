package vn.antq.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Faults of the machine rather than of the data, said as such: a folder that cannot be written, a
 * full disk. These must never be reported as a damaged database (that invites a restore over
 * healthy data), and never with SQLite's or the OS's English text.
 */
final class Environment {
    private Environment() {
    }

    /** The refusal for a data folder where nothing can be written. */
    static StoreException readOnly(Throwable cause, Path dir) {
        return new StoreException(cause, "store.error.readOnly", dir);
    }

    /** The refusal for a full disk, naming the folder, the room left and (when known) the room needed. */
    static StoreException full(Throwable cause, Path dir, long needed) {
        long free = -1;
        try {
            free = Disk.current().usableSpace(existing(dir));
        } catch (IOException | RuntimeException ignored) {
            // unknown
        }
        return needed > 0
                ? new StoreException(cause, "store.error.noSpace", dir, EvidenceFiles.megabytes(Math.max(0, free)),
                        EvidenceFiles.megabytes(needed))
                : new StoreException(cause, "store.error.diskFull", dir, EvidenceFiles.megabytes(Math.max(0, free)));
    }

    /** A write into {@code dir} failed: a full disk, a read-only folder, or else {@code key} with a plain detail. */
    static StoreException writeFailed(IOException e, Path dir, String key, Object target) {
        if (diskFull(e)) {
            return full(e, dir, 0);
        }
        if (e instanceof AccessDeniedException || !Disk.current().writable(existing(dir))) {
            return readOnly(e, dir);
        }
        return new StoreException(e, key, target, plain(e));
    }

    /** True when an I/O error says the disk is full (Linux/macOS ENOSPC, Windows ERROR_DISK_FULL). */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                    || m.contains("database or disk is full") || t instanceof SQLException se
                            && Database.primaryCode(se) == Database.SQLITE_FULL) {
                return true;
            }
        }
        return false;
    }

    /** A detail fit for a user: what kind of fault, never SQLite's codes. The full text goes to the log. */
    static String plain(Throwable e) {
        vn.antq.i18n.Messages vi = vn.antq.i18n.Messages.vietnamese();
        if (e instanceof NoSuchFileException n) {
            return vi.get("store.detail.noSuchFile", n.getFile());
        }
        if (e instanceof AccessDeniedException || e instanceof ReadOnlyFileSystemException) {
            return vi.get("store.detail.denied");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof SQLException) {
            return vi.get("store.detail.sql");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The folder itself or its nearest existing parent (the one whose disk is asked). */
    static Path existing(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !java.nio.file.Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? dir : p;
    }
}
