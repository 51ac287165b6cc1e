package vn.antq.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the installed app's runtime (decision record 0006): the app and its libraries merged into one module,
 * {@value #MODULE}, linked by jlink with JavaFX and the JDK modules into one runtime image, and that image's class
 * data archive dumped from the classes a real start loads. Everything the window's start loads then comes from the
 * runtime's own archive, already at the first start after installing, wherever the app is installed: classes in a
 * runtime image are not tied to jar paths or file times, as classes from the class path are. Run by the installer
 * build (exec-maven-plugin) as a single-file program with only the JDK:
 *
 * <pre>java LinkedRuntime.java JARS_DIR RUNTIME_DIR WORK_DIR MODULES JLINK_OPTIONS XMX SQLITE_NATIVE_DIR MONOCLE_JAR MODULE_OPTIONS</pre>
 *
 * JARS_DIR holds the app's jar and its runtime dependencies (JavaFX as its platform jars). MODULES are the JDK
 * modules the runtime carries (comma separated), JLINK_OPTIONS
 * jlink's other options (one argument, space separated). The class list is recorded by starting the window on a demo unit
 * (headless with Monocle, MONOCLE_JAR, where there is no display) and the command line's help; the archive is then
 * checked to hold the app's launcher class. The runtime is linked from the JDK that runs this program; from a JDK 24
 * or later the archive is dumped with AOT class linking (JEP 483), and then with the launcher's own module options
 * (MODULE_OPTIONS, space separated, besides {@code -m}): such an archive is used only with exactly those. Any problem
 * ends it with a message and exit status 1.
 */
public final class LinkedRuntime {
    /** The app's module in the runtime; the launcher runs {@code MODULE/MAIN}. */
    static final String MODULE = "vn.antq.desk";
    static final String MAIN = "vn.antq.app.Launcher";
    /** JavaFX internals Monocle (the headless platform, on the class path) needs from the linked JavaFX modules. */
    static final List<String> MONOCLE_EXPORTS = List.of("javafx.graphics/com.sun.glass.ui",
            "javafx.graphics/com.sun.glass.events", "javafx.graphics/com.sun.glass.ui.delegate",
            "javafx.graphics/com.sun.glass.utils", "javafx.graphics/com.sun.javafx.util",
            "javafx.graphics/com.sun.javafx.application", "javafx.graphics/com.sun.javafx.tk",
            "javafx.graphics/com.sun.prism.impl", "javafx.base/com.sun.javafx", "javafx.base/com.sun.javafx.logging");
    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    private LinkedRuntime() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 9) {
            System.err.println("usage: java LinkedRuntime.java JARS_DIR RUNTIME_DIR WORK_DIR MODULES JLINK_OPTIONS XMX"
                    + " SQLITE_NATIVE_DIR MONOCLE_JAR MODULE_OPTIONS");
            System.exit(2);
        }
        try {
            Path jars = Path.of(args[0]).toAbsolutePath();
            Path runtime = Path.of(args[1]).toAbsolutePath();
            Path work = Path.of(args[2]).toAbsolutePath();
            List<String> modules = Arrays.stream(args[3].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            Files.createDirectories(work);
            Inputs in = Inputs.of(jars);
            Path module = work.resolve(MODULE + ".jar");
            mergeModule(in, module, modules, args[6], work.resolve("module-info"));
            link(in.javafx(), module, modules, List.of(args[4].strip().split("\\s+")), runtime);
            copyJavaFxNatives(in.javafx(), runtime);
            Path classlist = work.resolve("antq.classlist");
            recordClassList(runtime, work, Path.of(args[7]), classlist);
            dumpArchive(runtime, classlist, args[5], List.of(args[8].strip().split("\\s+")));
            System.out.println("[linked-runtime] " + runtime + ": " + MODULE + " + JavaFX + " + modules.size()
                    + " JDK modules, Java " + Runtime.version() + ", class data archive "
                    + mb(Files.size(defaultArchive(runtime))) + (aotLinking() ? " (AOT-linked classes)" : ""));
        } catch (IllegalStateException e) {
            System.err.println("[linked-runtime] " + e.getMessage());
            System.exit(1);
        }
    }

    /** The jars the runtime is made of: JavaFX's platform jars (modules of their own) and everything else. */
    record Inputs(List<Path> javafx, List<Path> libraries) {
        static Inputs of(Path dir) throws IOException {
            List<Path> fx = new ArrayList<>();
            List<Path> libs = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    if (jar.getFileName().toString().startsWith("javafx-")) {
                        if (hasModuleInfo(jar)) { // the platform jar; the plain one is an empty placeholder
                            fx.add(jar);
                        }
                    } else {
                        libs.add(jar);
                    }
                }
            }
            if (fx.isEmpty() || libs.isEmpty()) {
                throw new IllegalStateException("no JavaFX platform jars or no app jar in " + dir);
            }
            return new Inputs(List.copyOf(fx), List.copyOf(libs));
        }
    }

    private static boolean hasModuleInfo(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getEntry("module-info.class") != null;
        }
    }

    // --- 1. one module of the app and its libraries ---------------------------------------------------------------

    /**
     * Merges the app's jar and its libraries into one modular jar: the first copy of an entry wins (the app's jar
     * comes first), service files are joined, the libraries' own module descriptors and signatures left out, and
     * other platforms' SQLite libraries too. Its descriptor is made from the libraries': an open module (Jackson,
     * picocli and POI use reflection) that requires the runtime's JDK modules and JavaFX, uses every service a
     * library uses and provides every service a library provides (its {@code provides} or its
     * {@code META-INF/services} files).
     */
    static void mergeModule(Inputs in, Path out, List<String> jdkModules, String sqliteNativeDir, Path scratch)
            throws IOException, InterruptedException {
        Map<String, Set<String>> services = new TreeMap<>();
        Set<String> uses = new TreeSet<>();
        Set<String> classes = new HashSet<>();
        Path merged = out.resolveSibling(MODULE + "-classes.jar");
        List<Path> ordered = new ArrayList<>(in.libraries());
        ordered.sort(Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith("antq-desk"))
                .thenComparing(p -> p.getFileName().toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        Set<String> written = new HashSet<>();
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(merged))) {
            for (Path lib : ordered) {
                descriptor(lib).ifPresent(d -> {
                    uses.addAll(d.uses());
                    d.provides().forEach(p -> services.computeIfAbsent(p.service(), k -> new TreeSet<>()).addAll(p.providers()));
                });
                try (JarFile j = new JarFile(lib.toFile())) {
                    if (lib == ordered.get(0)) {
                        copyMainAttributes(j.getManifest(), manifest);
                    }
                    for (JarEntry e : j.stream().toList()) {
                        String name = e.getName();
                        if (e.isDirectory() || !keep(name, sqliteNativeDir)) {
                            continue;
                        }
                        if (name.startsWith("META-INF/services/") && name.indexOf('/', 18) < 0) {
                            Set<String> providers = services.computeIfAbsent(name.substring(18), k -> new TreeSet<>());
                            try (InputStream s = j.getInputStream(e)) {
                                for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                                    String p = line.replaceAll("#.*", "").strip();
                                    if (!p.isEmpty()) {
                                        providers.add(p);
                                    }
                                }
                            }
                            continue;
                        }
                        if (!written.add(name)) {
                            continue; // a second copy (licence texts, a class two libraries bundle): the first wins
                        }
                        jar.putNextEntry(new JarEntry(name));
                        try (InputStream s = j.getInputStream(e)) {
                            s.transferTo(jar);
                        }
                        jar.closeEntry();
                        if (name.endsWith(".class")) {
                            classes.add(name.substring(0, name.length() - 6).replace('/', '.'));
                        }
                    }
                }
            }
            jar.putNextEntry(new JarEntry(JarFile.MANIFEST_NAME));
            manifest.write(jar);
            jar.closeEntry();
        }
        String source = moduleInfo(jdkModules, uses, services, classes);
        Files.createDirectories(scratch);
        Path src = scratch.resolve("module-info.java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classesOut = scratch.resolve("classes");
        Files.createDirectories(classesOut);
        String fxPath = in.javafx().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        tool("javac", "--release", "17", "--module-path", fxPath, "--patch-module", MODULE + "=" + merged,
                "-d", classesOut.toString(), src.toString());
        Files.copy(merged, out, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(out)) {
            Files.copy(classesOut.resolve("module-info.class"), zip.getPath("module-info.class"));
        }
        Files.delete(merged);
        ModuleDescriptor d = ModuleFinder.of(out).find(MODULE).orElseThrow().descriptor();
        System.out.println("[linked-runtime] " + out.getFileName() + ": " + d.packages().size() + " packages, "
                + d.uses().size() + " services used, " + d.provides().size() + " provided");
    }

    private static void copyMainAttributes(Manifest from, Manifest to) {
        if (from == null) {
            return;
        }
        for (Map.Entry<Object, Object> e : from.getMainAttributes().entrySet()) {
            String key = e.getKey().toString();
            if (key.startsWith("Implementation-") || key.startsWith("ANTQ-")) {
                to.getMainAttributes().put(e.getKey(), e.getValue());
            }
        }
    }

    /** Whether a library's entry goes into the merged module. */
    static boolean keep(String name, String sqliteNativeDir) {
        if (name.equals("module-info.class") || name.endsWith("/module-info.class") || name.equals(JarFile.MANIFEST_NAME)) {
            return false;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                || upper.endsWith(".EC") || upper.equals("META-INF/INDEX.LIST"))) {
            return false;
        }
        // the runtime's own platform only; the launcher points sqlite-jdbc at an unpacked copy anyway
        return !name.startsWith("org/sqlite/native/") || name.startsWith("org/sqlite/native/" + sqliteNativeDir + "/");
    }

    private static java.util.Optional<ModuleDescriptor> descriptor(Path jar) {
        try {
            return ModuleFinder.of(jar).findAll().stream().findFirst().map(ModuleReference::descriptor);
        } catch (RuntimeException e) { // a jar the module system cannot name: its service files still count
            return java.util.Optional.empty();
        }
    }

    /** The merged module's descriptor: services only where their types and providers are in the module or the runtime. */
    static String moduleInfo(List<String> jdkModules, Set<String> uses, Map<String, Set<String>> services,
            Set<String> classes) {
        StringBuilder s = new StringBuilder("// generated by packaging/src/test/java/vn/antq/packaging/LinkedRuntime.java\n");
        s.append("open module ").append(MODULE).append(" {\n");
        for (String m : jdkModules) {
            if (!m.equals("java.base")) {
                s.append("    requires ").append(m).append(";\n");
            }
        }
        s.append("    requires javafx.controls;\n    requires javafx.graphics;\n    requires javafx.base;\n");
        Set<String> used = new TreeSet<>(uses);
        used.addAll(services.keySet());
        for (String u : used) {
            if (visible(u, classes, jdkModules)) {
                s.append("    uses ").append(u.replace('$', '.')).append(";\n");
            }
        }
        for (Map.Entry<String, Set<String>> e : services.entrySet()) {
            List<String> providers = e.getValue().stream().filter(classes::contains).toList();
            if (!providers.isEmpty() && visible(e.getKey(), classes, jdkModules)) {
                s.append("    provides ").append(e.getKey().replace('$', '.')).append(" with\n        ")
                        .append(providers.stream().map(p -> p.replace('$', '.')).collect(Collectors.joining(",\n        ")))
                        .append(";\n");
            }
        }
        return s.append("}\n").toString();
    }

    /** A type in the merged module, or exported by one of the runtime's JDK modules. */
    private static boolean visible(String type, Set<String> classes, List<String> jdkModules) {
        if (classes.contains(type)) {
            return true;
        }
        int dot = type.lastIndexOf('.');
        String pkg = dot < 0 ? "" : type.substring(0, dot);
        return ModuleLayer.boot().modules().stream()
                .filter(m -> jdkModules.contains(m.getName()))
                .anyMatch(m -> m.getDescriptor().exports().stream().anyMatch(x -> !x.isQualified() && x.source().equals(pkg)));
    }

    // --- 2. the runtime ---------------------------------------------------------------------------------------------

    private static void link(List<Path> javafx, Path module, List<String> jdkModules, List<String> options, Path runtime)
            throws IOException, InterruptedException {
        deleteTree(runtime);
        List<String> path = new ArrayList<>();
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (Files.isDirectory(jmods)) { // a JDK without jmods (JEP 493) links from its own run-time image
            path.add(jmods.toString());
        }
        javafx.forEach(p -> path.add(p.toString()));
        path.add(module.toString());
        Set<String> roots = new LinkedHashSet<>(List.of(MODULE));
        roots.addAll(jdkModules);
        List<String> args = new ArrayList<>(List.of("--module-path", String.join(java.io.File.pathSeparator, path),
                "--add-modules", String.join(",", roots)));
        args.addAll(options);
        args.addAll(List.of("--output", runtime.toString()));
        tool("jlink", args.toArray(String[]::new));
    }

    /**
     * JavaFX's native libraries beside the runtime's own (lib/, bin/ on Windows), where JavaFX loaded from a runtime
     * image looks first: otherwise it would unpack them from its module into the user's home at the first start.
     */
    private static void copyJavaFxNatives(List<Path> javafx, Path runtime) throws IOException {
        Path dir = runtime.resolve(WINDOWS ? "bin" : "lib");
        int n = 0;
        for (Path jar : javafx) {
            try (JarFile j = new JarFile(jar.toFile())) {
                for (JarEntry e : j.stream().toList()) {
                    String name = e.getName();
                    boolean library = name.endsWith(".dll") || name.endsWith(".so") || name.endsWith(".dylib");
                    // never over the runtime's own (JavaFX's Windows jar carries the C++ runtime DLLs the JDK has too)
                    if (name.indexOf('/') < 0 && library && !Files.exists(dir.resolve(name))) {
                        try (InputStream s = j.getInputStream(e)) {
                            Files.copy(s, dir.resolve(name));
                        }
                        n++;
                    }
                }
            }
        }
        System.out.println("[linked-runtime] " + n + " JavaFX native libraries in " + runtime.relativize(dir));
    }

    // --- 3. the class list and the archive --------------------------------------------------------------------------

    /** The runtime's java: {@code bin/java} (or {@code java.exe}). */
    static Path java(Path runtime) {
        return runtime.resolve("bin").resolve(WINDOWS ? "java.exe" : "java");
    }

    /** The runtime's default class data archive, which the JVM maps without being told. */
    static Path defaultArchive(Path runtime) {
        return runtime.resolve(WINDOWS ? "bin" : "lib").resolve("server").resolve("classes.jsa");
    }

    /**
     * Options that start the window without a display: Monocle's headless platform, which goes on the class path,
     * with the JavaFX internals it needs. Empty where there is a display. The start-up benchmark uses the same
     * (LinkedRuntime writes them to {@code WORK_DIR/headless.args}).
     */
    static List<String> headlessFlags() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return List.of(); // an X display; a Windows build machine has none set and records headless too
        }
        List<String> o = new ArrayList<>(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        for (String e : MONOCLE_EXPORTS) {
            o.add("--add-exports=" + e + "=ALL-UNNAMED");
        }
        return o;
    }

    private static void recordClassList(Path runtime, Path work, Path monocle, Path out)
            throws IOException, InterruptedException {
        String java = java(runtime).toString();
        Path data = work.resolve("training-unit");
        if (!Files.exists(data.resolve("antq.db"))) {
            run(List.of(java, "-m", MODULE + "/" + MAIN, "generate-demo", "--staff", "200", "--evidence", "3",
                    "--data-dir", data.toString()), null);
        }
        Path gui = work.resolve("class-list-gui.txt");
        Path cli = work.resolve("class-list-cli.txt");
        List<String> window = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + gui, "-Dantq.bench.exit=true",
                "-Dfile.encoding=UTF-8"));
        window.addAll(unsafeAllowed());
        List<String> headless = headlessFlags();
        Files.write(work.resolve("headless.args"), headless, StandardCharsets.UTF_8);
        window.addAll(headless);
        if (!headless.isEmpty()) {
            window.addAll(List.of("-cp", monocle.toString()));
        }
        window.addAll(List.of("-m", MODULE + "/" + MAIN, "--data-dir", data.toString()));
        run(window, "ANTQ_READY");
        run(List.of(java, "-XX:DumpLoadedClassList=" + cli, "-m", MODULE + "/" + MAIN, "--help"), null);
        List<String> lines = mergeClassLists(Files.readAllLines(gui, StandardCharsets.UTF_8),
                Files.readAllLines(cli, StandardCharsets.UTF_8));
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("[linked-runtime] class list: "
                + lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("@")).count() + " classes");
    }

    /**
     * One class list of several runs: each class once, without the ids a run numbers its classes with (two lists'
     * ids clash; newer JDKs refuse a repeated id), and without Monocle's classes (the class path: not in the runtime)
     * or classes of other class loaders ({@code source:} lines), which a runtime-image archive cannot hold.
     */
    @SafeVarargs
    static List<String> mergeClassLists(List<String>... lists) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> classes = new HashSet<>();
        for (List<String> list : lists) {
            for (String line : list) {
                if (line.isBlank() || line.startsWith("#") || line.contains(" source: ")
                        || line.startsWith("com/sun/glass/ui/monocle/") || line.contains(" com/sun/glass/ui/monocle/")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    out.add(line);
                } else {
                    String name = line.split(" ", 2)[0];
                    if (classes.add(name)) {
                        out.add(name);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Replaces the runtime's default archive with one of the JDK, JavaFX and app classes of the class list (with their
     * lambda forms and proxies), dumped by the runtime itself with the launcher's heap size; then checks that a start
     * maps it and takes the app's launcher class from it.
     */
    private static void dumpArchive(Path runtime, Path classlist, String xmx, List<String> moduleOptions)
            throws IOException, InterruptedException {
        Path archive = defaultArchive(runtime);
        Files.deleteIfExists(archive);
        List<String> dump = new ArrayList<>(List.of(java(runtime).toString(), "-Xshare:dump", "-Xmx" + xmx,
                "-XX:SharedClassListFile=" + classlist, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        if (aotLinking()) {
            dump.addAll(List.of("-XX:+AOTClassLinking", "-Xlog:aot=off"));
            dump.addAll(moduleOptions);
            dump.addAll(List.of("-m", MODULE + "/" + MAIN));
        } else {
            dump.addAll(List.of("--add-modules", MODULE));
        }
        run(dump, null);
        List<String> check = new ArrayList<>(List.of(java(runtime).toString(), "-Xshare:on", "-Xmx" + xmx,
                "-Xlog:class+load=info"));
        check.addAll(moduleOptions);
        check.addAll(List.of("-m", MODULE + "/" + MAIN, "--version"));
        String log = run(check, null);
        if (!log.contains(MAIN + " source: shared objects file")) {
            throw new IllegalStateException("the runtime's archive does not hold " + MAIN + ":\n" + log.lines().limit(20)
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Whether the runtime (the JDK running this) dumps an archive with AOT-linked classes: JDK 24 and later. */
    static boolean aotLinking() {
        return Runtime.version().feature() >= 24;
    }

    /** JavaFX 21 uses sun.misc.Unsafe; a JDK 23+ warns on stderr at every start unless told it is allowed. */
    static List<String> unsafeAllowed() {
        return Runtime.version().feature() >= 23 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private static void tool(String name, String... args) {
        ToolProvider t = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " not found: run the build with a JDK"));
        StringWriter out = new StringWriter();
        int rc = t.run(new PrintWriter(out), new PrintWriter(out), args);
        if (rc != 0) {
            throw new IllegalStateException(name + " failed (" + rc + "):\n" + out);
        }
    }

    /** Runs a command to its end and returns its output; with {@code marker}, fails unless a line starts with it. */
    private static String run(List<String> command, String marker) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean seen = marker == null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (marker != null && line.startsWith(marker)) {
                    seen = true;
                }
                all.append(line).append('\n');
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (p.exitValue() != 0 || !seen) {
            throw new IllegalStateException("failed (exit " + p.exitValue() + (seen ? "" : ", no " + marker) + "): "
                    + command + "\n" + all.toString().lines().limit(60).collect(Collectors.joining("\n")));
        }
        return all.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
