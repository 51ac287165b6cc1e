package vn.antq.ui.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.ClassificationProfile;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.YearCounts;
import vn.antq.domain.unit.YearSnapshot;
import vn.antq.storage.Store;
import vn.antq.ui.common.AnttStatus;
import vn.antq.ui.common.Dates;
import vn.antq.ui.common.Deadlines;
import vn.antq.ui.common.UiContext;

/**
 * Tổng quan: the year at a glance — total and level, points per item against the maximum, pledge
 * coverage, the ANTT standard, and the deadlines ahead with what is still missing.
 */
public final class OverviewViewModel {
    /** One rubric item's line: its printed number, title, points given and maximum. */
    public record ItemPoints(String label, String title, int points, int max) {
    }

    /** A deadline line: what, when, how far, and what is still missing for it. */
    public record DeadlineLine(String title, LocalDate date, long daysLeft, List<String> missing) {
    }

    private final UiContext ctx;
    private final Clock clock;
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper level = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper thresholds = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper staffCoverage = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper staffRatio = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper departmentCoverage = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper departmentRatio = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper antt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper anttDetail = new ReadOnlyStringWrapper("");
    private final ObservableList<ItemPoints> items = FXCollections.observableArrayList();
    private final ObservableList<DeadlineLine> deadlines = FXCollections.observableArrayList();
    private boolean anttPasses;
    private int totalPoints;

    public OverviewViewModel(UiContext ctx) {
        this(ctx, Clock.systemDefaultZone());
    }

