package vn.antq.dossier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import vn.antq.about.AppInfo;
import vn.antq.archive.ManifestZip;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;
import vn.antq.interchange.AssessmentJson;

/**
 * Writes one package volume (.zip): the documents and {@code assessment.json} (main volume only),
 * the evidence assigned to the volume under {@code evidence/}, and {@code manifest.json} last,
 * listing every other entry with its size and SHA-256 (and, in the main volume, the whole
 * evidence index with the original names).
 */
final class PackageWriter {
    static final String FORMAT = "antq-package/1";
    static final String MANIFEST = ManifestZip.MANIFEST;
    static final String ASSESSMENT = "assessment.json";
    /** The detached CMS signature of {@code manifest.json}, present when the package was signed. */
    public static final String MANIFEST_SIGNATURE = "manifest.json.p7s";
    private static final int BUFFER = 64 * 1024;

    /** A file written into the package: its path inside, size and hash. */
    record Written(String path, long size, String sha256) {
    }

    private final DossierModel m;
    private final EvidenceSource source;
    private final Progress progress;
    private final vn.antq.signing.SigningKey signer;

    PackageWriter(DossierModel model, EvidenceSource source, Progress progress) {
        this(model, source, progress, null);
    }

    /** With {@code signer} (may be null): {@code manifest.json} is signed into {@link #MANIFEST_SIGNATURE}. */
    PackageWriter(DossierModel model, EvidenceSource source, Progress progress, vn.antq.signing.SigningKey signer) {
        this.m = model;
        this.source = source;
        this.progress = progress;
        this.signer = signer;
    }

    /**
     * Writes volume {@code volume} of {@code volumes} to {@code target}.
     *
     * @param documents the PDF and workbook files to include (main volume), by their name in the package
     */
    void write(Path target, int volume, int volumes, List<Path> documents, List<String> documentNames)
            throws IOException {
        List<Written> written = new ArrayList<>();
        FileTime time = FileTime.from(m.request.createdAt());
        try (ManifestZip.Writer zip = new ManifestZip.Writer(new BufferedOutputStream(Files.newOutputStream(target),
                BUFFER))) {
            if (volume == 1) {
                for (int i = 0; i < documents.size(); i++) {
                    try (InputStream in = Files.newInputStream(documents.get(i))) {
                        written.add(copy(zip, documentNames.get(i), in, time, null, null));
                    }
                }
                ObjectNode assessmentJson = AssessmentJson.toJson(m.request.assessment().toAssessment(),
                        m.request.rubric());
                if (!m.unit.codeOrEmpty().isEmpty()) {
                    ((ObjectNode) assessmentJson.get("unit")).put("code", m.unit.codeOrEmpty());
                }
                byte[] json = AssessmentJson.write(assessmentJson).getBytes(StandardCharsets.UTF_8);
                written.add(copy(zip, ASSESSMENT, new java.io.ByteArrayInputStream(json), time, null, null));
            }
            int count = (int) m.plan.evidence().stream().filter(e -> e.included() && e.volume() == volume).count();
            int done = 0;
            for (PackedEvidence e : m.plan.evidence()) {
                if (!e.included() || e.volume() != volume) {
                    continue;
                }
                progress.checkCancelled();
                progress.update(done++, count + 1L, "");
                try (InputStream in = source.open(e.file().sha256())) {
                    written.add(copy(zip, e.path(), in, time, e.file().sha256(), e.file().originalName()));
                } catch (NoSuchFileException ex) {
                    throw new DomainException("dossier.error.evidenceMissing", e.file().originalName());
                }
            }
            byte[] manifest = AssessmentJson.write(manifest(volume, volumes, written)).getBytes(StandardCharsets.UTF_8);
            if (signer != null) {
                // The manifest lists every other file with its SHA-256, so signing it signs the package.
                zip.add(MANIFEST_SIGNATURE, new java.io.ByteArrayInputStream(
                        vn.antq.signing.Cms.signDetached(signer, manifest)), time, true, null);
            }
            zip.finish(manifest, time);
        }
    }

