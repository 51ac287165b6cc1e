package vn.antq.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code app/target/antq-desk.jar} opens its window on every desktop: it carries the JavaFX natives and glass
 * classes of Windows x64, Linux x64 and both Macs (universal libraries with an Intel and an Apple-silicon slice),
 * each byte for byte what the platform's own {@code javafx-graphics} jar holds. Runs after the app module
 * packaged the jar (packaging comes after app in the reactor).
 */
class AllDesktopsJarTest {
    private static Map<String, byte[]> natives;
    private static Set<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        Path jar = Path.of(System.getProperty("app.jar", "../app/target/antq-desk.jar"));
        assertThat(jar).as("build the app first (./mvnw -B verify builds both modules)").isRegularFile();
        natives = new TreeMap<>();
        entries = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.add(e.getName());
                if (ImageCheck.isRootNative(e.getName())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        natives.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static Path platformJar(String classifier) {
        String version = System.getProperty("javafx.version");
        return Path.of(System.getProperty("javafx.graphics.dir"))
                .resolve("javafx-graphics-" + version + "-" + classifier + ".jar");
    }

    private static Map<String, byte[]> nativesOf(String classifier) throws IOException {
        Map<String, byte[]> result = new TreeMap<>();
        try (ZipFile zip = new ZipFile(platformJar(classifier).toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (ImageCheck.isRootNative(e.getName())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        result.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return result;
    }

    @Test
    void windowsAndLinuxNativesAreThereAsTheirJavaFxJarsHaveThem() throws IOException {
        for (String classifier : new String[] {"win", "linux"}) {
            Map<String, byte[]> expected = nativesOf(classifier);
            assertThat(expected.keySet()).as(classifier).anyMatch(n -> n.contains("glass"))
                    .anyMatch(n -> n.contains("prism_sw"));
            expected.forEach((name, bytes) ->
                    assertThat(natives.get(name)).as(classifier + " native " + name).isEqualTo(bytes));
        }
        assertThat(natives.keySet()).contains("glass.dll", "prism_d3d.dll", "libglass.so", "libglassgtk3.so");
    }

    @Test
    void everyMacLibraryIsUniversalWithBothOriginalSlices() throws IOException {
        Map<String, byte[]> intel = nativesOf("mac");
        Map<String, byte[]> arm = nativesOf("mac-aarch64");
        assertThat(intel.keySet()).contains("libglass.dylib", "libprism_es2.dylib").isEqualTo(arm.keySet());
        for (String name : intel.keySet()) {
            byte[] fat = natives.get(name);
            assertThat(fat).as(name + " in the jar").isNotNull();
            assertThat(MacUniversalLibraries.slice(fat, MacUniversalLibraries.CPU_TYPE_X86_64)).as(name + " x86_64")
                    .isEqualTo(intel.get(name));
            assertThat(MacUniversalLibraries.slice(fat, MacUniversalLibraries.CPU_TYPE_ARM64)).as(name + " arm64")
                    .isEqualTo(arm.get(name));
        }
    }

    @Test
    void eachPlatformsGlassClassesAndSqliteLibrariesAreThere() {
        assertThat(entries).contains("com/sun/glass/ui/win/WinApplication.class",
                "com/sun/glass/ui/gtk/GtkApplication.class", "com/sun/glass/ui/mac/MacApplication.class",
                "com/sun/prism/d3d/D3DPipeline.class", "com/sun/prism/es2/ES2Pipeline.class",
                "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll", "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
                "org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib", "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib");
    }

    @Test
    void jarStartsOnPlainJava() throws IOException {
        // The manifest's main class is the plain launcher (a JavaFX Application as main class fails on the classpath).
        try (ZipFile zip = new ZipFile(System.getProperty("app.jar", "../app/target/antq-desk.jar"))) {
            String manifest = new String(zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(manifest).contains("Main-Class: vn.antq.app.Launcher");
        }
        assertThat(Files.size(Path.of(System.getProperty("app.jar", "../app/target/antq-desk.jar"))))
                .as("size stays reasonable").isLessThan(80_000_000L);
    }
}
