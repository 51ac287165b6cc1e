package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every importer key the code uses exists in both languages of the store bundle. */
class ImporterBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ImporterBundleTest.class.getResourceAsStream("/vn/antq/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyImporterKeyUsedInTheCodeExistsInBothLanguages() throws Exception {
        Pattern key = Pattern.compile("\"(importer\\.[a-zA-Z.]+[a-zA-Z])\"");
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/vn/antq/importer", "src/main/java/vn/antq/cli"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(load("store_vi.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("store.properties").stringPropertyNames()).containsAll(used);
    }
}
