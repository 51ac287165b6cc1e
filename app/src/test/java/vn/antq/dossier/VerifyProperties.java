package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.antq.archive.ManifestZip;
import vn.antq.interchange.AssessmentJson;

/**
 * {@code verify} on damaged packages: whatever the bytes, a report (never an exception), and a
 * report that says "intact" only when every listed file is there with its size and SHA-256.
 */
class VerifyProperties {
    private static final Path DIR;
    private static final byte[] GOOD;

    static {
        try {
            DIR = Files.createTempDirectory("antq-verify-props");
            GOOD = pack();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small package: two documents and an evidence file, listed in its manifest. */
    static byte[] pack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ManifestZip.Writer zip = new ManifestZip.Writer(out)) {
            zip.add("ho-so.pdf", new ByteArrayInputStream("%PDF-1.4 tờ trình".repeat(50).getBytes(StandardCharsets.UTF_8)),
                    null, true, null);
            zip.add("assessment.json", new ByteArrayInputStream("{\"format\":\"antq-assessment/1\"}".getBytes(
                    StandardCharsets.UTF_8)), null, true, null);
            zip.add("evidence/001-anh.png", new ByteArrayInputStream(new byte[3000]), null, false, null);
            ObjectNode m = AssessmentJson.mapper().createObjectNode();
            m.put("format", PackageWriter.FORMAT);
            ArrayNode files = m.putArray("files");
            for (ManifestZip.Entry e : zip.entries()) {
                files.addObject().put("path", e.name()).put("size", e.size()).put("sha256", e.sha256());
            }
            zip.finish(AssessmentJson.write(m).getBytes(StandardCharsets.UTF_8), null);
        }
        return out.toByteArray();
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var s = Files.walk(DIR)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> flips() {
        return Arbitraries.integers().between(0, GOOD.length - 1).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void aDamagedPackageGetsAReportNeverAnException(@ForAll("flips") List<Integer> positions,
            @ForAll byte value, @ForAll boolean truncate) throws IOException {
        byte[] bad = GOOD.clone();
        for (int p : positions) {
            bad[p] = (byte) (bad[p] ^ (value == 0 ? 1 : value));
        }
        if (truncate) {
            bad = java.util.Arrays.copyOf(bad, positions.get(0));
        }
        Path f = Files.write(DIR.resolve("p.zip"), bad);
        VerifyReport report = Verifier.verify(f);
        assertThat(report).isNotNull();
        if (report.ok()) {
            // nothing that matters was touched: every listed file still reads back with its hash
            assertThat(report.checked()).isEqualTo(3);
        } else {
            assertThat(report.problems()).allSatisfy(p -> assertThat(p.text(vn.antq.i18n.Messages.vietnamese()))
                    .doesNotContain("\n"));
        }
    }

    @Property(tries = 1)
    void theIntactPackageVerifies() throws IOException {
        assertThat(Verifier.verify(Files.write(DIR.resolve("ok.zip"), GOOD)).ok()).isTrue();
    }
}
