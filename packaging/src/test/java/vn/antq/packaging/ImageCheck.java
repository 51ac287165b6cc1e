package vn.antq.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a jpackage app image right after it is built (installer profile, exec-maven-plugin). Run as a
 * single-file program with only the JDK, so {@code -DskipTests} cannot skip it:
 *
 * <pre>java ImageCheck.java IMAGE_DIR JARS_DIR MAIN_JAR VERSION MODULE,MODULE,...</pre>
 *
 * It starts the launcher with {@code --help} and {@code --version}, creates and checks a data folder
 * through the command line (SQLite in the trimmed runtime), checks the runtime's module list
 * against the configured one and against jdeps, checks that the Vietnamese locale data survived jlink,
 * and prints the runtime and image sizes. Any problem: a message on stderr and exit status 1.
 */
public final class ImageCheck {
    /** Modules the image must carry whatever jdeps says (locale data, charsets, EC crypto, zip file system). */
    static final Set<String> ALWAYS = Set.of("java.base", "java.desktop", "java.sql", "jdk.unsupported",
            "jdk.localedata", "jdk.charsets", "jdk.crypto.ec", "jdk.zipfs",
            "jdk.crypto.cryptoki"); // PKCS#11 tokens for signing (loaded by name: jdeps cannot see it)
    /** Development modules whose presence would mean the runtime was not trimmed. */
    static final Set<String> NEVER = Set.of("jdk.compiler", "jdk.jshell", "jdk.javadoc", "jdk.jdeps", "jdk.jlink",
            "jdk.jpackage", "jdk.hotspot.agent", "jdk.jdi", "java.se");

    /** The app's module, linked into the runtime by LinkedRuntime. */
    static final String APP_MODULE = "vn.antq.desk";

    /** Manifest attribute with the rubric version, if the app's jar plugin adds it. */
    static final String RUBRIC_ATTRIBUTE = "ANTQ-Rubric-Version";

    private final List<String> problems = new ArrayList<>();

