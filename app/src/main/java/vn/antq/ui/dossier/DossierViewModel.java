package vn.antq.ui.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.YearCounts;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.dossier.ChecklistSheet;
import vn.antq.dossier.DossierExporter;
import vn.antq.dossier.DossierFormat;
import vn.antq.dossier.DossierPlan;
import vn.antq.dossier.DossierRequest;
import vn.antq.dossier.StoreDossier;
import vn.antq.dossier.DossierResult;
import vn.antq.dossier.LargeEvidencePolicy;
import vn.antq.dossier.PrintCheck;
import vn.antq.storage.Store;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.UiContext;

/**
 * Hồ sơ: what will be exported (total, level) and what is still missing (unsigned pledges, items
 * without evidence…), the size of the package against the limit with the leave-out/split choice,
 * one action per output, and the folder to open when done.
 */
public final class DossierViewModel {
    public static final String SETTING_MAX_MB = "dossier.maxMb";
    public static final String SETTING_OUT_DIR = "dossier.outDir";

    private final UiContext ctx;
    private final SignViewModel sign;
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper level = new ReadOnlyStringWrapper("");
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    /** The review's findings on the year, one line each ("5c: …"); shown before export, never blocking. */
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private boolean findingsAcknowledged;
    /** Names the PDF cannot print whole on this machine (issue 15), one line each naming the person. */
    private final ObservableList<String> unprintable = FXCollections.observableArrayList();
    private boolean unprintableAcknowledged;
    /** The date the documents carry: kept with the year, today until one is chosen. */
    private final ObjectProperty<java.time.LocalDate> documentDate = new SimpleObjectProperty<>();
    /** Warnings about that date (after 20/11 when asking for recognition, after 30/11); export still allowed. */
    private final ReadOnlyStringWrapper dateWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overLimit = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<LargeEvidencePolicy> policy = new SimpleObjectProperty<>(LargeEvidencePolicy.INCLUDE_ALL);
    private final StringProperty maxMb = new SimpleStringProperty("20");
    private final ObjectProperty<Path> outputDir = new SimpleObjectProperty<>();
    private final BooleanProperty appendImages = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<DossierResult> result = new ReadOnlyObjectWrapper<>();
    /** The registration pack as last exported (null before). */
    private final ReadOnlyObjectWrapper<vn.antq.dossier.RegistrationResult> registration = new ReadOnlyObjectWrapper<>();
    /** Something was exported to the folder: it can be opened. */
    private final ReadOnlyBooleanWrapper exported = new ReadOnlyBooleanWrapper(false);
    /** The document date was recorded with the year or chosen on the screen (not only today's default). */
    private boolean dateChosen;
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private Loaded loaded;

