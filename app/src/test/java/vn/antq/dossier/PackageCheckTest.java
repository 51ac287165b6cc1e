package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.i18n.Messages;
import vn.antq.interchange.AssessmentJson;
import vn.antq.signing.TestCertificates;

/**
 * Verify by meaning: a package forged by editing assessment.json and the manifest consistently is
 * altered when it was signed, and inconsistent when unsigned and the manifest's result no longer
 * matches a re-scoring.
 */
class PackageCheckTest {
    @TempDir
    static Path dir;
    static Path signed;
    static Path unsigned;
    static int honestTotal;

    @BeforeAll
    static void export() throws Exception {
        var key = TestCertificates.key(TestCertificates.validPkcs12(dir, "Nguyễn Thị Hằng", "Trường THPT Nguyễn Trãi"));
        DossierRequest request = new DossierFixture().request(dir.resolve("signed"));
        honestTotal = request.score().total();
        signed = new DossierExporter(key).export(request, Progress.NONE).files().get(2);
        unsigned = new DossierExporter().export(new DossierFixture().request(dir.resolve("unsigned")), Progress.NONE)
                .files().get(2);
    }

    @Test
    void honestPackagesAreValidSignedOrUnsigned() {
        PackageVerdict s = ShippedCheck.get().check(signed);
        assertThat(s.kind()).as(s.line(Messages.vietnamese())).isEqualTo(PackageVerdict.Kind.VALID_SIGNED);
        assertThat(s.signature().signer().holder()).isEqualTo("Nguyễn Thị Hằng");
        assertThat(s.pdf()).hasSize(1).allMatch(c -> c.valid());
        assertThat(s.rescored().total()).isEqualTo(honestTotal).isEqualTo(s.summary().total());
        assertThat(s.summary().staff()).isEqualTo(12);
        String line = s.line(Messages.vietnamese());
        assertThat(line).contains("HỢP LỆ, đã ký số").contains("Nguyễn Thị Hằng (Trường THPT Nguyễn Trãi)")
                .contains("còn hiệu lực lúc ký").contains(honestTotal + "/100");
        PackageVerdict u = ShippedCheck.get().check(unsigned);
        assertThat(u.kind()).isEqualTo(PackageVerdict.Kind.VALID_UNSIGNED);
        assertThat(u.line(Messages.vietnamese())).contains("HỢP LỆ, CHƯA KÝ SỐ");
        assertThat(u.line(Messages.english())).contains("VALID, NOT SIGNED");
    }

    @Test
    void aSignedPackageForgedConsistentlyIsAltered() throws Exception {
        Path forged = dir.resolve("forged-signed.zip");
        forge(signed, forged, true);
        assertThat(Verifier.verify(forged).ok()).as("the bytes match the edited manifest").isTrue();
        PackageVerdict v = ShippedCheck.get().check(forged);
        assertThat(v.kind()).isEqualTo(PackageVerdict.Kind.ALTERED);
        assertThat(v.line(Messages.vietnamese())).contains("BỊ SỬA ĐỔI").contains("manifest.json không còn khớp");
        assertThat(v.kind().valid()).isFalse();
    }

    @Test
    void anUnsignedPackageWhoseResultNoLongerMatchesARescoringIsInconsistent() throws Exception {
        Path forged = dir.resolve("forged-unsigned.zip");
        forge(unsigned, forged, false);
        assertThat(Verifier.verify(forged).ok()).isTrue();
        PackageVerdict v = ShippedCheck.get().check(forged);
        assertThat(v.kind()).isEqualTo(PackageVerdict.Kind.INCONSISTENT_UNSIGNED);
        assertThat(v.line(Messages.vietnamese())).contains("CHƯA KÝ SỐ VÀ KHÔNG NHẤT QUÁN")
                .contains("manifest ghi 94/100 điểm (XUAT_SAC)").contains("chấm lại assessment.json được");
        assertThat(v.kind().valid()).isFalse();
    }

    @Test
    void notAZipIsUnreadable() throws Exception {
        Path junk = Files.writeString(dir.resolve("rac.zip"), "không phải zip");
        PackageVerdict v = ShippedCheck.get().check(junk);
        assertThat(v.kind()).isEqualTo(PackageVerdict.Kind.UNREADABLE);
        assertThat(v.line(Messages.vietnamese())).contains("KHÔNG ĐỌC ĐƯỢC");
    }

    /**
     * Raises every manual item to its maximum in assessment.json and writes its new size and hash
     * into the manifest; the manifest's result becomes the re-scored one ({@code consistent}) or
     * 94/Xuất sắc.
     */
    static void forge(Path from, Path to, boolean consistent) throws Exception {
        forge(from, to, consistent, 94, "XUAT_SAC");
    }

    static void forgeClaiming(Path from, Path to, int total, String level) throws Exception {
        forge(from, to, false, total, level);
    }

    private static void forge(Path from, Path to, boolean consistent, int claimed, String level) throws Exception {
        Map<String, byte[]> entries = PackageTest.read(from);
        ObjectNode a = (ObjectNode) AssessmentJson.mapper().readTree(entries.get("assessment.json"));
        ObjectNode items = (ObjectNode) a.get("items");
        for (RubricItem i : DossierFixture.RUBRIC.manualItems()) {
            items.put(i.code(), i.max());
        }
        byte[] json = AssessmentJson.write(a).getBytes(StandardCharsets.UTF_8);
        ScoringEngine engine = new ScoringEngine(DossierFixture.RUBRIC);
        Assessment parsed = AssessmentJson.read(new java.io.ByteArrayInputStream(json), engine);
        ScoreResult r = engine.score(parsed.items(), parsed.facts(), DossierFixture.PROFILE);
        ObjectNode m = (ObjectNode) AssessmentJson.mapper().readTree(entries.get("manifest.json"));
        for (var f : m.get("files")) {
            if (f.get("path").asText().equals("assessment.json")) {
                ((ObjectNode) f).put("size", json.length);
                ((ObjectNode) f).put("sha256", vn.antq.archive.ManifestZip.hex(vn.antq.archive.ManifestZip.sha256().digest(json)));
            }
        }
        ObjectNode result = (ObjectNode) m.get("result");
        result.put("total", consistent ? r.total() : claimed);
        result.put("classification", consistent ? r.classification().name() : level);
        result.put("anttAchieved", consistent ? parsed.rescore(DossierFixture.RUBRIC, DossierFixture.PROFILE).anttAchieved() : true);
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.put("assessment.json", json);
        out.put("manifest.json", AssessmentJson.write(m).getBytes(StandardCharsets.UTF_8));
        PackageTest.write(to, out);
    }
}
