package vn.antq.ui.years;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.scoring.ScoreResult;
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.ui.common.UiContext;

/**
 * Năm: the assessment years; switch, start a new year from the last one (departments and staff
 * carry over; pledges, scores and the rest start empty), compare two years item by item.
 */
public final class YearsViewModel {
    /** A year's line: number, state, total and level. */
    public record YearLine(int year, String state, int total, String level) {
    }

    /** One line of the comparison. */
    public record CompareLine(String label, String title, int max, int a, int b) {
        public int diff() {
            return b - a;
        }
    }

    private final UiContext ctx;
    private final ObservableList<YearLine> years = FXCollections.observableArrayList();
    private final ObservableList<CompareLine> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper compareSummary = new ReadOnlyStringWrapper("");

    public YearsViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    private static ScoreResult score(UiContext ctx, int year) {
        return ctx.store().score(year);
    }

    private String levelText(int year, ScoreResult r) {
        return ctx.store().years().classificationProfile(year).level(r.classification()).label().in(ctx.messages().locale());
    }

    public void reload() {
        ctx.runner().run(p -> {
            List<YearLine> out = new ArrayList<>();
            for (AssessmentYear y : ctx.store().years().list()) {
                ScoreResult r = score(ctx, y.year());
                out.add(new YearLine(y.year(), stateText(y), r.total(), levelText(y.year(), r)));
            }
            out.sort((a, b) -> b.year() - a.year());
            return out;
        }, years::setAll, ctx::showError);
    }

    private String stateText(AssessmentYear y) {
        return switch (y.state()) {
            case DRAFT -> ctx.t("ui.years.state.DRAFT");
            case SELF_ASSESSED -> ctx.t("ui.years.state.SELF_ASSESSED");
            case SUBMITTED -> ctx.t("ui.years.state.SUBMITTED");
        };
    }

    public ObservableList<YearLine> years() {
        return years;
    }

    /** The year after the latest one (the default for a new year). */
    public int suggestedNewYear() {
        return years.stream().mapToInt(YearLine::year).max().orElse(java.time.LocalDate.now().getYear() - 1) + 1;
    }

    public void switchTo(int year) {
        ctx.yearProperty().set(year);
    }

    /** Starts a new year and switches to it; a refusal (year exists…) is shown. */
    public Optional<String> startYear(String text) {
        int y;
        try {
            y = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return Optional.of(ctx.t("ui.wizard.error.year", vn.antq.storage.Store.MIN_YEAR,
                    vn.antq.storage.Store.MAX_YEAR));
        }
        ctx.runner().run(p -> ctx.store().years().start(y), created -> {
            reload();
            ctx.yearProperty().set(created.year());
        }, ctx::showError);
        return Optional.empty();
    }

    /** Compares two years item by item (totals on the last line). */
    public void compare(Integer a, Integer b) {
        if (a == null || b == null) {
            return;
        }
        ctx.runner().run(p -> new ScoreResult[] {score(ctx, a), score(ctx, b)}, r -> {
            List<CompareLine> lines = new ArrayList<>();
            for (RubricItem item : ctx.rubric().allItems()) {
                boolean child = ctx.rubric().parentOf(item.code()).isPresent();
                lines.add(new CompareLine((child ? "   " : "") + item.label(),
                        item.title().in(ctx.messages().locale()), item.max(), r[0].points(item.code()),
                        r[1].points(item.code())));
            }
            lines.add(new CompareLine("", ctx.t("ui.years.compare.total"), r[0].max(), r[0].total(), r[1].total()));
            comparison.setAll(lines);
            compareSummary.set(ctx.t("ui.years.compare.summary", a, r[0].total(), b, r[1].total(),
                    r[1].total() - r[0].total()));
        }, ctx::showError);
    }

    public ObservableList<CompareLine> comparison() {
        return comparison;
    }

    public ReadOnlyStringProperty compareSummaryProperty() {
        return compareSummary.getReadOnlyProperty();
    }
}