    public OverviewViewModel(UiContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    /**
     * Everything read in one go off the FX thread: the year assessed on its compact snapshot (the
     * page lists no person and no file) and the counts of staff, pledges and evidence.
     */
    public record Loaded(YearAssessment assessment, YearCounts counts, Map<String, String> settings) {
        public YearSnapshot snapshot() {
            return assessment.snapshot();
        }

        public AnttStatus antt() {
            return AnttStatus.of(assessment);
        }

        public ClassificationProfile profile() {
            return assessment.profile();
        }

        public ScoreResult score() {
            return assessment.score();
        }
    }

    /** Data read before the window was built (at start-up), used by the first {@link #reload()} of that year. */
    private Loaded prefetched;

    /**
     * Gives the data the first {@link #reload()} would read: read while the window was being built, it
     * lets the first frame already show the year instead of an empty page filled one frame later.
     */
    public void usePrefetched(Loaded loaded) {
        this.prefetched = loaded;
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        Loaded early = prefetched;
        prefetched = null;
        if (early != null && early.snapshot().year().year() == year) {
            apply(early);
            return;
        }
        ctx.runner().run(p -> {
            vn.antq.ui.common.StartupTrace.mark("overview read start");
            Loaded l = read(ctx, year);
            vn.antq.ui.common.StartupTrace.mark("overview read done");
            return l;
        }, l -> {
            apply(l);
            vn.antq.ui.common.StartupTrace.mark("overview applied");
        }, ctx::showError);
    }

    static Loaded read(UiContext ctx, int year) {
        return read(ctx.store(), year);
    }

    /** Everything the page shows for a year (off the FX thread). */
    public static Loaded read(Store store, int year) {
        return new Loaded(store.assessCompact(year), store.counts(year), store.settings().all());
    }

    public void apply(Loaded l) {
        YearSnapshot snap = l.snapshot();
        ScoreResult s = l.score();
        totalPoints = s.total();
        total.set(ctx.t("ui.overview.total", s.total(), s.max()));
        level.set(l.profile().level(s.classification()).label().in(ctx.messages().locale()));
        List<String> parts = new ArrayList<>();
        l.profile().levels().forEach(v -> parts.add(ctx.t("ui.level.threshold", v.label().in(ctx.messages().locale()),
                v.minPoints())));
        thresholds.set(ctx.t("ui.overview.thresholds", l.profile().name().in(ctx.messages().locale()),
                String.join(", ", parts)));
        List<ItemPoints> bars = new ArrayList<>();
        for (RubricItem item : ctx.rubric().items()) {
            bars.add(new ItemPoints(item.label(), item.title().in(ctx.messages().locale()), s.points(item.code()),
                    item.max()));
        }
        items.setAll(bars);

        int staff = l.counts().staff();
        long signed = l.counts().staffSigned();
        staffRatio.set(staff == 0 ? 0 : (double) signed / staff);
        staffCoverage.set(ctx.t("ui.overview.staffCoverage", signed, staff,
                staff == 0 ? 0 : (int) Math.floor(100.0 * signed / staff)));
        int depts = snap.departments().size();
        long reg = snap.departmentsRegistered();
        departmentRatio.set(depts == 0 ? 0 : (double) reg / depts);
        departmentCoverage.set(ctx.t("ui.overview.departmentCoverage", reg, depts));

        AnttStatus a = l.antt();
        anttPasses = a.passes() || snap.year().recognitionRecorded();
        antt.set(ctx.t(anttPasses ? "ui.overview.antt.pass" : "ui.overview.antt.fail"));
        // the Circular's criteria as the Tờ trình and the Biên bản count them, then the lines the clerk answers
        anttDetail.set(ctx.t("ui.overview.antt.detail", a.clausesMet(), a.clausesTotal(), a.criteriaMet(),
                a.criteriaTotal(), a.unanswered(), a.events()));

        deadlines.setAll(deadlineLines(l));
    }

    private List<DeadlineLine> deadlineLines(Loaded l) {
        YearSnapshot snap = l.snapshot();
        LocalDate today = LocalDate.now(clock);
        List<DeadlineLine> out = new ArrayList<>();
        for (Deadlines.Deadline d : Deadlines.of(snap.year().year(), l.settings())) {
            List<String> missing = new ArrayList<>();
            switch (d.key()) {
                case Deadlines.REGISTRATION -> {
                    if (!snap.year().registered()) {
                        missing.add(ctx.t("ui.missing.unitRegistration"));
                    }
                    long deptMissing = snap.departments().size() - snap.departmentsRegistered();
                    if (snap.departments().isEmpty()) {
                        missing.add(ctx.t("ui.missing.noDepartments"));
                    } else if (deptMissing > 0) {
                        missing.add(ctx.t("ui.missing.departments", deptMissing));
                    }
                    long unsigned = l.counts().unsigned();
                    if (l.counts().staff() == 0) {
                        missing.add(ctx.t("ui.missing.noStaff"));
                    } else if (unsigned > 0) {
                        missing.add(ctx.t("ui.missing.pledges", unsigned));
                    }
                }
                case Deadlines.ANTT, Deadlines.LOCAL -> {
                    if (l.antt().unanswered() > 0) {
                        missing.add(ctx.t("ui.missing.checklist", l.antt().unanswered()));
                    }
                    if (snap.meeting() == null) {
                        missing.add(ctx.t("ui.missing.meeting"));
                    }
                }
                case Deadlines.CLASSIFICATION -> {
                    if (!l.score().unscored().isEmpty()) {
                        missing.add(ctx.t("ui.missing.unscored", l.score().unscored().size()));
                    }
                    int noEvidence = l.counts().itemsWithoutEvidence(snap).size();
                    if (noEvidence > 0) {
                        missing.add(ctx.t("ui.missing.evidence", noEvidence));
                    }
                }
                default -> {
                }
            }
            String title = d.customLabel() != null && !d.customLabel().isBlank() ? d.customLabel() : ctx.t(d.labelKey());
            out.add(new DeadlineLine(title, d.date(), ChronoUnit.DAYS.between(today, d.date()), missing));
        }
        return out;
    }

    /** "còn 12 ngày" / "hôm nay" / "đã quá 3 ngày". */
    public String daysText(DeadlineLine d) {
        if (d.daysLeft() == 0) {
            return ctx.t("ui.deadline.today");
        }
        return d.daysLeft() > 0 ? ctx.t("ui.deadline.daysLeft", d.daysLeft())
                : ctx.t("ui.deadline.daysPast", -d.daysLeft());
    }

    public String dateText(DeadlineLine d) {
        return Dates.format(d.date());
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public int totalPoints() {
        return totalPoints;
    }

    public ReadOnlyStringProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staffCoverageProperty() {
        return staffCoverage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty staffRatioProperty() {
        return staffRatio.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty departmentCoverageProperty() {
        return departmentCoverage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty departmentRatioProperty() {
        return departmentRatio.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty anttProperty() {
        return antt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty anttDetailProperty() {
        return anttDetail.getReadOnlyProperty();
    }

    public boolean anttPasses() {
        return anttPasses;
    }

    public ObservableList<ItemPoints> items() {
        return items;
    }

    public ObservableList<DeadlineLine> deadlines() {
        return deadlines;
    }
}