    private Written copy(ManifestZip.Writer zip, String path, InputStream in, FileTime time, String expectedSha,
            String originalName) throws IOException {
        // Scans, photos, PDFs and office files are compressed already: deflating them again costs
        // CPU for nothing, so they are stored and the package is bound by disk and SHA-256.
        ManifestZip.Entry e = zip.add(path, in, time, !alreadyCompressed(path), progress::checkCancelled);
        if (expectedSha != null && !expectedSha.equalsIgnoreCase(e.sha256())) {
            throw new DomainException("dossier.error.evidenceChanged", originalName);
        }
        return new Written(path, e.size(), e.sha256());
    }

    private static final java.util.Set<String> COMPRESSED = java.util.Set.of("jpg", "jpeg", "png", "gif", "webp",
            "heic", "pdf", "zip", "7z", "rar", "gz", "docx", "xlsx", "pptx", "odt", "ods", "mp3", "m4a", "mp4", "mov");

    static boolean alreadyCompressed(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && COMPRESSED.contains(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private ObjectNode manifest(int volume, int volumes, List<Written> files) {
        ObjectNode root = AssessmentJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        ObjectNode app = root.putObject("app");
        app.put("name", "ANTQ Desk");
        app.put("version", AppInfo.version());
        ObjectNode rubric = root.putObject("rubric");
        rubric.put("id", m.request.rubric().id());
        rubric.put("version", m.request.rubric().version());
        ObjectNode profile = root.putObject("profile");
        profile.put("id", m.request.profile().id());
        profile.put("name", m.request.profile().name().vi());
        ObjectNode unit = root.putObject("unit");
        unit.put("name", m.unit.name());
        unit.put("type", m.unit.type().name());
        if (!m.unit.codeOrEmpty().isEmpty()) {
            unit.put("code", m.unit.codeOrEmpty());
        }
        unit.put("year", m.year);
        root.put("createdAt", m.request.createdAt().toString());
        root.put("volume", volume);
        root.put("volumes", volumes);
        ObjectNode result = root.putObject("result");
        result.put("total", m.request.score().total());
        result.put("max", m.request.score().max());
        result.put("classification", m.request.score().classification().name());
        result.put("anttAchieved", m.anttAchieved);
        // The dossier's figures a receiving commune police lists per unit (signed with the manifest).
        ObjectNode summary = root.putObject("summary");
        summary.put("criteriaMet", m.criteriaMet);
        summary.put("criteriaTotal", m.criteriaTotal);
        summary.put("staff", m.snapshot.staff().size());
        summary.put("staffPledged", m.staffSigned);
        summary.put("departments", m.snapshot.departments().size());
        summary.put("departmentsRegistered", m.departmentsRegistered);
        // the review's findings on the year (issue 13 fills them), in the dossier's language
        ArrayNode findings = summary.putArray("findings");
        for (vn.antq.domain.scoring.Finding f : m.request.assessment().findings()) {
            findings.add(f.line(m.request.messages()));
        }
        ArrayNode list = root.putArray("files");
        for (Written w : files) {
            ObjectNode f = list.addObject();
            f.put("path", w.path());
            f.put("size", w.size());
            f.put("sha256", w.sha256());
        }
        ArrayNode evidence = root.putArray("evidence");
        for (PackedEvidence e : m.plan.evidence()) {
            if (volume != 1 && e.volume() != volume) {
                continue;
            }
            ObjectNode o = evidence.addObject();
            o.put("index", e.index());
            if (e.included()) {
                o.put("path", e.path());
            } else {
                o.putNull("path");
            }
            o.put("originalName", e.file().originalName());
            o.put("size", e.file().size());
            o.put("sha256", e.file().sha256());
            o.put("mediaType", e.file().mediaType());
            o.put("supports", m.supports(e));
            o.put("state", e.state().name());
            o.put("volume", e.volume());
        }
        return root;
    }

    static OutputStream buffered(Path p) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(p), BUFFER);
    }
}
