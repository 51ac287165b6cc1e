package vn.antq.signing;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Signs a PDF with a visible signature ({@code adbe.pkcs7.detached}: a detached CMS over the
 * signed byte ranges, made by {@link Cms}) and reads back the signatures of a PDF.
 *
 * <p>Signing goes in two passes of OpenPDF's stamper: {@code preClose} writes the document with
 * room reserved for {@code /Contents}, the bytes outside that room are signed, and {@code close}
 * fills the room with the CMS signature.
 */
public final class PdfSignatures {
    /** Room for the CMS signature: a 4096-bit key with a chain of three certificates fits well within. */
    static final int RESERVED = 24 * 1024;
    static final String FIELD = "ChuKySo";

    private PdfSignatures() {
    }

    /** One signature found in a PDF: its check and whether it covers the whole file (nothing added after signing). */
    public record PdfSignatureCheck(String field, SignatureCheck check, boolean coversWholeDocument) {
        public boolean valid() {
            return check.valid() && coversWholeDocument;
        }
    }

    /**
     * Signs {@code pdf} into {@code out}.
     *
     * @param box    where the visible signature goes (null: invisible)
     * @param font   the font of the visible text (one with Vietnamese glyphs)
     * @param text   the text shown in the box
     * @param reason the reason written into the signature
     */
    public static void sign(Path pdf, OutputStream out, SigningKey key, SignatureBox box, Font font, String text,
            String reason, Instant at) {
        try {
            PdfReader reader = new PdfReader(pdf.toString());
            try {
                PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0');
                PdfSignatureAppearance sap = stamper.getSignatureAppearance();
                Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
                when.setTimeInMillis(at.toEpochMilli());
                sap.setSignDate(when);
                sap.setReason(reason);
                sap.setCrypto(null, key.chain().toArray(new java.security.cert.Certificate[0]), null, null);
                if (box != null) {
                    int page = Math.min(Math.max(1, box.page()), reader.getNumberOfPages());
                    sap.setVisibleSignature(new Rectangle(box.left(), box.bottom(), box.right(), box.top()), page,
                            FIELD);
                    sap.setLayer2Text(text);
                    if (font != null) {
                        sap.setLayer2Font(font);
                    }
                    sap.setRender(PdfSignatureAppearance.SignatureRenderDescription);
                    sap.setAcro6Layers(true);
                } else {
                    sap.setFieldNameForInvisibleSignatures(FIELD);
                }
                PdfSignature dic = new PdfSignature(PdfName.ADOBE_PPKLITE, PdfName.ADBE_PKCS7_DETACHED);
                dic.setReason(reason);
                dic.setName(key.info().holder());
                dic.setDate(new PdfDate(when));
                sap.setCryptoDictionary(dic);
                Map<PdfName, Integer> room = new HashMap<>();
                room.put(PdfName.CONTENTS, RESERVED * 2 + 2);
                sap.preClose(room);
                byte[] signed;
                try (InputStream range = sap.getRangeStream()) {
                    signed = range.readAllBytes();
                }
                byte[] cms = Cms.signDetached(key, signed);
                if (cms.length > RESERVED) {
                    throw new SigningException("signing.error.sign", key.info().holderText(), "signature too large");
                }
                byte[] padded = new byte[RESERVED];
                System.arraycopy(cms, 0, padded, 0, cms.length);
                PdfDictionary contents = new PdfDictionary();
                contents.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
                sap.close(contents);
            } finally {
                reader.close();
            }
        } catch (IOException | DocumentException e) {
            throw new SigningException("signing.error.pdf", String.valueOf(e.getMessage()));
        }
    }

    /** Signs {@code pdf} in place (through a temporary file beside it). */
    public static void signInPlace(Path pdf, SigningKey key, SignatureBox box, Font font, String text, String reason,
            Instant at) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(pdf.toAbsolutePath().getParent(), ".sign-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                sign(pdf, out, key, box, font, text, reason, at);
            }
            Files.move(tmp, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new SigningException("signing.error.pdf", String.valueOf(e.getMessage()));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /**
     * The signatures of a PDF, each checked against the bytes it covers. Empty for an unsigned PDF;
     * a PDF that cannot be read gives one unreadable check.
     */
    public static List<PdfSignatureCheck> verify(byte[] pdf) {
        List<PdfSignatureCheck> out = new ArrayList<>();
        if (!mentions(pdf, BYTE_RANGE)) {
            // A signature's /ByteRange is written in the open (it cannot sit in a compressed object
            // stream and still describe the file): without it there is nothing to check, and the whole
            // PDF need not be parsed (most received packages are unsigned).
            return out;
        }
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                AcroFields fields = reader.getAcroFields();
                for (String name : fields.getSignedFieldNames()) {
                    PdfDictionary sig = fields.getSignatureDictionary(name);
                    PdfArray range = sig == null ? null : sig.getAsArray(PdfName.BYTERANGE);
                    PdfString contents = sig == null ? null : sig.getAsString(PdfName.CONTENTS);
                    if (range == null || contents == null || range.size() % 2 != 0) {
                        out.add(new PdfSignatureCheck(name, SignatureCheck.unreadable(), false));
                        continue;
                    }
                    ByteArrayOutputStream covered = new ByteArrayOutputStream();
                    boolean inside = true;
                    for (int i = 0; i < range.size(); i += 2) {
                        long start = range.getAsNumber(i).intValue();
                        long len = range.getAsNumber(i + 1).intValue();
                        if (start < 0 || len < 0 || start + len > pdf.length) {
                            inside = false;
                            break;
                        }
                        covered.write(pdf, (int) start, (int) len);
                    }
                    SignatureCheck check = inside
                            ? Cms.verifyDetached(trim(contents.getOriginalBytes()), covered.toByteArray())
                            : SignatureCheck.unreadable();
                    out.add(new PdfSignatureCheck(name, check, inside && fields.signatureCoversWholeDocument(name)));
                }
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            out.add(new PdfSignatureCheck("", SignatureCheck.unreadable(), false));
        }
        return out;
    }

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static boolean mentions(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The DER signature without the zero padding of the reserved room. */
    static byte[] trim(byte[] padded) {
        try {
            try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(padded)) {
                return in.readObject().getEncoded("DER");
            }
        } catch (IOException | RuntimeException e) {
            return padded;
        }
    }
}
