package vn.antq.dossier;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import vn.antq.domain.UnitType;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.Classification;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.i18n.Messages;
import vn.antq.signing.PdfSignatures;
import vn.antq.signing.SignatureCheck;

/**
 * What {@link PackageCheck} found in one package, with the one-line verdict shown to the user.
 *
 * @param file       the package's file name
 * @param kind       the verdict
 * @param findings   what is altered or inconsistent (empty when valid)
 * @param summary    what the manifest says (null when unreadable)
 * @param signature  the manifest's signature check (null when the package is unsigned)
 * @param pdf        the signatures found in the dossier PDF
 * @param assessment the assessment read from {@code assessment.json} (null when absent or invalid)
 * @param rescored   the re-scoring of that assessment (null when not possible)
 */
public record PackageVerdict(String file, Kind kind, List<Finding> findings, Summary summary,
        SignatureCheck signature, List<PdfSignatures.PdfSignatureCheck> pdf, Assessment assessment,
        ScoreResult rescored) {
    /** Vietnam's time zone: dates on a certificate and a signing time are shown in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public PackageVerdict {
        findings = List.copyOf(findings);
        pdf = pdf == null ? List.of() : List.copyOf(pdf);
    }

    /** The verdicts. */
    public enum Kind {
        /** Every file matches, the result matches a re-scoring, the manifest's signature is valid. */
        VALID_SIGNED,
        /** Every file matches and the result matches a re-scoring; nobody signed it. */
        VALID_UNSIGNED,
        /** Unsigned, the files match the manifest, but the manifest's result or unit is not what assessment.json gives. */
        INCONSISTENT_UNSIGNED,
        /** A file differs from the manifest, a signature is broken, or a signed package is inconsistent. */
        ALTERED,
        /** Not a package this app can read. */
        UNREADABLE;

        /** Whether the package can be trusted as it is (signed or not). */
        public boolean valid() {
            return this == VALID_SIGNED || this == VALID_UNSIGNED;
        }
    }

    /** One thing found: a message key and its arguments. */
    public record Finding(String key, Object... args) {
        public String text(Messages m) {
            return m.get(key, args);
        }
    }

    /**
     * What the manifest says about the unit and its result (and, for packages of this version, the
     * dossier's summary figures; -1 when absent).
     */
    public record Summary(String unitName, String unitCode, UnitType unitType, int year, int total, int max,
            Classification classification, boolean antt, String rubricId, String rubricVersion, String profileId,
            String createdAt, int volume, int volumes, int criteriaMet, int criteriaTotal, int staff,
            int staffPledged, int departments, int departmentsRegistered, List<String> findings, String pdfPath) {
        public Summary {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    static PackageVerdict unreadable(String file, Finding why) {
        return new PackageVerdict(file, Kind.UNREADABLE, List.of(why), null, null, List.of(), null, null);
    }

    public boolean signed() {
        return signature != null;
    }

    /** The signer in words: "holder (organisation), chứng thư hiệu lực from–to, còn/không còn hiệu lực lúc ký". */
    public String signerText(Messages m) {
        if (signature == null || signature.signer() == null) {
            return "";
        }
        var s = signature.signer();
        String text = m.get(signature.certificateValidAtSigning() ? "verify.signer.valid"
                : "verify.signer.notValidAtSigning", s.holderText(), date(s.validFrom(ZONE)), date(s.validTo(ZONE)),
                signature.signingTime() == null ? "" : date(LocalDate.ofInstant(signature.signingTime(), ZONE)));
        // Domain spec §9: the holder should be the unit (its name as the certificate's organisation); offline,
        // the chain to a CA root is not checked, and the line says so rather than guessing.
        if (summary != null && !s.organisation().isEmpty()
                && !vn.antq.domain.VietnameseText.key(s.organisation())
                        .equals(vn.antq.domain.VietnameseText.key(summary.unitName()))) {
            text += m.get("verify.signer.otherOrganisation");
        }
        return text + m.get("verify.signer.chainNotChecked");
    }

    /** The one verdict line of the package. */
    public String line(Messages m) {
        String what = findings.stream().map(f -> f.text(m)).collect(Collectors.joining("; "));
        return switch (kind) {
            case VALID_SIGNED -> m.get("verify.line.validSigned", file, result(m), signerText(m));
            case VALID_UNSIGNED -> m.get("verify.line.validUnsigned", file, result(m));
            case INCONSISTENT_UNSIGNED -> m.get("verify.line.inconsistent", file, what);
            case ALTERED -> m.get("verify.line.altered", file, what);
            case UNREADABLE -> m.get("verify.line.unreadable", file, what);
        };
    }

    private String result(Messages m) {
        return m.get("verify.result", summary.unitName(), String.valueOf(summary.year()), summary.total(), summary.max(),
                summary.classification() == null ? "?" : m.get("receiver.level." + summary.classification().name()),
                m.get(summary.antt() ? "verify.antt.yes" : "verify.antt.no"));
    }

    static String date(LocalDate d) {
        return d == null ? "" : String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
