package vn.antq.log;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The technical details of a failure, kept in the data folder ({@code logs/antq.log}) rather than
 * shown to the user, who gets one plain line. The file is capped: past {@link #MAX_BYTES} it becomes
 * {@code antq.log.1} (replacing the older one) and a new file starts, so the log never holds more than
 * twice the cap. Writing the log never fails the program.
 */
public final class ErrorLog {
    public static final String DIR = "logs";
    public static final String FILE = "antq.log";
    /** Where the libraries' own warnings go (slf4j-simple rewrites it on every start). */
    public static final String LIBRARIES = "libraries.log";
    static final long MAX_BYTES = 1L << 20;

    private ErrorLog() {
    }

    /** The log file of a data folder. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(DIR).resolve(FILE);
    }

    /**
     * Appends what happened and the failure with its causes and stack. Only in a data folder that
     * exists (a log is no reason to create one). Returns the log file, or null when nothing was written.
     */
    public static synchronized Path write(Path dataDir, String what, Throwable failure) {
        if (dataDir == null || !Files.isDirectory(dataDir)) {
            return null;
        }
        Path log = file(dataDir);
        try {
            Files.createDirectories(log.getParent());
            if (Files.exists(log) && Files.size(log) > MAX_BYTES) {
                Files.move(log, log.resolveSibling(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            try (Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(Instant.now() + " " + what + System.lineSeparator());
                describe(w, failure, "", new IdentityHashMap<>());
                w.write(System.lineSeparator());
            }
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The failure, its suppressed and causes, with at most 60 frames each. */
    private static void describe(Writer w, Throwable t, String prefix, Map<Throwable, Boolean> seen) throws IOException {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        String nl = System.lineSeparator();
        w.write(prefix + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage()) + nl);
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < stack.length && i < 60; i++) {
            w.write("\tat " + stack[i] + nl);
        }
        if (stack.length > 60) {
            w.write("\t… " + (stack.length - 60) + " more" + nl);
        }
        for (Throwable s : t.getSuppressed()) {
            describe(w, s, "Suppressed: ", seen);
        }
        describe(w, t.getCause(), "Caused by: ", seen);
    }
}
