package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.i18n.BundleKeys;
import vn.antq.i18n.Messages;

/** The dossier bundle: same keys in Vietnamese and English, every key the code uses exists. */
class DossierBundleTest {
    @Test
    void sameKeysInBothLanguages() throws IOException {
        assertThat(BundleKeys.load("dossier.properties").keySet()).isEqualTo(BundleKeys.load("dossier_vi.properties").keySet());
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> keys = new TreeSet<>(BundleKeys.used(Pattern.compile("\"(dossier\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\""),
                "src/main/java/vn/antq/dossier", "src/main/java/vn/antq/cli"));
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
