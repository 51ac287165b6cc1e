package vn.antq.ui.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.DomainException;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.Classification;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.Reason;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.ScoringEngine;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.YearCounts;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.i18n.Messages;
import vn.antq.ui.common.AnttStatus;
import vn.antq.ui.common.Dates;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.evidence.AttachEvidence;

/**
 * The scoring sheet: the rubric's lines with points and notes, the total and the classification,
 * recomputed by the scoring engine on every edit. Edits are checked by the engine (a value above
 * the maximum is refused with its message) and handed to a saver, which writes them to the store.
 */
public final class ScoringViewModel {
    /** Writes one manual item's points (null = not scored) and note for a year. */
    @FunctionalInterface
    public interface Saver {
        void save(String code, Integer points, String note);
    }

    private final Messages messages;
    private final Rubric rubric;
    private final ScoringEngine engine;
    private final ObservableList<ScoreRow> rows = FXCollections.observableArrayList();
    private final Map<String, ScoreRow> byCode = new HashMap<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Classification> level = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper levelText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private YearAssessment assessment;
    private ClassificationProfile profile;
    private ScoreResult result;
    private Saver saver = (code, points, note) -> { };

    /** A sheet bound to the store: loads the selected year and saves every edit at once. */
    public static ScoringViewModel forStore(UiContext ctx) {
        ScoringViewModel vm = new ScoringViewModel(ctx.messages(), ctx.store().engine());
        vm.ctx = ctx;
        vm.setSaver((code, points, note) -> {
            Integer year = ctx.year();
            ctx.runner().run(p -> {
                ctx.store().scores().set(year, code, points, note);
                return null;
            }, ok -> { }, ctx::showError);
        });
        return vm;
    }

    private UiContext ctx;

    /** Adds files as evidence of a rubric item in the selected year, then reloads (the evidence counts change). */
    public void attachEvidence(String code, List<java.nio.file.Path> files) {
        AttachEvidence.run(ctx, files, ctx.year(), EvidenceTarget.RUBRIC_ITEM, code, () -> reload(() -> { }),
                ctx::showError);
    }

    /** Reloads the selected year from the store (through the task runner). */
    public void reload(Runnable after) {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        // the sheet lists no person and no file: the compact assessment and the evidence counts
        ctx.runner().run(p -> new Loaded(ctx.store().assessCompact(year), ctx.store().counts(year)), l -> {
            load(l.assessment(), l.counts());
            after.run();
        }, ctx::showError);
    }

    private record Loaded(YearAssessment assessment, YearCounts counts) {
    }

    /** A sheet on the rubric of the engine that checks the typed values. */
    public ScoringViewModel(Messages messages, ScoringEngine engine) {
        this.messages = messages;
        this.rubric = engine.rubric();
        this.engine = engine;
        for (RubricItem item : rubric.items()) {
            add(item, false);
            for (RubricItem child : item.children()) {
                add(child, true);
            }
        }
    }

    private void add(RubricItem item, boolean child) {
        ScoreRow row = new ScoreRow(item, child, item.title().in(messages.locale()));
        rows.add(row);
        byCode.put(item.code(), row);
    }

    public void setSaver(Saver saver) {
        this.saver = saver;
    }

    /**
     * Fills the sheet from a year's assessment on its full snapshot (records, checklist's state,
     * profile), then scores it.
     */
    public void load(YearAssessment assessment) {
        load(assessment, YearCounts.of(assessment.snapshot()));
    }

    /**
     * Fills the sheet from a year's assessment (on its full or compact snapshot) and the year's counts
     * (the evidence per item), then scores it.
     */
    public void load(YearAssessment assessment, YearCounts counts) {
        this.assessment = assessment;
        this.profile = assessment.profile();
        YearSnapshot snapshot = assessment.snapshot();
        AnttStatus antt = AnttStatus.of(assessment);
        Map<String, ManualScore> given = new HashMap<>();
        for (ManualScore s : snapshot.scores()) {
            given.put(s.code(), s);
        }
        for (ScoreRow row : rows) {
            row.evidenceProperty().set(counts.evidenceOf(row.code()));
            if (row.editable()) {
                ManualScore s = given.get(row.code());
                row.pointsProperty().set(s == null ? null : s.points());
                row.noteProperty().set(s == null || s.note() == null ? "" : s.note());
            }
        }
        describeSources(snapshot, antt);
        recompute();
    }

