package vn.antq.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The app's class-data-sharing archive (AppCDS): the classes the first window needs, already parsed
 * and verified, mapped into memory at start instead of being read from the jars one by one. It is a
 * dynamic archive layered on the runtime's default one ({@code -XX:SharedArchiveFile=BASE:TOP}).
 *
 * <p>JDK 17 ties an archive to the absolute paths of the classpath, so it cannot be made when the
 * installer is built: the installed app makes it on the user's machine, in the background, the first
 * time it runs and again after an upgrade. A child JVM with exactly the app's classpath loads the
 * classes named in the class list recorded at build time (a real start of the window) and writes the
 * archive as it exits; the archive is then moved into place with a stamp of what it was made for.
 * Until it exists, or when it no longer matches, the JVM ignores the top layer and uses the runtime's
 * default archive alone, so nothing fails: the start is only slower.
 *
 * <p>The packaged launcher tells this class where things are with system properties
 * ({@value #ARCHIVE}, {@value #BASE}, {@value #CLASSLIST}); without them (a plain {@code java -jar})
 * it does nothing.
 */
public final class ClassDataArchive {
    /** Where the top archive goes (the path the launcher's -XX:SharedArchiveFile names). */
    public static final String ARCHIVE = "antq.cds.archive";
    /** The runtime's default archive the top one is layered on. */
    public static final String BASE = "antq.cds.base";
    /** The class list recorded at build time. */
    public static final String CLASSLIST = "antq.cds.classlist";

    private static final System.Logger LOG = System.getLogger("antq.cds");

    private ClassDataArchive() {
    }

    /**
     * What the archive is made of and where it goes.
     *
     * @param java      the runtime's java executable (the archive is only valid for that JVM)
     * @param classpath the classpath exactly as the app is started with it
     * @param base      the runtime's default archive
     * @param classlist classes to put in the archive, one per line (JDK's -XX:DumpLoadedClassList format)
     * @param archive   the archive file to write
     */
    public record Settings(Path java, String classpath, Path base, Path classlist, Path archive) {
        Path stamp() {
            return archive.resolveSibling(archive.getFileName() + ".stamp");
        }
    }

    /** The settings of this JVM, when the packaged launcher gave them and the runtime has a java executable. */
    public static Optional<Settings> fromSystem() {
        String archive = System.getProperty(ARCHIVE);
        String base = System.getProperty(BASE);
        String classlist = System.getProperty(CLASSLIST);
        if (archive == null || base == null || classlist == null) {
            return Optional.empty();
        }
        Path java = javaExecutable(Path.of(System.getProperty("java.home")));
        if (!Files.isExecutable(java) || !Files.isRegularFile(Path.of(base))
                || !Files.isRegularFile(Path.of(classlist))) {
            return Optional.empty();
        }
        return Optional.of(new Settings(java, System.getProperty("java.class.path"), Path.of(base),
                Path.of(classlist), Path.of(archive)));
    }

    /** The runtime's launcher; on Windows the console-less one, so no window flashes up. */
    public static Path javaExecutable(Path javaHome) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return javaHome.resolve("bin").resolve(windows ? "javaw.exe" : "java");
    }

    /** Whether the archive exists and was made for this runtime, classpath (jar sizes and dates) and class list. */
    public static boolean upToDate(Settings s) {
        try {
            return Files.isRegularFile(s.archive()) && Files.isRegularFile(s.stamp())
                    && Files.readString(s.stamp(), StandardCharsets.UTF_8).equals(stamp(s));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes the archive now (blocking, a few seconds): runs the child JVM, moves the archive into
     * place, writes the stamp. On failure the old archive, if any, is left as it was.
     */
    public static void create(Settings s) throws IOException, InterruptedException {
        Path dir = s.archive().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String name = s.archive().getFileName().toString();
        try (var stale = Files.newDirectoryStream(dir, name + "*.tmp")) { // left by a run that was killed
            for (Path p : stale) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        Files.delete(tmp); // the JVM writes it; an existing (empty) file would only be overwritten
        try {
            List<String> cmd = new ArrayList<>(List.of(s.java().toString(), "-Xshare:auto",
                    "-XX:SharedArchiveFile=" + s.base(), "-XX:ArchiveClassesAtExit=" + tmp,
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Djava.awt.headless=true",
                    "-cp", s.classpath(), ClassListLoader.class.getName(), s.classlist().toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("class data archive: the JVM making it did not finish");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
                throw new IOException("class data archive: the JVM making it failed (exit " + p.exitValue() + ")");
            }
            // the JVM writes archives read-only, which Windows will not replace: clear it first
            s.archive().toFile().setWritable(true);
            try {
                Files.move(tmp, s.archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, s.archive(), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(s.stamp(), stamp(s), StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * For the window: after {@code delay} (so the start-up is not slowed), on a low-priority daemon
     * thread, makes the archive if the launcher asked for one and it is missing or out of date. Never
     * throws; a failure is logged and tried again at the next start.
     */
    public static void refreshLater(Duration delay) {
        Optional<Settings> settings = fromSystem();
        if (settings.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                if (!upToDate(settings.get())) {
                    create(settings.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "class data archive not made: " + e.getMessage());
            }
        }, "antq-class-data-archive");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** What the archive was made for: runtime, classpath with each jar's size and date, class list. */
    static String stamp(Settings s) {
        StringBuilder b = new StringBuilder();
        b.append(System.getProperty("java.vm.version")).append('\n');
        b.append(s.java()).append('\n').append(s.base()).append('\n');
        for (String entry : s.classpath().split(java.io.File.pathSeparator)) {
            b.append(describe(Path.of(entry))).append('\n');
        }
        b.append(describe(s.classlist())).append('\n');
        return b.toString();
    }

    private static String describe(Path p) {
        try {
            return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return p + " ?";
        }
    }
}
