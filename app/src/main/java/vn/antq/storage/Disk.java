package vn.antq.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two questions the store asks the operating system about a folder before blaming the data:
 * can it be written, and how much room is left. Behind an interface so tests can fake a read-only
 * folder or a full disk (tests run as root, for whom permissions do not apply).
 */
interface Disk {
    /** Bytes a program may still write in the folder's file system. */
    long usableSpace(Path dir) throws IOException;

    /** True when files can be created in the folder. */
    boolean writable(Path dir);

    /** The real file system. */
    Disk SYSTEM = new Disk() {
        @Override
        public long usableSpace(Path dir) throws IOException {
            return Files.getFileStore(dir).getUsableSpace();
        }

        @Override
        public boolean writable(Path dir) {
            // Files.isWritable looks at permissions only; a read-only mount, a locked USB stick or a
            // folder without rights on Windows show when a file is actually created. Not with
            // Files.createTempFile: its random name seeds a SecureRandom (the security providers and ~40
            // classes) at every open of the store, in the start of the window.
            for (int attempt = 0; attempt < 3; attempt++) {
                Path probe = dir.resolve(Staging.PREFIX + "probe-" + ProcessHandle.current().pid() + "-"
                        + Long.toUnsignedString(System.nanoTime() + attempt) + ".tmp");
                try {
                    Files.newByteChannel(probe, java.nio.file.StandardOpenOption.CREATE_NEW,
                            java.nio.file.StandardOpenOption.WRITE).close();
                    Files.delete(probe);
                    return true;
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another name
                } catch (IOException | SecurityException | UnsupportedOperationException e) {
                    return false;
                }
            }
            return false;
        }
    };

    /** The disk in use: {@link #SYSTEM}, or a fake set by a test of this package. */
    static Disk current() {
        return Holder.disk;
    }

    /** For tests: the disk to use until reset with {@link #SYSTEM}. */
    final class Holder {
        static volatile Disk disk = SYSTEM;

        private Holder() {
        }
    }
}