    private void describeSources(YearSnapshot snap, AnttStatus antt) {
        for (ScoreRow row : rows) {
            if (row.kind() != ScoreRow.Kind.DERIVED) {
                continue;
            }
            Fact fact = row.item().derivation().fact();
            String text = switch (fact) {
                case REGISTERED -> snap.year().registered()
                        ? messages.get("ui.scoring.source.registered", Dates.format(snap.year().registeredOn()))
                        : messages.get("ui.scoring.source.notRegistered");
                case DEPARTMENTS_REGISTERED -> messages.get("ui.scoring.source.departments",
                        snap.departmentsRegistered(), snap.departments().size());
                case ANTT_ACHIEVED -> snap.year().recognitionRecorded()
                        ? messages.get("ui.scoring.source.recognition", snap.year().recognitionDecision(),
                                Dates.format(snap.year().recognitionDate()))
                        : messages.get(antt.passes() ? "ui.scoring.source.anttPass" : "ui.scoring.source.anttFail",
                                antt.clausesMet(), antt.clausesTotal(), antt.events());
                case COMMENDATIONS -> commendationsText(snap);
            };
            row.sourceProperty().set(text);
        }
    }

    /** Item 9's source: the commendations it counts, and how many it leaves out (the tab says why). */
    private String commendationsText(YearSnapshot snap) {
        ScoringFacts f = assessment.facts();
        int counted = f.collectiveCommendations() + f.individualCommendations();
        String text = messages.get("ui.scoring.source.commendations", f.collectiveCommendations(),
                f.individualCommendations());
        int left = snap.commendations().size() - counted;
        return left <= 0 ? text : text + " " + messages.get("ui.scoring.source.commendationsLeftOut", left);
    }

    /**
     * Sets a manual item's points (null clears it). Refused values leave everything unchanged and
     * come back as the message to show.
     */
    public Optional<String> setPoints(String code, Integer value) {
        ScoreRow row = byCode.get(code);
        if (row == null || !row.editable()) {
            return Optional.of(messages.get("score.error.derived", code));
        }
        if (value != null) {
            try {
                engine.checkManualValue(code, value);
            } catch (DomainException e) {
                return Optional.of(e.message(messages));
            }
        }
        row.pointsProperty().set(value);
        recompute();
        saver.save(code, value, row.noteProperty().get());
        return Optional.empty();
    }

    /** Parses typed points ("3", blank = clear) and sets them; refusals come back as the message. */
    public Optional<String> setPointsText(String code, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return setPoints(code, null);
        }
        int value;
        try {
            value = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            try {
                engine.checkManualValue(code, new java.math.BigDecimal(t.replace(',', '.')));
            } catch (DomainException d) {
                return Optional.of(d.message(messages));
            } catch (NumberFormatException n) {
                // fall through
            }
            return Optional.of(messages.get("score.error.notNumber", code, t));
        }
        return setPoints(code, value);
    }

    public void setNote(String code, String note) {
        ScoreRow row = byCode.get(code);
        if (row == null || !row.editable()) {
            return;
        }
        String clean = VietnameseText.clean(note);
        if (clean.equals(row.noteProperty().get())) {
            return;
        }
        row.noteProperty().set(clean);
        saver.save(code, row.points(), clean);
    }

    private void recompute() {
        if (assessment == null) {
            return;
        }
        Map<String, Integer> manual = new LinkedHashMap<>();
        for (ScoreRow row : rows) {
            if (row.editable() && row.points() != null) {
                manual.put(row.code(), row.points());
            }
        }
        result = assessment.withManualPoints(manual).score();
        for (ScoreRow row : rows) {
            if (!row.editable()) {
                row.pointsProperty().set(result.points(row.code()));
            }
        }
        total.set(result.total());
        level.set(result.classification());
        levelText.set(profile.level(result.classification()).label().in(messages.locale()));
        profileText.set(messages.get("ui.scoring.profile", profile.name().in(messages.locale()),
                thresholds(profile)));
        List<String> lines = new ArrayList<>();
        for (Reason r : result.reasons()) {
            lines.add(r.text(messages));
        }
        reasons.setAll(lines);
    }

    /** "Xuất sắc ≥ 90, Khá ≥ 70, …" in the current language. */
    public String thresholds(ClassificationProfile p) {
        List<String> parts = new ArrayList<>();
        p.levels().forEach(l -> parts.add(messages.get("ui.level.threshold", l.label().in(messages.locale()),
                l.minPoints())));
        return String.join(", ", parts);
    }

    public ObservableList<ScoreRow> rows() {
        return rows;
    }

    public Optional<ScoreRow> row(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public int total() {
        return total.get();
    }

    public int max() {
        return rubric.total();
    }

    public ReadOnlyObjectProperty<Classification> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty levelTextProperty() {
        return levelText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileTextProperty() {
        return profileText.getReadOnlyProperty();
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ScoreResult result() {
        return result;
    }

    public ScoringFacts facts() {
        return assessment == null ? ScoringFacts.NONE : assessment.facts();
    }
}
