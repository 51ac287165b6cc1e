package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.antq.i18n.BundleKeys;

/** Every importer key the code uses exists in both languages of the importer's own bundle. */
class ImporterBundleTest {
    @Test
    void everyImporterKeyUsedInTheCodeExistsInBothLanguages() throws Exception {
        Set<String> used = BundleKeys.used(Pattern.compile("\"(importer\\.[a-zA-Z.]+[a-zA-Z])\""),
                "src/main/java/vn/antq/importer", "src/main/java/vn/antq/demo", "src/main/java/vn/antq/cli");
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(BundleKeys.load("importer_vi.properties").stringPropertyNames()).containsAll(used);
        assertThat(BundleKeys.load("importer.properties").stringPropertyNames()).containsAll(used);
    }
}
