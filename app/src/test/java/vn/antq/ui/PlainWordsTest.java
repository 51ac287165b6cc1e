package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.i18n.Messages;
import vn.antq.rules.RulesLoader;

/** The screens speak the clerk's words: no hash names, no manifest, no file extensions, no profile ids. */
class PlainWordsTest {
    /** Technical words a clerk should not meet on a screen. */
    static final Pattern TECHNICAL = Pattern.compile(
            "SHA-?256|manifest|\\bJSON\\b|\\.json|\\.zip\\b|\\(\\.xlsx\\)|default-20\\d\\d|checksum|\\bhash\\b",
            Pattern.CASE_INSENSITIVE);
    /** Keys whose value is a file name the app suggests, not a sentence. */
    static final List<String> FILE_NAMES = List.of("ui.import.templateName");

    @ParameterizedTest
    @ValueSource(strings = {"/vn/antq/i18n/ui_vi.properties", "/vn/antq/i18n/ui.properties"})
    void theScreensTextsHaveNoTechnicalWords(String bundle) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(PlainWordsTest.class.getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        List<String> found = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (!FILE_NAMES.contains(key) && TECHNICAL.matcher(p.getProperty(key)).find()) {
                found.add(key + "=" + p.getProperty(key));
            }
        }
        assertThat(found).isEmpty();
        assertThat(p).isNotEmpty();
    }

    @Test
    void theDefaultProfileHasANameForPeople() {
        var profile = RulesLoader.defaultProfile(RulesLoader.defaultRubric());
        assertThat(profile.name().in(Messages.VIETNAMESE)).isEqualTo("Ngưỡng mặc định");
        assertThat(TECHNICAL.matcher(profile.name().in(Messages.VIETNAMESE)).find()).isFalse();
    }
}
