package vn.antq.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the temporary files and folders the store writes ({@code .antq-<kind>-<pid>-<random>}),
 * and the clean-up of those a killed program left behind. The process id in the name tells a
 * leftover (its process is gone) from the work of a program still running beside this one.
 *
 * <p>Where they are: the backup's copy of the database and the restore's staging folder in the
 * data folder itself (never on the destination, e.g. a USB stick: a plaintext copy of the database
 * must not be left there), evidence being copied in {@code evidence/}; the backup's ZIP being
 * written sits beside its destination (to be renamed into place) and is named in a marker file in
 * the data folder, so it is removed too if the program is killed.
 */
final class Staging {
    static final String PREFIX = ".antq-";
    /** {@code .antq-KIND-PID-RANDOM[.ext]} */
    private static final Pattern NAME = Pattern.compile("\\.antq-([a-z]+)-(\\d+)-[0-9a-f-]+(\\..*)?");
    static final String PENDING = "pending";

    private Staging() {
    }

    /** A new name for a temporary file or folder of this process. */
    static String name(String kind, String extension) {
        return PREFIX + kind + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + extension;
    }

    /** The process that made a staging name, if the name is one. */
    static Optional<Long> owner(String fileName) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? Optional.of(Long.parseLong(m.group(2))) : Optional.empty();
    }

    static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Removes what killed programs left in the data folder and its evidence folder: staging files
     * and folders whose process is gone, and the partial backups their markers name. Never fails:
     * what cannot be removed now is tried again at the next start.
     */
    static void cleanStale(Path dataDir) {
        for (Path dir : List.of(dataDir, dataDir.resolve(DataDir.EVIDENCE_DIR))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*")) {
                for (Path p : ds) {
                    Optional<Long> pid = owner(p.getFileName().toString());
                    if (pid.isEmpty() || alive(pid.get())) {
                        continue;
                    }
                    if (p.getFileName().toString().startsWith(PREFIX + PENDING + "-")) {
                        // the marker of a backup being written: its partial archive goes first
                        try {
                            String target = Files.readString(p).strip();
                            if (!target.isEmpty() && Path.of(target).getFileName().toString().startsWith(PREFIX)) {
                                Files.deleteIfExists(Path.of(target));
                            }
                        } catch (IOException | RuntimeException ignored) {
                            // the destination may be a USB stick that is not plugged in: try next time
                            continue;
                        }
                    }
                    Backups.deleteTree(p);
                }
            } catch (IOException ignored) {
                // an unreadable folder: reported elsewhere
            }
        }
    }
}
