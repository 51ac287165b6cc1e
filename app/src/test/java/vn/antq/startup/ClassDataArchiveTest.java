package vn.antq.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class data archive is made by a real JVM, used by the next one, and made again when the jars change. */
class ClassDataArchiveTest {
    @TempDir
    Path dir;

    private static Path java() {
        return ClassDataArchive.javaExecutable(Path.of(System.getProperty("java.home")));
    }

    private static Path base() {
        return Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
    }

    /** A jar holding the class-list loader, as the app's jar does, and a program with a lambda. */
    private Path jar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(ClassListLoader.class, LambdaSample.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private ClassDataArchive.Settings settings(Path jar) throws IOException {
        Path list = dir.resolve("app.classlist");
        Files.write(list, List.of("# NOTE: recorded by -XX:DumpLoadedClassList", "java/lang/Object id: 0",
                "vn/antq/startup/ClassListLoader", "java/util/zip/CRC32C",
                "@lambda-proxy vn/antq/startup/ClassListLoader run ()V", "no/such/Clazz"), StandardCharsets.UTF_8);
        return new ClassDataArchive.Settings(java(), jar.toString(), base(), list, dir.resolve("cds").resolve("app.jsa"));
    }

    @Test
    void classNamesSkipCommentsDirectivesLambdasAndProxies() {
        assertThat(ClassListLoader.classNames(List.of("# comment", "@lambda-form-invoker [LF_RESOLVE] x",
                "java/lang/String id: 12", "vn/antq/app/Launcher", "a/B$$Lambda$12/0x0001 id: 3",
                "jdk/proxy1/$Proxy4", "", "javafx/scene/control/Label source: jrt:/javafx.controls")))
                .containsExactly("java.lang.String", "vn.antq.app.Launcher", "javafx.scene.control.Label");
    }

    @Test
    void theArchiveIsMadeUsedByTheNextJvmAndRemadeWhenTheJarChanges() throws Exception {
        assumeTrue(Files.isRegularFile(base()), "this JDK has no default CDS archive");
        ClassDataArchive.Settings s = settings(jar());
        assertThat(ClassDataArchive.upToDate(s)).isFalse();
        Files.createDirectories(s.archive().getParent());
        Files.write(s.archive().resolveSibling("app.jsa123.tmp"), new byte[100]); // a killed run's leftover

        ClassDataArchive.create(s);

        assertThat(s.archive()).isRegularFile();
        assertThat(Files.size(s.archive())).isPositive();
        assertThat(ClassDataArchive.upToDate(s)).isTrue();
        assertThat(Files.list(s.archive().getParent())).noneMatch(p -> p.toString().endsWith(".tmp"));
        // -Xshare:on refuses to start on an archive that does not match: this JVM loads the class from it
        String log = run(List.of(java().toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + base() + java.io.File.pathSeparator + s.archive(),
                "-Xlog:class+load=info", "-cp", s.classpath(), ClassListLoader.class.getName(),
                s.classlist().toString()));
        assertThat(log).contains("vn.antq.startup.ClassListLoader source: shared objects file (top)");

        Path jar = Path.of(s.classpath());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(ClassDataArchive.upToDate(s)).as("an upgraded jar makes the archive stale").isFalse();
        ClassDataArchive.create(s); // replaces the read-only archive the JVM wrote
        assertThat(ClassDataArchive.upToDate(s)).isTrue();
    }

    @Test
    void theLambdasARecordedRunMadeComeFromTheArchive() throws Exception {
        assumeTrue(Files.isRegularFile(base()), "this JDK has no default CDS archive");
        Path jar = jar();
        Path list = dir.resolve("sample.classlist");
        run(List.of(java().toString(), "-XX:DumpLoadedClassList=" + list, "-cp", jar.toString(),
                LambdaSample.class.getName()));
        assertThat(Files.readAllLines(list)).anyMatch(l -> l.startsWith("@lambda-proxy vn/antq/startup/LambdaSample "));
        ClassDataArchive.Settings s = new ClassDataArchive.Settings(java(), jar.toString(), base(), list,
                dir.resolve("cds").resolve("sample.jsa"));
        ClassDataArchive.create(s);

        String log = run(List.of(java().toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + base() + java.io.File.pathSeparator + s.archive(),
                "-Xlog:class+load=info", "-cp", jar.toString(), LambdaSample.class.getName()));
        assertThat(log).contains("xin chào 0");
        assertThat(log.lines().filter(l -> l.contains("LambdaSample$$Lambda")))
                .isNotEmpty().allMatch(l -> l.endsWith("source: shared objects file (top)"));
    }

    @Test
    void aMalformedOrUnknownLambdaLineIsPassedOver() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassListLoader.lambda("@lambda-proxy vn/antq/startup/ClassListLoader run ()V", loader)).isFalse();
        assertThat(ClassListLoader.lambda("@lambda-proxy no/such/Clazz get ()Ljava/util/function/Supplier;"
                + " ()Ljava/lang/Object; REF_invokeStatic no/such/Clazz x ()Ljava/lang/Object; ()Ljava/lang/Object;",
                loader)).isFalse();
        // java.base does not open its packages: its lambdas are the JDK's own archive's business
        assertThat(ClassListLoader.lambda("@lambda-proxy java/lang/System$LoggerFinder run"
                + " ()Ljava/security/PrivilegedAction; ()Ljava/lang/Object; REF_invokeStatic java/lang/System$LoggerFinder"
                + " lambda$accessProvider$0 ()Ljava/lang/System$LoggerFinder; ()Ljava/lang/System$LoggerFinder;",
                loader)).isFalse();
    }

    @Test
    void aJvmThatCannotMakeTheArchiveLeavesNothingBehind() throws Exception {
        ClassDataArchive.Settings s = settings(jar());
        ClassDataArchive.Settings broken = new ClassDataArchive.Settings(s.java(), s.classpath(),
                dir.resolve("no-such-base.jsa"), dir.resolve("missing.classlist"), s.archive());
        assertThatThrownBy(() -> ClassDataArchive.create(broken)).isInstanceOf(IOException.class);
        assertThat(Files.list(s.archive().getParent())).isEmpty();
        assertThat(ClassDataArchive.upToDate(broken)).isFalse();
    }

    @Test
    void withoutTheLaunchersSettingsThereIsNothingToDo() {
        assertThat(System.getProperty(ClassDataArchive.ARCHIVE)).isNull();
        assertThat(ClassDataArchive.fromSystem()).isEmpty();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
