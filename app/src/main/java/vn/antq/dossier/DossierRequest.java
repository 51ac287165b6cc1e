package vn.antq.dossier;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.RecognitionRules;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.i18n.Messages;

/**
 * What to export and how. Build with {@link #of} and adjust with the {@code with…} methods.
 *
 * @param assessment        the year's assessment (records, checklist verdict, facts, score, profile)
 * @param recognition       who recognises the unit and the document deadlines (the store's rules)
 * @param checklist         the Circular 124 criteria of the unit's type
 * @param evidence          where evidence bytes come from, by SHA-256
 * @param outputDir         the folder the files go to
 * @param formats           which outputs (all three by default)
 * @param maxPackageBytes   the size limit of one package file (default 20 MB)
 * @param policy            what to do with evidence over the limit
 * @param appendImages      append PNG/JPEG evidence to the PDF as pages
 * @param documentDate      the date printed on the documents (today by default)
 * @param createdAt         the time written into the manifest
 * @param messages          the language of the printed text (Vietnamese by default)
 */
public record DossierRequest(
        YearAssessment assessment,
        RecognitionRules recognition,
        ChecklistSheet checklist,
        EvidenceSource evidence,
        Path outputDir,
        Set<DossierFormat> formats,
        long maxPackageBytes,
        LargeEvidencePolicy policy,
        boolean appendImages,
        LocalDate documentDate,
        Instant createdAt,
        Messages messages) {

    /** 20 MB: what most e-mail services accept. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public DossierRequest {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(outputDir, "outputDir");
        checklist = checklist == null ? ChecklistSheet.empty() : checklist;
        evidence = evidence == null ? EvidenceSource.NONE : evidence;
        formats = formats == null || formats.isEmpty() ? EnumSet.allOf(DossierFormat.class) : Set.copyOf(formats);
        if (maxPackageBytes <= 0) {
            maxPackageBytes = DEFAULT_MAX_BYTES;
        }
        policy = policy == null ? LargeEvidencePolicy.INCLUDE_ALL : policy;
        documentDate = documentDate == null ? LocalDate.now() : documentDate;
        createdAt = createdAt == null ? Instant.now() : createdAt;
        messages = messages == null ? Messages.vietnamese() : messages;
    }

    /** A request with the defaults: all formats, 20 MB, include all evidence, no image pages, today. */
    public static DossierRequest of(YearAssessment assessment, RecognitionRules recognition, ChecklistSheet checklist,
            EvidenceSource evidence, Path outputDir) {
        return new DossierRequest(assessment, recognition, checklist, evidence, outputDir, null, 0, null, false, null,
                null, null);
    }

    /** Everything recorded for the year. */
    public YearSnapshot snapshot() {
        return assessment.snapshot();
    }

    /** The year's score. */
    public ScoreResult score() {
        return assessment.score();
    }

    /** The rubric scored against. */
    public Rubric rubric() {
        return assessment.rubric();
    }

    /** The classification profile applied. */
    public ClassificationProfile profile() {
        return assessment.profile();
    }

    public DossierRequest withFormats(Set<DossierFormat> f) {
        return new DossierRequest(assessment, recognition, checklist, evidence, outputDir, f,
                maxPackageBytes, policy, appendImages, documentDate, createdAt, messages);
    }

    public DossierRequest withMaxPackageBytes(long max) {
        return new DossierRequest(assessment, recognition, checklist, evidence, outputDir, formats, max,
                policy, appendImages, documentDate, createdAt, messages);
    }

    public DossierRequest withPolicy(LargeEvidencePolicy p) {
        return new DossierRequest(assessment, recognition, checklist, evidence, outputDir, formats,
                maxPackageBytes, p, appendImages, documentDate, createdAt, messages);
    }

    public DossierRequest withAppendImages(boolean append) {
        return new DossierRequest(assessment, recognition, checklist, evidence, outputDir, formats,
                maxPackageBytes, policy, append, documentDate, createdAt, messages);
    }

    public DossierRequest withDocumentDate(LocalDate date) {
        return new DossierRequest(assessment, recognition, checklist, evidence, outputDir, formats,
                maxPackageBytes, policy, appendImages, date, createdAt, messages);
    }

    public DossierRequest withCreatedAt(Instant at) {
        return new DossierRequest(assessment, recognition, checklist, evidence, outputDir, formats,
                maxPackageBytes, policy, appendImages, documentDate, at, messages);
    }

    public DossierRequest withOutputDir(Path dir) {
        return new DossierRequest(assessment, recognition, checklist, evidence, dir, formats,
                maxPackageBytes, policy, appendImages, documentDate, createdAt, messages);
    }

    public DossierRequest withMessages(Messages m) {
        return new DossierRequest(assessment, recognition, checklist, evidence, outputDir, formats,
                maxPackageBytes, policy, appendImages, documentDate, createdAt, m);
    }

    /** The output base name {@code <unit>-<year>-ho-so}. */
    public String baseName() {
        return FileNames.base(snapshot().unit().name(), snapshot().year().year());
    }

    public String fileName(DossierFormat format) {
        return FileNames.output(snapshot().unit().name(), snapshot().year().year(), format);
    }

    /**
     * Whether the dossier asks for recognition as meeting the ANTT standard: item 8c is met (the
     * checklist passes or the recognition decision is recorded). A unit that fails asks for none.
     */
    public boolean asksRecognition() {
        return assessment.anttAchieved();
    }

    /** Warnings about the document date (after 20/11 when asking for recognition, after 30/11). */
    public java.util.List<vn.antq.domain.scoring.Reason> dateWarnings() {
        return vn.antq.domain.scoring.DocumentDates.warnings(documentDate, assessment.snapshot().year().year(),
                asksRecognition(), recognition);
    }
}
