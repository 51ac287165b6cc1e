package vn.antq.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import vn.antq.startup.ClassDataArchive;

/**
 * Programs started the way the installed launcher starts the app (packaging/pom.xml, its
 * {@code java-options}): its JIT settings file, the runtime's default class data archive with the program's own
 * archive on top (made by the app's own {@link ClassDataArchive} from a class list recorded by
 * packaging's {@code ClassListTraining}), and the SQLite library already unpacked.
 */
final class Shipped {
    /** The launcher's JVM settings file (packaging/src/jvm/antq.vmoptions), passed by the bench profile. */
    static final String VM_OPTIONS = "-XX:VMOptionsFile=" + System.getProperty("bench.vmoptions");
    /** The other JVM options of the launcher (packaging/pom.xml: app.xmx, jvm.platform.option on Linux). */
    static final List<String> LAUNCHER = System.getProperty("os.name").startsWith("Linux")
            ? List.of("-Xmx512m", "-XX:+UseTransparentHugePages", "-Xlog:pagesize=off") : List.of("-Xmx512m");
    private static final String SQLITE_LIB = "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";

    /** A program's classpath (jars only: class data archives take no folders) and its archive. */
    record Program(String classpath, Path archive) {
        /** JVM flags of the installed launcher; without the archive as on the first start after installing. */
        List<String> flags(boolean withArchive) {
            List<String> f = new ArrayList<>(List.of(VM_OPTIONS, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            f.addAll(LAUNCHER);
            if (withArchive) {
                f.add("-XX:SharedArchiveFile=" + base() + java.io.File.pathSeparator + archive);
            }
            return f;
        }
    }

    private Shipped() {
    }

    static Path base() {
        return Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
    }

    /** The app (the shaded jar) with its archive, made as the installed app makes it. */
    static Program app(Path work, Path jar) throws Exception {
        Path archive = work.resolve("cds").resolve("antq.jsa");
        Path classlist = work.resolve("cds").resolve("antq.classlist");
        Files.createDirectories(classlist.getParent());
        String training = System.getProperty("bench.training");
        if (training == null || !Files.isRegularFile(Path.of(training))) {
            throw new IllegalStateException("bench.training must name packaging's ClassListTraining.java");
        }
        String trainingCp = jar + (monocle().isEmpty() ? "" : java.io.File.pathSeparator + monocle());
        Procs.timeToExit(List.of(Procs.java(), training, Procs.java(), trainingCp, work.toString(),
                classlist.toString()));
        ClassDataArchive.Settings s = new ClassDataArchive.Settings(Path.of(Procs.java()), jar.toString(), base(),
                classlist, archive);
        ClassDataArchive.create(s);
        return new Program(jar.toString(), archive);
    }

    /** The bare JavaFX window in a jar of its own beside the JavaFX jars, with an archive made the same way. */
    static Program hello(Path work) throws Exception {
        Path jar = work.resolve("hello").resolve("hello-fx.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // the archive maker's class loader goes in too, as it is in the app's jar
            for (Class<?> c : List.of(HelloFx.class, HelloFx.Main.class, vn.antq.startup.ClassListLoader.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        List<String> cp = new ArrayList<>(List.of(jar.toString()));
        Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("org/openjfx/") || e.contains("org\\openjfx\\")).forEach(cp::add);
        String classpath = String.join(java.io.File.pathSeparator, cp);
        Path classlist = jar.resolveSibling("hello.classlist");
        List<String> record = new ArrayList<>(List.of(Procs.java(), "-XX:DumpLoadedClassList=" + classlist,
                "-Dantq.bench.exit=true"));
        record.addAll(Procs.fxFlags());
        record.addAll(List.of("-cp", withMonocle(classpath), HelloFx.Main.class.getName()));
        Procs.timeToMarker(record, "ANTQ_READY", -1);
        Path archive = jar.resolveSibling("hello.jsa");
        ClassDataArchive.create(new ClassDataArchive.Settings(Path.of(Procs.java()), classpath, base(), classlist,
                archive));
        return new Program(classpath, archive);
    }

    /** The SQLite library unpacked from the jar, and the properties that point sqlite-jdbc at it. */
    static List<String> sqliteFlags(Path work, Path jar) throws IOException {
        Path dir = work.resolve("native");
        Path lib = dir.resolve("libsqlitejdbc.so");
        if (!Files.exists(lib)) {
            Files.createDirectories(dir);
            try (JarFile j = new JarFile(jar.toFile()); InputStream in = j.getInputStream(j.getEntry(SQLITE_LIB));
                    OutputStream out = Files.newOutputStream(dir.resolve("tmp.so"))) {
                in.transferTo(out);
            }
            Files.move(dir.resolve("tmp.so"), lib, StandardCopyOption.REPLACE_EXISTING);
        }
        return List.of("-Dorg.sqlite.lib.path=" + dir, "-Dorg.sqlite.lib.name=libsqlitejdbc.so");
    }

    /** The classpath with Monocle appended when there is no display (appended: the archive's classpath stays a prefix). */
    static String withMonocle(String classpath) {
        String m = monocle();
        return m.isEmpty() ? classpath : classpath + java.io.File.pathSeparator + m;
    }

    private static String monocle() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return "";
        }
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("openjfx-monocle")).findFirst().orElse("");
    }
}
