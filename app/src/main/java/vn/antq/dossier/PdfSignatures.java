package vn.antq.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.antq.signing.SignatureBox;
import vn.antq.signing.SigningKey;

/** The dossier's PDF signed in the Tờ trình's signature block, with the text shown there in the document's language. */
final class PdfSignatures {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private PdfSignatures() {
    }

    static void sign(java.nio.file.Path pdf, SigningKey signer, SignatureBox box, DossierRequest request) {
        Instant at = Instant.now();
        String when = WHEN.format(at.atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        String text = request.messages().get("signing.pdf.appearance", signer.info().holder(),
                signer.info().organisation(), when);
        vn.antq.signing.PdfSignatures.signInPlace(pdf, signer, box, new PdfFonts().regular(0), text,
                request.messages().get("signing.pdf.reason", request.snapshot().unit().name().strip(),
                        request.snapshot().year().year()), at);
    }
}
