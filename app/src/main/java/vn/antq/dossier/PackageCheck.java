package vn.antq.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.scoring.Classification;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.interchange.AssessmentJson;
import vn.antq.signing.Cms;
import vn.antq.signing.PdfSignatures;
import vn.antq.signing.SignatureCheck;

/**
 * Checks what a package means, not only its bytes: every file against {@code manifest.json}
 * ({@link Verifier}), the detached signature of the manifest when present (and who signed it),
 * {@code assessment.json} re-scored with the rubric the manifest names and compared with the
 * manifest's result and unit, and the signature of the dossier PDF when present.
 */
public final class PackageCheck {
    /** The largest JSON or PDF read into memory from a package. */
    static final int MAX_READ = 64 * 1024 * 1024;

    private final List<Rubric> rubrics;
    private final ClassificationProfile defaultProfile;

    /**
     * @param rubrics        the rubrics this app knows (a package is re-scored with the one its manifest names)
     * @param defaultProfile the classification profile packages are classified with when they name it
     */
    public PackageCheck(List<Rubric> rubrics, ClassificationProfile defaultProfile) {
        this.rubrics = List.copyOf(rubrics);
        this.defaultProfile = defaultProfile;
    }

    public PackageVerdict check(Path zipFile) {
        String name = zipFile.getFileName() == null ? zipFile.toString() : zipFile.getFileName().toString();
        VerifyReport bytes = Verifier.verify(zipFile);
        List<PackageVerdict.Finding> altered = new ArrayList<>();
        for (VerifyReport.Problem p : bytes.problems()) {
            switch (p.kind()) {
                case UNREADABLE, NO_MANIFEST, BAD_MANIFEST -> {
                    return PackageVerdict.unreadable(name, new PackageVerdict.Finding("dossier.verify." + p.kind(),
                            p.path()));
                }
                default -> altered.add(new PackageVerdict.Finding("dossier.verify." + p.kind(), p.path()));
            }
        }
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            byte[] manifestBytes = read(zip, PackageWriter.MANIFEST);
            JsonNode manifest = AssessmentJson.mapper().readTree(manifestBytes);
            PackageVerdict.Summary summary = summary(manifest);
            byte[] sig = read(zip, PackageWriter.MANIFEST_SIGNATURE);
            SignatureCheck signature = null;
            if (sig != null) {
                signature = Cms.verifyDetached(sig, manifestBytes);
                if (!signature.valid()) {
                    altered.add(new PackageVerdict.Finding("verify.altered.signature"));
                }
            }
            List<PdfSignatures.PdfSignatureCheck> pdfChecks = new ArrayList<>();
            for (JsonNode f : manifest.path("files")) {
                String path = f.path("path").asText("");
                if (!path.contains("/") && path.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                    byte[] pdf = read(zip, path);
                    if (pdf != null) {
                        for (PdfSignatures.PdfSignatureCheck c : PdfSignatures.verify(pdf)) {
                            pdfChecks.add(c);
                            if (!c.valid()) {
                                altered.add(new PackageVerdict.Finding("verify.altered.pdfSignature", path));
                            }
                        }
                    }
                }
            }
            Assessment assessment = null;
            ScoreResult rescored = null;
            boolean inconsistent = false;
            if (manifest.path("volume").asInt(1) == 1) {
                byte[] json = read(zip, PackageWriter.ASSESSMENT);
                Rubric rubric = rubric(summary.rubricId(), summary.rubricVersion());
                if (json == null) {
                    altered.add(new PackageVerdict.Finding("verify.altered.noAssessment"));
                } else if (rubric == null) {
                    altered.add(new PackageVerdict.Finding("verify.unknownRubric", summary.rubricVersion()));
                } else {
                    try {
                        assessment = AssessmentJson.read(new ByteArrayInputStream(json), rubric);
                    } catch (DomainException e) {
                        altered.add(new PackageVerdict.Finding("verify.altered.assessmentInvalid", e.getMessage()));
                    }
                    if (assessment != null) {
                        ClassificationProfile profile = defaultProfile.id().equals(summary.profileId()) ? defaultProfile
                                : null;
                        Assessment.Rescored again = assessment.rescore(rubric,
                                profile == null ? defaultProfile : profile);
                        rescored = again.score();
                        boolean antt = again.anttAchieved();
                        if (rescored.total() != summary.total() || (profile != null
                                && rescored.classification() != summary.classification()) || antt != summary.antt()) {
                            inconsistent = true;
                            altered.add(new PackageVerdict.Finding("verify.altered.result", summary.total(),
                                    summary.max(), String.valueOf(summary.classification()), rescored.total(),
                                    rescored.max(), rescored.classification().name()));
                        }
                        if (!VnText.sameName(assessment.unitName(), summary.unitName())
                                || assessment.unitType() != summary.unitType() || assessment.year() != summary.year()) {
                            inconsistent = true;
                            altered.add(new PackageVerdict.Finding("verify.altered.unit", summary.unitName(),
                                    assessment.unitName()));
                        }
                    }
                }
            }
            PackageVerdict.Kind kind;
            if (!altered.isEmpty()) {
                kind = signature == null && inconsistent && bytes.ok() && pdfChecks.stream().allMatch(
                        PdfSignatures.PdfSignatureCheck::valid) ? PackageVerdict.Kind.INCONSISTENT_UNSIGNED
                        : PackageVerdict.Kind.ALTERED;
            } else {
                kind = signature != null ? PackageVerdict.Kind.VALID_SIGNED : PackageVerdict.Kind.VALID_UNSIGNED;
            }
            return new PackageVerdict(name, kind, altered, summary, signature, pdfChecks, assessment, rescored);
        } catch (IOException | RuntimeException e) {
            return PackageVerdict.unreadable(name, new PackageVerdict.Finding("dossier.verify.UNREADABLE", name));
        }
    }

    private Rubric rubric(String id, String version) {
        return rubrics.stream().filter(r -> r.id().equals(id) && r.version().equals(version)).findFirst().orElse(null);
    }

    static PackageVerdict.Summary summary(JsonNode m) {
        JsonNode unit = m.path("unit");
        JsonNode result = m.path("result");
        JsonNode s = m.path("summary");
        Classification c;
        try {
            c = Classification.valueOf(result.path("classification").asText(""));
        } catch (IllegalArgumentException e) {
            c = null;
        }
        return new PackageVerdict.Summary(unit.path("name").asText(""), text(unit, "code"),
                UnitType.parse(unit.path("type").asText("")), unit.path("year").asInt(0),
                result.path("total").asInt(-1), result.path("max").asInt(100), c,
                result.path("anttAchieved").asBoolean(false), m.path("rubric").path("id").asText(""),
                m.path("rubric").path("version").asText(""), m.path("profile").path("id").asText(""),
                m.path("createdAt").asText(""), m.path("volume").asInt(1), m.path("volumes").asInt(1),
                s.path("criteriaMet").asInt(-1), s.path("criteriaTotal").asInt(-1), s.path("staff").asInt(-1),
                s.path("staffPledged").asInt(-1), s.path("departments").asInt(-1),
                s.path("departmentsRegistered").asInt(-1), texts(s.path("findings")), firstPdf(m));
    }

    private static String firstPdf(JsonNode m) {
        for (JsonNode f : m.path("files")) {
            String p = f.path("path").asText("");
            if (!p.contains("/") && p.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                return p;
            }
        }
        return "";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText("");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.isTextual() ? n.asText() : n.toString());
        }
        return out;
    }

    private static byte[] read(ZipFile zip, String path) throws IOException {
        ZipEntry e = zip.getEntry(path);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] b = in.readNBytes(MAX_READ + 1);
            if (b.length > MAX_READ) {
                throw new IOException("too large: " + path);
            }
            return b;
        }
    }

    /** Names compared as the app compares them everywhere (NFC, spacing, case). */
    static final class VnText {
        private VnText() {
        }

        static boolean sameName(String a, String b) {
            return vn.antq.domain.VietnameseText.key(a).equals(vn.antq.domain.VietnameseText.key(b));
        }
    }
}
