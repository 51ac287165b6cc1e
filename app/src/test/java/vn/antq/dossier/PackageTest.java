package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.interchange.AssessmentJson;

/** The package: contents, manifest, verification, and tampered or malicious zips. */
class PackageTest {
    @TempDir
    static Path dir;
    static Path zip;
    static DossierRequest request;

    @BeforeAll
    static void export() {
        request = new DossierFixture().request(dir);
        DossierResult result = new DossierExporter().export(request, Progress.NONE);
        zip = result.files().get(2);
        assertThat(zip.getFileName().toString()).isEqualTo("truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so.zip");
    }

    @Test
    void holdsDocumentsEvidenceAssessmentAndManifest() throws Exception {
        Map<String, byte[]> entries = read(zip);
        assertThat(entries.keySet()).containsExactly(
                "truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so.pdf",
                "truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so.xlsx",
                "assessment.json",
                "evidence/001-ke-hoach-antt-nam-2025.pdf",
                "evidence/002-bien-ban-hop.docx",
                "evidence/003-anh-ngay-hoi-19-8.png",
                "manifest.json");
        JsonNode manifest = AssessmentJson.mapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.get("format").asText()).isEqualTo("antq-package/1");
        assertThat(manifest.get("rubric").get("version").asText()).contains("510");
        assertThat(manifest.get("app").get("version").asText()).isNotBlank();
        assertThat(manifest.get("createdAt").asText()).isEqualTo("2025-11-10T09:00:00Z");
        assertThat(manifest.get("files")).hasSize(6);
        JsonNode ev = manifest.get("evidence").get(0);
        assertThat(ev.get("originalName").asText()).isEqualTo("Kế hoạch ANTT năm 2025.pdf");
        assertThat(ev.get("path").asText()).isEqualTo("evidence/001-ke-hoach-antt-nam-2025.pdf");
        assertThat(ev.get("supports").asText()).isEqualTo("Mục 1");
        // the evidence bytes are the store's bytes
        String sha = ev.get("sha256").asText();
        assertThat(vn.antq.archive.ManifestZip.hex(vn.antq.archive.ManifestZip.sha256().digest(entries.get("evidence/001-ke-hoach-antt-nam-2025.pdf"))))
                .isEqualTo(sha);
        // assessment.json reads back as the year's assessment
        Assessment a = AssessmentJson.read(new java.io.ByteArrayInputStream(entries.get("assessment.json")),
                new ScoringEngine(DossierFixture.RUBRIC));
        assertThat(a.unitName()).isEqualTo(DossierFixture.UNIT);
        assertThat(a.year()).isEqualTo(2025);
        assertThat(new ScoringEngine(DossierFixture.RUBRIC).score(a.items(), a.facts(), DossierFixture.PROFILE).total())
                .isEqualTo(request.score().total());
    }

    @Test
    void freshPackageVerifies() {
        VerifyReport report = Verifier.verify(zip);
        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.checked()).isEqualTo(6);
    }

    @Test
    void oneChangedByteIsFound(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.zip");
        rewrite(zip, bad, (name, bytes) -> {
            if (name.equals("evidence/002-bien-ban-hop.docx")) {
                bytes[100] ^= 1;
            }
            return bytes;
        });
        VerifyReport report = Verifier.verify(bad);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).containsExactly(
                new VerifyReport.Problem(VerifyReport.Kind.DIFFERS, "evidence/002-bien-ban-hop.docx"));
    }

    @Test
    void missingExtraAndUnsafeEntriesAreFound(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.zip");
        Map<String, byte[]> entries = read(zip);
        entries.remove("assessment.json");
        entries.put("evidence/004-them.pdf", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("../../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));
        write(bad, entries);
        VerifyReport report = Verifier.verify(bad);
        assertThat(report.problems()).contains(
                new VerifyReport.Problem(VerifyReport.Kind.MISSING, "assessment.json"),
                new VerifyReport.Problem(VerifyReport.Kind.EXTRA, "evidence/004-them.pdf"),
                new VerifyReport.Problem(VerifyReport.Kind.UNSAFE, "../../evil.sh"));
    }

    @Test
    void hugeEntryIsNotReadPastItsListedSize(@TempDir Path tmp) throws Exception {
        // A 200 MB run of zeros (compresses to ~200 KB) in place of a small listed file.
        Path bad = tmp.resolve("bomb.zip");
        Map<String, byte[]> entries = read(zip);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals("evidence/002-bien-ban-hop.docx")) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 200; i++) {
                        out.write(zeros);
                    }
                } else {
                    out.write(e.getValue());
                }
                out.closeEntry();
            }
        }
        long t0 = System.nanoTime();
        VerifyReport report = Verifier.verify(bad);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
        assertThat(report.problems()).containsExactly(
                new VerifyReport.Problem(VerifyReport.Kind.DIFFERS, "evidence/002-bien-ban-hop.docx"));
    }

    @Test
    void notAZipOrNoManifest(@TempDir Path tmp) throws Exception {
        Path junk = tmp.resolve("junk.zip");
        Files.writeString(junk, "not a zip");
        assertThat(Verifier.verify(junk).problems()).extracting(VerifyReport.Problem::kind)
                .containsExactly(VerifyReport.Kind.UNREADABLE);
        Path noManifest = tmp.resolve("nomanifest.zip");
        Map<String, byte[]> entries = read(zip);
        entries.remove("manifest.json");
        write(noManifest, entries);
        assertThat(Verifier.verify(noManifest).problems()).extracting(VerifyReport.Problem::kind)
                .containsExactly(VerifyReport.Kind.NO_MANIFEST);
    }

    @Test
    void safePaths() {
        assertThat(Verifier.safe("evidence/001-a.pdf")).isTrue();
        assertThat(Verifier.safe("evidence/")).isTrue();
        assertThat(Verifier.safe("../a")).isFalse();
        assertThat(Verifier.safe("a/../../b")).isFalse();
        assertThat(Verifier.safe("/etc/passwd")).isFalse();
        assertThat(Verifier.safe("C:/x")).isFalse();
        assertThat(Verifier.safe("a\\..\\b")).isFalse();
        assertThat(Verifier.safe("a//b")).isFalse();
    }

    // --- helpers ---------------------------------------------------------------------------------

    interface Change {
        byte[] apply(String name, byte[] bytes);
    }

    static Map<String, byte[]> read(Path zipFile) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    static void write(Path target, Map<String, byte[]> entries) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    static void rewrite(Path from, Path to, Change change) throws Exception {
        Map<String, byte[]> entries = read(from);
        Map<String, byte[]> changed = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            changed.put(e.getKey(), change.apply(e.getKey(), e.getValue()));
        }
        write(to, changed);
    }
}
