package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.antq.i18n.BundleKeys;

/** The store bundle: same keys in Vietnamese and English, valid patterns, every key the code uses exists. */
class StoreBundleTest {
    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws Exception {
        Properties vi = BundleKeys.load("store_vi.properties");
        Properties en = BundleKeys.load("store.properties");
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
        Properties vi = BundleKeys.load("store_vi.properties");
        Set<String> used = BundleKeys.used(Pattern.compile("\"(store\\.[a-zA-Z.]+[a-zA-Z])\""),
                "src/main/java/vn/antq/storage", "src/main/java/vn/antq/cli");
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(vi.stringPropertyNames()).containsAll(used);
    }
}
