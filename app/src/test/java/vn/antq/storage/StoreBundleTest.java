package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The store bundle: same keys in Vietnamese and English, valid patterns, every key the code uses exists. */
class StoreBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = StoreBundleTest.class.getResourceAsStream("/vn/antq/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws Exception {
        Properties vi = load("store_vi.properties");
        Properties en = load("store.properties");
        assertThat(new TreeSet<>(vi.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : new Properties[] {vi, en}) {
            for (String k : p.stringPropertyNames()) {
                assertThat(k).matches("(store|importer)\\..+");
                new MessageFormat(p.getProperty(k)); // throws on a broken pattern
            }
        }
    }

    @Test
    void everyStoreKeyUsedInTheCodeExists() throws Exception {
        Properties vi = load("store_vi.properties");
        Pattern key = Pattern.compile("\"(store\\.[a-zA-Z.]+[a-zA-Z])\"");
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/vn/antq/storage", "src/main/java/vn/antq/cli"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(vi.stringPropertyNames()).containsAll(used);
    }
}
