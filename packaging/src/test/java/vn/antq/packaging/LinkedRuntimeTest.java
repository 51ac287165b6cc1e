package vn.antq.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of LinkedRuntime (the installed app's runtime) that decide what the app's module holds and declares,
 * and the class list the archive is dumped from. The whole of it runs in the installer build, whose image check
 * starts the result.
 */
class LinkedRuntimeTest {
    private static Path m2() {
        return Path.of(System.getProperty("m2.repository"));
    }

    /** The newest jar of an artifact in the local repository. */
    private static Path artifact(String group, String name) throws IOException {
        Path dir = m2().resolve(group.replace('.', '/')).resolve(name);
        try (Stream<Path> versions = Files.list(dir)) {
            Path version = versions.filter(Files::isDirectory).sorted().reduce((a, b) -> b).orElseThrow();
            return version.resolve(name + "-" + version.getFileName() + ".jar");
        }
    }

    private static List<Path> javafx() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String classifier = os.contains("win") ? "win" : os.contains("mac") ? "mac" : "linux";
        String v = System.getProperty("javafx.version");
        return Stream.of("base", "graphics", "controls")
                .map(m -> m2().resolve("org/openjfx/javafx-" + m).resolve(v).resolve("javafx-" + m + "-" + v + "-" + classifier + ".jar"))
                .toList();
    }

    @Test
    void theMergedModuleDeclaresWhatItsLibrariesUseAndProvide(@TempDir Path tmp) throws Exception {
        // slf4j-api uses its provider interface (module-info); slf4j-simple provides it (module-info and service file)
        Path api = artifact("org.slf4j", "slf4j-api");
        Path simple = artifact("org.slf4j", "slf4j-simple");
        Path out = tmp.resolve(LinkedRuntime.MODULE + ".jar");
        LinkedRuntime.mergeModule(new LinkedRuntime.Inputs(javafx(), List.of(api, simple)), out,
                List.of("java.base", "java.logging"), "Linux/x86_64", tmp.resolve("scratch"));

        ModuleDescriptor d = ModuleFinder.of(out).find(LinkedRuntime.MODULE).orElseThrow().descriptor();
        assertThat(d.isOpen()).isTrue();
        assertThat(d.uses()).contains("org.slf4j.spi.SLF4JServiceProvider");
        Map<String, List<String>> provides = d.provides().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers));
        assertThat(provides).containsEntry("org.slf4j.spi.SLF4JServiceProvider", List.of("org.slf4j.simple.SimpleServiceProvider"));
        Set<String> requires = d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertThat(requires).contains("java.logging", "javafx.controls", "javafx.graphics", "javafx.base");
        assertThat(d.packages()).contains("org.slf4j", "org.slf4j.simple");
        try (JarFile jar = new JarFile(out.toFile())) {
            // the libraries' own descriptors are gone (one module-info, the merged one, at the root)
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.endsWith("module-info.class")))
                    .containsExactly("module-info.class");
            assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
        }
    }

    @Test
    void keepsOnlyWhatBelongsInTheModule() {
        assertThat(LinkedRuntime.keep("org/sqlite/JDBC.class", "Linux/x86_64")).isTrue();
        assertThat(LinkedRuntime.keep("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so", "Linux/x86_64")).isTrue();
        assertThat(LinkedRuntime.keep("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll", "Linux/x86_64")).isFalse();
        assertThat(LinkedRuntime.keep("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll", "Windows/x86_64")).isTrue();
        assertThat(LinkedRuntime.keep("module-info.class", "Linux/x86_64")).isFalse();
        assertThat(LinkedRuntime.keep("META-INF/versions/9/module-info.class", "Linux/x86_64")).isFalse();
        assertThat(LinkedRuntime.keep("META-INF/BC1024KE.SF", "Linux/x86_64")).isFalse();
        assertThat(LinkedRuntime.keep("META-INF/BC2048KE.DSA", "Linux/x86_64")).isFalse();
        assertThat(LinkedRuntime.keep("META-INF/MANIFEST.MF", "Linux/x86_64")).isFalse();
        assertThat(LinkedRuntime.keep("META-INF/versions/17/com/lowagie/text/X.class", "Linux/x86_64")).isTrue();
        assertThat(LinkedRuntime.keep("vn/antq/i18n/ui_vi.properties", "Linux/x86_64")).isTrue();
    }

    @Test
    void theDescriptorNamesNestedTypesAsSourceDoesAndLeavesOutWhatItCannotSee() {
        String info = LinkedRuntime.moduleInfo(List.of("java.base", "java.sql"),
                Set.of("org.example.Outer$Factory", "org.absent.Service"),
                Map.of("java.sql.Driver", Set.of("org.example.Driver", "org.absent.Driver")),
                Set.of("org.example.Outer$Factory", "org.example.Driver"));
        assertThat(info).contains("open module vn.antq.desk {", "requires java.sql;", "uses org.example.Outer.Factory;",
                "uses java.sql.Driver;", "provides java.sql.Driver with\n        org.example.Driver;")
                .doesNotContain("requires java.base", "org.absent");
    }

    @Test
    void classListsMergeWithoutIdsRepeatsMonocleOrOtherLoaders() {
        List<String> gui = List.of("# NOTE: comment", "java/lang/Object id: 0", "vn/antq/app/Launcher id: 1",
                "com/sun/glass/ui/monocle/HeadlessPlatform id: 2",
                "@lambda-proxy vn/antq/app/Launcher run ()Ljava/lang/Runnable; ()V 6 vn/antq/app/Launcher lambda$0 ()V ()V",
                "x/Custom id: 9 super: 0 source: /tmp/x.jar");
        List<String> cli = List.of("java/lang/Object id: 0", "picocli/CommandLine id: 1",
                "@lambda-proxy vn/antq/app/Launcher run ()Ljava/lang/Runnable; ()V 6 vn/antq/app/Launcher lambda$0 ()V ()V");
        assertThat(LinkedRuntime.mergeClassLists(gui, cli)).containsExactly("java/lang/Object", "vn/antq/app/Launcher",
                "@lambda-proxy vn/antq/app/Launcher run ()Ljava/lang/Runnable; ()V 6 vn/antq/app/Launcher lambda$0 ()V ()V",
                "picocli/CommandLine");
    }
}
