package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;
import vn.antq.signing.Cms;
import vn.antq.signing.PdfSignatures;
import vn.antq.signing.SignatureCheck;
import vn.antq.signing.SigningKey;
import vn.antq.signing.TestCertificates;

/** A dossier exported with a signing key: the PDF signed in the Tờ trình, the manifest signed in the package. */
class SignedExportTest {
    @TempDir
    static Path dir;
    static DossierResult result;

    @BeforeAll
    static void export() throws Exception {
        SigningKey key = TestCertificates.key(TestCertificates.validPkcs12(dir, "Nguyễn Thị Hằng",
                "Trường THPT Nguyễn Trãi"));
        DossierRequest request = new DossierFixture().request(dir.resolve("out"));
        result = new DossierExporter(key).export(request, Progress.NONE);
    }

    @Test
    void thePdfCarriesOneValidVisibleSignatureInTheToTrinh() throws Exception {
        Path pdf = result.files().get(1);
        assertThat(pdf.getFileName().toString()).endsWith(".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        List<PdfSignatures.PdfSignatureCheck> sigs = PdfSignatures.verify(bytes);
        assertThat(sigs).hasSize(1);
        assertThat(sigs.get(0).valid()).isTrue();
        assertThat(sigs.get(0).check().signer().holder()).isEqualTo("Nguyễn Thị Hằng");
        PdfReader reader = new PdfReader(bytes);
        try {
            var widget = reader.getAcroFields().getFieldPositions(sigs.get(0).field());
            assertThat(widget).hasSizeGreaterThanOrEqualTo(5);
            int page = (int) widget[0];
            // the page of the Tờ trình's signature block: it carries the Tờ trình's closing
            String text = new PdfTextExtractor(reader).getTextFromPage(page);
            assertThat(text).contains(request().messages().get("dossier.recipients.archive").strip());
            assertThat(widget[4] - widget[2]).as("a visible box").isGreaterThan(50f);
        } finally {
            reader.close();
        }
        // one changed byte inside the signed range breaks it
        bytes[bytes.length / 3] ^= 0x20;
        List<PdfSignatures.PdfSignatureCheck> after = PdfSignatures.verify(bytes);
        assertThat(after).allMatch(c -> !c.valid());
    }

    @Test
    void thePackageHoldsTheManifestsSignatureAndStillVerifies() throws Exception {
        Path zip = result.files().get(2);
        Map<String, byte[]> entries = PackageTest.read(zip);
        assertThat(entries).containsKey(PackageWriter.MANIFEST_SIGNATURE);
        SignatureCheck c = Cms.verifyDetached(entries.get(PackageWriter.MANIFEST_SIGNATURE), entries.get("manifest.json"));
        assertThat(c.valid()).isTrue();
        assertThat(c.signer().organisation()).isEqualTo("Trường THPT Nguyễn Trãi");
        assertThat(Verifier.verify(zip).problems()).isEmpty();
        // the signed PDF inside the package is the one written beside it
        assertThat(entries.get(result.files().get(1).getFileName().toString()))
                .isEqualTo(Files.readAllBytes(result.files().get(1)));
    }

    private static DossierRequest request() {
        return new DossierFixture().request(dir);
    }
}