    public DossierViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.sign = new SignViewModel(ctx, new vn.antq.signing.KeySources());
        policy.addListener((o, a, b) -> replan());
        documentDate.addListener((o, a, b) -> warnAboutDate());
        documentDate.addListener((o, a, b) -> dateChosen = true);
        maxMb.addListener((o, a, b) -> replan());
    }

    /** What the screen shows and the export needs, read in one go. */
    public record Loaded(YearAssessment assessment, ChecklistSheet sheet, String maxMb, String outDir,
            java.time.LocalDate documentDate, List<PrintCheck.Finding> unprintable) {
        public YearSnapshot snapshot() {
            return assessment.snapshot();
        }

        public ScoreResult score() {
            return assessment.score();
        }

        public ClassificationProfile profile() {
            return assessment.profile();
        }
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        ctx.runner().run(p -> {
            Store s = ctx.store();
            YearAssessment a = s.assess(year);
            ChecklistSheet sheet = StoreDossier.sheet(s, a.snapshot());
            return new Loaded(a, sheet, s.settings().get(SETTING_MAX_MB).orElse("20"),
                    s.settings().get(SETTING_OUT_DIR).orElse(null), s.years().documentDate(year).orElse(null),
                    PrintCheck.of(a.snapshot()));
        }, this::apply, ctx::showError);
    }

    void apply(Loaded l) {
        this.loaded = l;
        ScoreResult s = l.score();
        total.set(ctx.t("ui.overview.total", s.total(), s.max()));
        level.set(l.profile().level(s.classification()).label().in(ctx.messages().locale()));
        List<String> m = new ArrayList<>();
        List<StaffPledge> unsigned = l.snapshot().staff().stream().filter(p -> !p.signed()).toList();
        if (!unsigned.isEmpty()) {
            String names = String.join(", ", unsigned.stream().limit(5).map(p -> p.staff().fullName()).toList());
            m.add(ctx.t("ui.dossier.missing.pledges", unsigned.size(), names + (unsigned.size() > 5 ? ", …" : "")));
        }
        List<String> noEvidence = YearCounts.of(l.snapshot()).itemsWithoutEvidence(l.snapshot());
        if (!noEvidence.isEmpty()) {
            m.add(ctx.t("ui.dossier.missing.evidence", noEvidence.size(), String.join(", ", noEvidence.stream()
                    .map(this::itemLabel).toList())));
        }
        if (!s.unscored().isEmpty()) {
            m.add(ctx.t("ui.missing.unscored", s.unscored().size()));
        }
        long deptMissing = l.snapshot().departments().size() - l.snapshot().departmentsRegistered();
        if (deptMissing > 0) {
            m.add(ctx.t("ui.missing.departments", deptMissing));
        }
        if (l.snapshot().meeting() == null) {
            m.add(ctx.t("ui.missing.meeting"));
        }
        missing.setAll(m);
        findings.setAll(l.assessment().findings().stream().map(f -> f.line(ctx.messages())).toList());
        findingsAcknowledged = false;
        // the same check and words as `export` on the command line, said before the export
        unprintable.setAll(l.unprintable().stream().map(f -> ctx.t("cli.warning.unprintable",
                ctx.t("cli.warning.unprintable." + f.kind()), f.name(), String.join(" ", f.characters()))).toList());
        unprintableAcknowledged = false;
        java.time.LocalDate day = l.documentDate() != null ? l.documentDate()
                : java.time.LocalDate.now(ctx.store().options().clock());
        if (!maxMb.get().equals(l.maxMb())) {
            maxMb.set(l.maxMb());
        }
        if (outputDir.get() == null) {
            outputDir.set(l.outDir() != null ? Path.of(l.outDir()) : defaultOutDir());
        }
        documentDate.set(day);
        dateChosen = l.documentDate() != null;
        warnAboutDate();
        replan();
    }

    private String itemLabel(String code) {
        // the data file's label already reads as printed ("4a", "5đ")
        return ctx.rubric().item(code).map(i -> i.label()).orElse(code);
    }

    static Path defaultOutDir() {
        Path home = Path.of(System.getProperty("user.home", "."));
        for (String d : List.of("Documents", "Tài liệu", "Desktop")) {
            if (Files.isDirectory(home.resolve(d))) {
                return home.resolve(d);
            }
        }
        return home;
    }

    long maxBytes() {
        try {
            long mb = Long.parseLong(maxMb.get().strip());
            return mb > 0 ? mb * 1024 * 1024 : DossierRequest.DEFAULT_MAX_BYTES;
        } catch (NumberFormatException e) {
            return DossierRequest.DEFAULT_MAX_BYTES;
        }
    }

    DossierRequest request(Set<DossierFormat> formats) {
        Store s = ctx.store();
        return DossierRequest.of(loaded.assessment(), s.options().recognitionRules(), loaded.sheet(),
                sha -> Files.newInputStream(s.evidence().path(sha)), outputDir.get())
                .withFormats(formats).withMaxPackageBytes(maxBytes()).withPolicy(policy.get())
                .withAppendImages(appendImages.get()).withDocumentDate(documentDate.get());
    }

    private void warnAboutDate() {
        if (loaded == null || documentDate.get() == null || outputDir.get() == null) {
            dateWarning.set("");
            return;
        }
        dateWarning.set(String.join(" ", request(EnumSet.allOf(DossierFormat.class))
                .dateWarnings().stream()
                .map(r -> r.text(ctx.messages())).toList()));
    }

    /** The date the documents carry (date picker, typed dd/MM/yyyy). */
    public ObjectProperty<java.time.LocalDate> documentDateProperty() {
        return documentDate;
    }

    /**
     * What the document date accepts: a real date in the year or the next (a late dossier is dated
     * after the year on purpose, and warned about), required.
     */
    public vn.antq.ui.common.DateInput dateRule() {
        int year = loaded != null ? loaded.snapshot().year().year() : ctx.year();
        return new vn.antq.ui.common.DateInput(java.time.LocalDate.of(year, 1, 1),
                java.time.LocalDate.of(year + 1, 12, 31), null, true);
    }

    public ReadOnlyStringProperty dateWarningProperty() {
        return dateWarning.getReadOnlyProperty();
    }

    /** Recomputes the package size against the limit. */
    public void replan() {
        if (loaded == null || outputDir.get() == null) {
            return;
        }
        DossierRequest r = request(EnumSet.allOf(DossierFormat.class));
        ctx.runner().run(p -> new DossierExporter().plan(r), plan -> {
            overLimit.set(plan.overLimit());
            sizeText.set(describe(plan));
        }, ctx::showError);
    }

    private String describe(DossierPlan plan) {
        String base = ctx.t("ui.dossier.size", Forms.size(plan.fullPackageBytes()), Forms.size(plan.maxPackageBytes()),
                Forms.size(plan.evidenceBytes()));
        if (!plan.overLimit()) {
            return base;
        }
        return switch (plan.policy()) {
            case INCLUDE_ALL -> base + " " + ctx.t("ui.dossier.size.over");
            case LEAVE_OUT_LARGE -> base + " " + ctx.t("ui.dossier.size.leftOut", plan.leftOut().size());
            case SPLIT -> base + " " + ctx.t("ui.dossier.size.split", plan.volumes());
        };
    }

    /** Exports the chosen outputs (long work, progress and cancel in the status bar). */
    public void export(Set<DossierFormat> formats) {
        if (loaded == null || outputDir.get() == null) {
            return;
        }
        DossierRequest r = request(formats);
        vn.antq.signing.SigningKey signer = sign.chosenProperty().get();
        String mb = maxMb.get();
        Path dir = outputDir.get();
        java.time.LocalDate day = r.documentDate();
        int year = r.assessment().snapshot().year().year();
        ctx.runner().runLong(ctx.t("ui.dossier.exporting"), p -> {
            Files.createDirectories(dir);
            DossierResult res = new DossierExporter(signer).export(r, p);
            if (!ctx.store().readOnly()) { // a read-only data folder exports, but keeps no choice
                ctx.store().settings().set(SETTING_MAX_MB, mb);
                ctx.store().years().setDocumentDate(year, day);
                ctx.store().settings().set(SETTING_OUT_DIR, dir.toString());
            }
            return res;
        }, res -> {
            result.set(res);
            exported.set(true);
            List<String> names = res.files().stream().map(f -> f.getFileName().toString()).toList();
            resultText.set(ctx.t("ui.dossier.done", String.join(", ", names), dir.toString()));
        }, e -> {
            resultText.set("");
            ctx.showError(e);
        });
    }

    /**
     * Exports the registration pack of the first quarter (bản đăng ký, departments' registrations,
     * signing sheets, a bản cam kết per person) to the folder, long work with progress and cancel. The
     * departments' list carries the document date only when it was recorded or chosen here; today's
     * default is not a date of the records, so it is then left blank.
     */
    public void exportRegistration() {
        if (loaded == null || outputDir.get() == null) {
            return;
        }
        DossierRequest r = request(EnumSet.of(DossierFormat.PDF));
        java.time.LocalDate listDate = dateChosen ? documentDate.get() : null;
        Path dir = outputDir.get();
        boolean registered = r.snapshot().year().registered();
        ctx.runner().runLong(ctx.t("ui.dossier.registration.exporting"), p -> {
            Files.createDirectories(dir);
            vn.antq.dossier.RegistrationResult res = new vn.antq.dossier.RegistrationExporter().export(r, listDate, p);
            if (!ctx.store().readOnly()) { // a read-only data folder exports, but keeps no choice
                ctx.store().settings().set(SETTING_OUT_DIR, dir.toString());
            }
            return res;
        }, res -> {
            registration.set(res);
            exported.set(true);
            List<String> names = res.files().stream().map(f -> f.getFileName().toString()).toList();
            String done = ctx.t("ui.dossier.done", String.join(", ", names), dir.toString());
            resultText.set(registered ? done : done + " " + ctx.t("registration.cli.noDate"));
        }, e -> {
            resultText.set("");
            ctx.showError(e);
        });
    }

    public ReadOnlyObjectProperty<vn.antq.dossier.RegistrationResult> registrationProperty() {
        return registration.getReadOnlyProperty();
    }

    /** Whether anything was exported, so the folder can be opened. */
    public ReadOnlyBooleanProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** The "Ký số" section: the key the export signs with (none by default). */
    public SignViewModel sign() {
        return sign;
    }

    public void openFolder() {
        if (outputDir.get() != null) {
            ctx.openFile(outputDir.get());
        }
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ObservableList<String> missing() {
        return missing;
    }

    /** What the review of the year found (what contradicts what), one line each. */
    public ObservableList<String> findings() {
        return findings;
    }

    /** Names the PDF would print with [U+…] codes for characters no font has, naming the person. */
    public ObservableList<String> unprintable() {
        return unprintable;
    }

    /** Exporting these formats prints names that cannot be printed whole, and the clerk has not yet said go on. */
    public boolean unprintableToConfirm(Set<DossierFormat> formats) {
        return !unprintable.isEmpty() && !unprintableAcknowledged
                && (formats.contains(DossierFormat.PDF) || formats.contains(DossierFormat.ZIP));
    }

    public void acknowledgeUnprintable() {
        unprintableAcknowledged = true;
    }

    /** The findings should be shown and confirmed once before the first export of this load. */
    public boolean findingsToConfirm() {
        return !findings.isEmpty() && !findingsAcknowledged;
    }

    /** The clerk has seen the findings and exports anyway: not asked again until the year is reloaded. */
    public void acknowledgeFindings() {
        findingsAcknowledged = true;
    }

    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overLimitProperty() {
        return overLimit.getReadOnlyProperty();
    }

    public ObjectProperty<LargeEvidencePolicy> policyProperty() {
        return policy;
    }

    public StringProperty maxMbProperty() {
        return maxMb;
    }

    public ObjectProperty<Path> outputDirProperty() {
        return outputDir;
    }

    public BooleanProperty appendImagesProperty() {
        return appendImages;
    }

    public ReadOnlyObjectProperty<DossierResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }
}
