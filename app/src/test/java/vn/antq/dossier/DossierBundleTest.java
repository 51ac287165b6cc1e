package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.i18n.Messages;

/** The dossier bundle: same keys in Vietnamese and English, every key the code uses exists. */
class DossierBundleTest {
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DossierBundleTest.class.getResourceAsStream("/vn/antq/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void sameKeysInBothLanguages() throws IOException {
        assertThat(load("dossier.properties").keySet()).isEqualTo(load("dossier_vi.properties").keySet());
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(dossier\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\"");
        for (String dir : new String[] {"src/main/java/vn/antq/dossier", "src/main/java/vn/antq/cli"}) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (UnitType t : UnitType.values()) {
            keys.add("dossier.unitType." + t.name());
            keys.add("dossier.unitKind." + t.name());
            keys.add("dossier.staffWord." + t.name());
        }
        for (ParticipantRole r : ParticipantRole.values()) {
            keys.add("dossier.bienBan.role." + r.name());
        }
        for (EvidenceTarget t : EvidenceTarget.values()) {
            keys.add("dossier.target." + t.name());
        }
        for (VerifyReport.Kind k : VerifyReport.Kind.values()) {
            keys.add("dossier.verify." + k.name());
        }
        assertThat(keys).hasSizeGreaterThan(100);
        Messages vi = Messages.vietnamese();
        Messages en = Messages.english();
        for (String k : keys) {
            assertThat(vi.has(k)).as(k).isTrue();
            assertThat(en.has(k)).as(k).isTrue();
        }
        // patterns go through MessageFormat: no stray single quote
        assertThat(vi.get("dossier.level.proposed", "Yếu")).isEqualTo("xếp loại Yếu");
        assertThat(en.get("dossier.toTrinh.subjectReport", "2026")).startsWith("Report of the self-assessment")
                .contains("“Security and order safe” standard for 2026");
    }
}
