package vn.antq.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The data folder's lock file ({@code antq.lock}): every open {@link Store} holds a SHARED lock on it
 * (several programs may read and write the database; SQLite arbitrates), and a restore needs the
 * EXCLUSIVE lock, so it is refused while any program has the folder open. OS file locks belong to
 * the whole JVM, hence the count of stores per folder kept here.
 */
final class FolderLock {
    static final String FILE = "antq.lock";

    private static final Map<Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int count) {
    }

    private FolderLock() {
    }

    /** Takes (or shares, within this JVM) the shared lock of an open store. */
    static void acquireShared(Path dir) {
        synchronized (HELD) {
            Held h = HELD.get(dir);
            if (h != null) {
                HELD.put(dir, new Held(h.channel(), h.lock(), h.count() + 1));
                return;
            }
            FileChannel ch = null;
            try {
                ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
                if (lock == null) {
                    ch.close();
                    throw new StoreException("store.error.restoring", dir);
                }
                HELD.put(dir, new Held(ch, lock, 1));
            } catch (IOException | OverlappingFileLockException e) {
                closeQuietly(ch);
                // a folder where locks are not supported (some network shares): work without
            }
        }
    }

    /** Gives back one store's share; the lock goes when the last store of the folder closes. */
    static void release(Path dir) {
        synchronized (HELD) {
            Held h = HELD.get(dir);
            if (h == null) {
                return;
            }
            if (h.count() > 1) {
                HELD.put(dir, new Held(h.channel(), h.lock(), h.count() - 1));
                return;
            }
            HELD.remove(dir);
            try {
                h.lock().release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            closeQuietly(h.channel());
        }
    }

    /** Runs work holding the exclusive lock; refused when a store has the folder open (here or elsewhere). */
    static <T> T exclusive(Path dir, java.util.function.Supplier<T> work) {
        synchronized (HELD) {
            if (HELD.containsKey(dir)) {
                throw new StoreException("store.restore.inUse", dir);
            }
            FileChannel ch = null;
            FileLock lock = null;
            try {
                java.nio.file.Files.createDirectories(dir);
                ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                lock = ch.tryLock(0, Long.MAX_VALUE, false);
                if (lock == null) {
                    throw new StoreException("store.restore.inUse", dir);
                }
            } catch (IOException e) {
                // no locking on this file system: go on unguarded
                lock = null;
            }
            try {
                return work.get();
            } finally {
                if (lock != null) {
                    try {
                        lock.release();
                    } catch (IOException ignored) {
                        // released with the channel
                    }
                }
                closeQuietly(ch);
            }
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
