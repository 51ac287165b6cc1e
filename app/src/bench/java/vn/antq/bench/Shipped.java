package vn.antq.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The app as installed: the app image the installer build makes ({@code ./mvnw -P installer -DskipTests package},
 * packaging/target/image), started the way its launcher starts it — the linked runtime's java with the launcher's
 * own options, read from the image's {@code ANTQDesk.cfg} — and, for the comparison "given the same treatment", the
 * bare JavaFX window started on that same runtime with the same options and a class data archive of its own
 * classes dumped the same way (packaging's {@code LinkedRuntime}).
 */
final class Shipped {
    /** The launcher's JVM settings file (packaging/src/jvm/antq.vmoptions), passed by the bench profile. */
    static final String VM_OPTIONS = "-XX:VMOptionsFile=" + System.getProperty("bench.vmoptions");
    static final String MAIN = "vn.antq.desk/vn.antq.app.Launcher";

    /** The app image: its runtime's java and the launcher's JVM options ({@code $APPDIR} filled in). */
    record Image(Path home, Path java, List<String> options, int feature) {
        /** A command as the launcher runs it, with extra JVM options (before the launcher's) and the app's arguments. */
        List<String> command(List<String> jvm, String... args) {
            List<String> c = new ArrayList<>(List.of(java.toString()));
            c.addAll(jvm);
            c.addAll(options);
            c.addAll(List.of("-m", MAIN));
            c.addAll(List.of(args));
            return c;
        }

        /** The window's command: headless options (Monocle on the class path) where there is no display. */
        List<String> window(List<String> jvm, String... args) throws IOException {
            List<String> j = new ArrayList<>(jvm);
            j.add("-Dantq.bench.exit=true");
            j.addAll(headless());
            if (!monocle().isEmpty()) {
                j.addAll(List.of("-cp", monocle()));
            }
            return command(j, args);
        }
    }

    private Shipped() {
    }

    private static Image image;

    /** The image the installer build made; a clear failure when there is none. */
    static Image image() throws IOException {
        if (image != null) {
            return image;
        }
        Path home = Path.of(System.getProperty("bench.image", "../packaging/target/image/ANTQDesk")).toAbsolutePath()
                .normalize();
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Path appDir = home.resolve(windows ? "app" : "lib/app");
        Path runtime = home.resolve(windows ? "runtime" : "lib/runtime");
        Path cfg = appDir.resolve(home.getFileName() + ".cfg");
        if (!Files.isRegularFile(cfg)) {
            throw new IllegalStateException("no app image at " + home + ": build it first with"
                    + " ./mvnw -B -P installer -DskipTests package (the start-up rows measure the installed app)");
        }
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()).replace("$APPDIR", appDir.toString()));
            }
        }
        int feature = 17;
        for (String line : Files.readAllLines(runtime.resolve("release"), StandardCharsets.UTF_8)) {
            if (line.startsWith("JAVA_VERSION=")) {
                feature = Integer.parseInt(line.replaceAll("[^0-9.]", "").split("\\.")[0]);
            }
        }
        image = new Image(home, runtime.resolve("bin").resolve(windows ? "java.exe" : "java"), List.copyOf(options),
                feature);
        return image;
    }

    /** The JVM options that start JavaFX headless on the linked runtime, as LinkedRuntime wrote them; none with a display. */
    static List<String> headless() throws IOException {
        if (monocle().isEmpty()) {
            return List.of();
        }
        Path args = Path.of(System.getProperty("bench.headless", "../packaging/target/linked/headless.args"));
        return Files.readAllLines(args.toAbsolutePath().normalize(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
    }

    /** A program on the image's runtime: its class path and its own class data archive. */
    record Program(String classpath, Path archive) {
    }

    /**
     * The bare JavaFX window in a jar of its own, on the image's runtime (JavaFX linked in), with a class data archive
     * of what its start loads, dumped by that runtime as LinkedRuntime dumps the app's (Monocle left out).
     */
    static Program hello(Path work) throws Exception {
        Image img = image();
        Path jar = work.resolve("hello").resolve("hello-fx.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(HelloFx.class, HelloFx.Main.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Path classlist = jar.resolveSibling("hello.classlist");
        List<String> record = new ArrayList<>(List.of(img.java().toString(), "-XX:DumpLoadedClassList=" + classlist,
                "-Dantq.bench.exit=true"));
        record.addAll(img.options());
        record.addAll(headless());
        record.addAll(List.of("-cp", withMonocle(jar.toString()), HelloFx.Main.class.getName()));
        Procs.timeToMarker(record, "ANTQ_READY", -1);
        List<String> lines = new ArrayList<>(Files.readAllLines(classlist, StandardCharsets.UTF_8));
        lines.removeIf(l -> l.startsWith("com/sun/glass/ui/monocle/") || l.contains(" com/sun/glass/ui/monocle/"));
        Files.write(classlist, lines, StandardCharsets.UTF_8);
        Path archive = jar.resolveSibling("hello.jsa");
        List<String> dump = new ArrayList<>(List.of(img.java().toString(), "-Xshare:dump", "-Xmx512m",
                "-XX:SharedClassListFile=" + classlist, "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString(),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (img.feature() >= 24) { // as LinkedRuntime dumps the app's: AOT-linked, with the launcher's module options
            dump.addAll(List.of("-XX:+AOTClassLinking", "-Xlog:aot=off"));
            img.options().stream().filter(o -> o.startsWith("--enable-native-access")).forEach(dump::add);
        }
        Procs.timeToExit(dump);
        return new Program(jar.toString(), archive);
    }

    /** The classpath with Monocle appended when there is no display. */
    static String withMonocle(String classpath) {
        String m = monocle();
        return m.isEmpty() ? classpath : classpath + java.io.File.pathSeparator + m;
    }

    /** Monocle's jar from this JVM's class path when there is no display; empty with a display. */
    static String monocle() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return "";
        }
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("openjfx-monocle")).findFirst().orElse("");
    }
}
