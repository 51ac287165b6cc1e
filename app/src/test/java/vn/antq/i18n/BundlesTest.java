package vn.antq.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every area's bundle pair (Messages.BUNDLES): same keys in Vietnamese and English, valid
 * MessageFormat patterns with apostrophes doubled, keys unique across areas; and every key the
 * screens' code asks for exists.
 */
class BundlesTest {
    static List<String> areas() {
        return Messages.BUNDLES;
    }

    @ParameterizedTest
    @MethodSource("areas")
    void bothLanguagesHaveTheSameKeysAndValidPatterns(String area) throws Exception {
        Properties vi = BundleKeys.load(area + "_vi.properties");
        Properties en = BundleKeys.load(area + ".properties");
        if (vi == null && en == null) {
            return; // an area without text yet
        }
        assertThat(vi).as(area + "_vi.properties").isNotNull();
        assertThat(en).as(area + ".properties").isNotNull();
        assertThat(new TreeSet<>(en.stringPropertyNames())).as(area + ": English keys = Vietnamese keys")
                .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        for (Properties p : List.of(vi, en)) {
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                new MessageFormat(v); // throws on a broken pattern
                // a lone apostrophe swallows text through MessageFormat ("unit's" shows as "units"):
                // it must be written '' unless it quotes a brace ('{')
                assertThat(v.replace("''", "").replaceAll("'[{}][^']*'", ""))
                        .as(area + ": " + k + " has a lone apostrophe").doesNotContain("'");
                assertThat(v).as(area + ": " + k + " is empty").isNotBlank();
            }
        }
    }

    @Test
    void keysAreUniqueAcrossAreas() throws Exception {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String area : Messages.BUNDLES) {
            Properties vi = BundleKeys.load(area + "_vi.properties");
            if (vi == null) {
                continue;
            }
            for (String k : vi.stringPropertyNames()) {
                String before = owner.put(k, area);
                if (before != null) {
                    clashes.add(k + " in " + before + " and " + area);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void theImporterHasItsOwnBundle() throws Exception {
        // the staff-list reader's and the demo generator's text (importer.*) is not the store's
        Properties importer = BundleKeys.load("importer_vi.properties");
        assertThat(importer).as("importer_vi.properties").isNotNull();
        assertThat(importer.stringPropertyNames()).hasSizeGreaterThan(50).allMatch(k -> k.startsWith("importer."));
        for (String area : Messages.BUNDLES) {
            Properties vi = BundleKeys.load(area + "_vi.properties");
            if (vi != null && !area.equals("importer")) {
                assertThat(vi.stringPropertyNames()).as(area).noneMatch(k -> k.startsWith("importer."));
            }
        }
    }

    @Test
    void everyKeyTheScreensUseExists() throws Exception {
        Messages vi = Messages.vietnamese();
        Messages en = Messages.english();
        // literal keys passed to the screens' text getter t("…"), messages.get("…") or a DomainException
        Pattern call = Pattern.compile("(?:\\bt|\\.get|DomainException)\\(\\s*\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
        Set<String> used = BundleKeys.used(call, "src/main/java/vn/antq/ui");
        assertThat(used).hasSizeGreaterThan(300);
        List<String> missing = new ArrayList<>();
        for (String k : used) {
            if (!vi.has(k) || !en.has(k)) {
                missing.add(k);
            }
        }
        assertThat(missing).as("keys used by the screens but missing from a bundle").isEmpty();
        // keys built from enum names
        for (String prefix : List.of("ui.unitType.", "ui.years.state.", "ui.meeting.role.", "ui.evidence.status.",
                "ui.dossier.policy.")) {
            assertThat(vi.keys().stream().anyMatch(k -> k.startsWith(prefix))).as(prefix).isTrue();
        }
    }
}