    private ImageCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java ImageCheck.java IMAGE_DIR JARS_DIR MAIN_JAR VERSION MODULES");
            System.exit(2);
        }
        ImageCheck check = new ImageCheck();
        check.run(Path.of(args[0]), Path.of(args[1]), args[2], args[3], modules(args[4]));
        if (!check.problems.isEmpty()) {
            check.problems.forEach(p -> System.err.println("[image-check] FAILED: " + p));
            System.exit(1);
        }
        System.out.println("[image-check] OK");
    }

    private void run(Path image, Path dist, String mainJar, String version, Set<String> configured)
            throws Exception {
        Layout layout = Layout.of(image);
        if (!Files.isRegularFile(layout.launcher())) {
            problems.add("no launcher at " + layout.launcher());
            return;
        }
        say("launcher " + layout.launcher());

        Run help = start(layout.launcher(), "--help");
        expect(help.exit() == 0, "--help exit status " + help.exit() + ", stderr: " + help.err());
        expect(help.out().contains("score"), "--help does not list the score command:\n" + help.out());
        expect(help.out().contains("Lệnh / Commands"),
                "--help lacks the Vietnamese command heading (UTF-8 lost?):\n" + help.out());
        say("--help exit " + help.exit() + ", " + help.out().lines().count() + " lines, lists 'score'");

        Run ver = start(layout.launcher(), "--version");
        String rubric = rubricVersion(dist.resolve(mainJar));
        expect(ver.exit() == 0, "--version exit status " + ver.exit() + ", stderr: " + ver.err());
        expect(ver.out().contains("ANTQ Desk " + version), "--version lacks app version " + version + ": " + ver.out());
        expect(rubric != null && ver.out().contains(rubric),
                "--version lacks the rubric version '" + rubric + "': " + ver.out());
        say("--version: " + ver.out().strip());
        checkManifest(dist.resolve(mainJar), version, rubric);
        checkOnlyOwnNatives(layout);

        checkSqliteLibrary(layout);
        checkDataRoundTrip(layout.launcher());
        checkClassDataArchive(layout, image);

        Set<String> inImage = releaseModules(layout.runtime());
        expect(inImage.contains(APP_MODULE), "the runtime does not hold the app's module " + APP_MODULE);
        try (Stream<Path> files = Files.list(layout.appDir())) {
            List<String> jars = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".jar")).toList();
            expect(jars.isEmpty(), "jars beside the linked runtime (the app is a module in it): " + jars);
        }
        for (String m : configured) {
            expect(inImage.contains(m), "runtime lacks configured module " + m);
        }
        for (String m : ALWAYS) {
            expect(inImage.contains(m), "runtime lacks required module " + m);
        }
        for (String m : NEVER) {
            expect(!inImage.contains(m), "runtime is not trimmed: it has " + m);
        }
        say("runtime modules (" + inImage.size() + "): " + String.join(",", inImage));

        Set<String> needed = jdeps(dist, mainJar);
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(inImage);
        expect(missing.isEmpty(), "jdeps says the app needs " + missing
                + ": add them to jlink.modules in packaging/pom.xml");
        say("jdeps needs " + needed + ": all in the runtime");

        checkLocales(layout.runtime());
        expect(!Files.exists(layout.runtime().resolve("include")), "runtime has header files (include/)");
        expect(!Files.exists(layout.runtime().resolve("man")), "runtime has man pages");

        say(String.format(Locale.ROOT, "runtime %.1f MB, app jars %.1f MB, image %.1f MB",
                mb(size(layout.runtime())), mb(size(layout.appDir())), mb(size(image))));
    }

    /**
     * The SQLite library the launcher points sqlite-jdbc at is in the image: otherwise sqlite-jdbc would unpack its
     * own copy into the temporary folder and compare it byte by byte at every start (~0.1 s), and nothing would fail.
     */
    private void checkSqliteLibrary(Layout layout) throws IOException {
        String dir = null;
        String name = null;
        for (String line : Files.readAllLines(layout.appDir().resolve(layout.launcher().getFileName().toString()
                .replace(".exe", "") + ".cfg"), StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=-Dorg.sqlite.lib.path=")) {
                dir = line.substring("java-options=-Dorg.sqlite.lib.path=".length());
            } else if (line.startsWith("java-options=-Dorg.sqlite.lib.name=")) {
                name = line.substring("java-options=-Dorg.sqlite.lib.name=".length());
            }
        }
        expect(dir != null && name != null, "the launcher does not point sqlite-jdbc at an unpacked library");
        if (dir != null && name != null) {
            Path lib = Path.of(dir.replace("$APPDIR", layout.appDir().toString())).resolve(name);
            expect(Files.isRegularFile(lib), "the SQLite library the launcher names is not in the image: " + lib);
            say("SQLite library: " + layout.appDir().relativize(lib));
        }
    }

    /**
     * SQLite (native library, java.sql), NFC text and the store work inside the trimmed runtime: create a
     * unit in a fresh data folder, then run the integrity check on it.
     */
    private void checkDataRoundTrip(Path launcher) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("antq-image-check");
        try {
            Run init = start(launcher, "init", "--data-dir", data.toString(), "--name", "Trường THCS Nguyễn Trãi",
                    "--type", "CO_SO_GIAO_DUC", "--year", "2026");
            expect(init.exit() == 0, "init exit status " + init.exit() + ": " + init.out() + init.err());
            expect(init.out().contains("Nguyễn Trãi"), "init did not echo the Vietnamese unit name: " + init.out());
            expect(Files.isRegularFile(data.resolve("antq.db")), "init made no database in " + data);
            Run check = start(launcher, "check", "--data-dir", data.toString());
            expect(check.exit() == 0, "check exit status " + check.exit() + ": " + check.out() + check.err());
            say("data round trip (init + check, SQLite): exit " + init.exit() + "/" + check.exit());
        } finally {
            delete(data);
        }
    }

    /**
     * The fast start: the runtime's default class data archive holds the app's classes (LinkedRuntime dumps it at
     * build time), so the launcher loads them from it at once, also after the image was moved to another folder and
     * its files got new times (what installing does); the launcher applies antq.vmoptions and the heap limit; nothing
     * of the old archive made on the user's machine is left in the image.
     */
    private void checkClassDataArchive(Layout layout, Path image) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        Path base = layout.runtime().resolve(windows ? "bin" : "lib").resolve("server").resolve("classes.jsa");
        expect(Files.isRegularFile(base), "runtime has no class data archive " + base + " (LinkedRuntime)");
        expect(!Files.exists(layout.appDir().resolve("antq.jsa")) && !Files.exists(layout.appDir().resolve("antq.classlist")),
                "the image still carries the archive machinery of the user's machine (antq.jsa, antq.classlist)");
        checkSharedStart(layout, "");
        Path moved = Files.createTempDirectory("antq-moved-image").resolve(image.getFileName().toString());
        try {
            copyTree(image, moved);
            checkSharedStart(Layout.of(moved), " (image moved, new file times)");
        } finally {
            delete(moved.getParent());
        }
        Run flags = start(Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"), layout.launcher(), "--version");
        expect(flags.out().lines().anyMatch(l -> l.contains("Tier4InvocationThreshold") && l.contains("100000")),
                "the launcher did not apply antq.vmoptions (Tier4InvocationThreshold)");
        expect(flags.out().lines().anyMatch(l -> l.contains(" MaxHeapSize ") && l.contains("= 536870912 ")),
                "the launcher's heap limit is not 512 MB");
        if (System.getProperty("os.name").startsWith("Linux")) {
            expect(flags.out().lines().anyMatch(l -> l.contains("UseTransparentHugePages") && l.contains("true")),
                    "the Linux launcher does not put the heap in transparent huge pages");
        }
    }

    /** Starts the launcher with --version and expects the app's launcher class from the runtime's archive. */
    private void checkSharedStart(Layout layout, String where) throws IOException, InterruptedException {
        Path log = Files.createTempFile("antq-class-load", ".log");
        try {
            Run ver = start(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), layout.launcher(),
                    "--version");
            String loads = Files.readString(log, StandardCharsets.UTF_8);
            expect(ver.exit() == 0 && loads.contains("vn.antq.app.Launcher source: shared objects file"),
                    "the launcher did not load the app's classes from the runtime's class data archive" + where
                            + " (exit " + ver.exit() + ")");
            long shared = loads.lines().filter(l -> l.contains("shared objects file")).count();
            say(String.format(Locale.ROOT, "class data archive%s: %d of %d classes of --version shared", where, shared,
                    loads.lines().count()));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Copies a folder; the copies get the time of copying, as files installed by an installer may. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target); // no COPY_ATTRIBUTES: new modification times
                    target.toFile().setExecutable(f.toFile().canExecute());
                }
            }
        }
    }

    /**
     * The app jar (antq-desk.jar) carries every desktop's JavaFX natives; the image only its own, beside the
     * runtime's libraries (lib/, bin/ on Windows), where JavaFX in a runtime image loads them from.
     */
    private void checkOnlyOwnNatives(Layout layout) throws IOException {
        String own = ownNativeSuffix(System.getProperty("os.name"));
        Set<String> found = new TreeSet<>();
        Path dir = layout.runtime().resolve(own.equals(".dll") ? "bin" : "lib");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (isRootNative(name)) {
                    expect(name.endsWith(own), "the image carries another platform's native library " + name);
                    found.add(name);
                }
            }
        }
        expect(found.stream().anyMatch(n -> n.contains("glass")), "the runtime has no JavaFX glass library for "
                + System.getProperty("os.name") + " in " + dir);
        say("natives beside the runtime: " + found.size() + " " + own + " files (JavaFX's among them), none of another platform");
    }

    /** The file suffix of native libraries on an OS ({@code os.name}). */
    static String ownNativeSuffix(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.contains("win") ? ".dll" : os.contains("mac") ? ".dylib" : ".so";
    }

    /** A jar entry that is a native library at the root (.dll, .so, .dylib). */
    static boolean isRootNative(String entry) {
        return entry.indexOf('/') < 0 && (entry.endsWith(".dll") || entry.endsWith(".so") || entry.endsWith(".dylib"));
    }

    /** The native libraries at the root of a jar (where JavaFX loads them from). */
    static List<String> rootNatives(Path jar) throws IOException {
        List<String> result = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (isRootNative(name)) {
                    result.add(name);
                }
            }
        }
        return result;
    }

    /** The jlink runtime must keep Vietnamese formats (jdk.localedata with --include-locales=en,vi) and only those. */
    private void checkLocales(Path runtime) throws IOException {
        try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"),
                Map.of("java.home", runtime.toString()))) {
            Path ext = jrt.getPath("/modules/jdk.localedata/sun/text/resources/cldr/ext");
            expect(Files.exists(ext.resolve("FormatData_vi.class")), "Vietnamese CLDR format data missing");
            expect(!Files.exists(ext.resolve("FormatData_ja.class")),
                    "locale data not trimmed (Japanese present): --include-locales ignored?");
            say("locale data: vi present, others stripped");
        }
    }

    /**
     * The app jar's manifest names the version; the rubric version is compared too when the jar carries
     * it ({@value #RUBRIC_ATTRIBUTE}).
     */
    private void checkManifest(Path jar, String version, String rubric) throws IOException {
        if (!Files.isRegularFile(jar)) {
            problems.add("main jar not in the image: " + jar);
            return;
        }
        try (JarFile jf = new JarFile(jar.toFile())) {
            Attributes main = jf.getManifest() == null ? new Attributes() : jf.getManifest().getMainAttributes();
            expect(version.equals(main.getValue("Implementation-Version")),
                    "manifest Implementation-Version is " + main.getValue("Implementation-Version") + ", not " + version);
            String inJar = main.getValue(RUBRIC_ATTRIBUTE);
            expect(inJar == null || inJar.equals(rubric), "manifest " + RUBRIC_ATTRIBUTE + " is '" + inJar
                    + "' but the rubric data says '" + rubric + "'");
            say("manifest: Implementation-Version " + main.getValue("Implementation-Version") + ", "
                    + RUBRIC_ATTRIBUTE + " " + (inJar == null ? "(not set)" : inJar));
        }
    }

    /** The "version" of the rubric data files shipped in the app jar (the first one found). */
    static String rubricVersion(Path jar) throws IOException {
        Pattern version = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("vn/antq/rubrics/") && entry.getName().endsWith(".json")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Matcher m = version.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        if (m.find()) {
                            return m.group(1);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The MODULES line of the runtime's {@code release} file. */
    static Set<String> releaseModules(Path runtime) throws IOException {
        for (String line : Files.readAllLines(runtime.resolve("release"), StandardCharsets.UTF_8)) {
            if (line.startsWith("MODULES=")) {
                String value = line.substring("MODULES=".length()).replace("\"", "").strip();
                return new TreeSet<>(Arrays.asList(value.split("\\s+")));
            }
        }
        throw new IOException("no MODULES line in " + runtime.resolve("release"));
    }

    static Set<String> modules(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** jdeps --print-module-deps over the app jar with its dependencies on the module path. */
    private Set<String> jdeps(Path dist, String mainJar) throws IOException {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps not found: run the build with a JDK"));
        Path modulePath = Files.createTempDirectory("antq-jdeps");
        try {
            try (Stream<Path> jars = Files.list(dist)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    String name = jar.getFileName().toString();
                    // The empty JavaFX placeholder jars (no platform classifier) confuse jdeps: skip them.
                    if (!name.equals(mainJar) && Files.size(jar) > 4096) {
                        Files.copy(jar, modulePath.resolve(name));
                    }
                }
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--module-path", modulePath.toString(),
                    "--add-modules", "ALL-MODULE-PATH", "--print-module-deps", "--ignore-missing-deps",
                    "--multi-release", "17", dist.resolve(mainJar).toString());
            if (rc != 0) {
                problems.add("jdeps failed (" + rc + "): " + err);
                return Set.of();
            }
            String last = out.toString().strip().lines().reduce((a, b) -> b).orElse("");
            return modules(last);
        } finally {
            delete(modulePath);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

    private static Run start(Path launcher, String... args) throws IOException, InterruptedException {
        return start(Map.of(), launcher, args);
    }

    private static Run start(Map<String, String> env, Path launcher, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "", "timed out after 120 s: " + cmd);
        }
        return new Run(p.exitValue(), out.join(), err.join());
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double mb(long bytes) {
        return bytes / 1_000_000.0;
    }

    private void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static void say(String line) {
        System.out.println("[image-check] " + line);
    }

    private record Run(int exit, String out, String err) {
    }

    /** Where jpackage puts the launcher, the runtime and the jars on each OS. */
    record Layout(Path launcher, Path runtime, Path appDir) {
        static Layout of(Path image) {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            String name = image.getFileName().toString();
            if (os.contains("win")) {
                return new Layout(image.resolve(name + ".exe"), image.resolve("runtime"), image.resolve("app"));
            }
            if (os.contains("mac")) {
                Path contents = image.resolve("Contents");
                return new Layout(contents.resolve("MacOS").resolve(name.replace(".app", "")),
                        contents.resolve("runtime").resolve("Contents").resolve("Home"), contents.resolve("app"));
            }
            return new Layout(image.resolve("bin").resolve(name), image.resolve("lib").resolve("runtime"),
                    image.resolve("lib").resolve("app"));
        }
    }
}
