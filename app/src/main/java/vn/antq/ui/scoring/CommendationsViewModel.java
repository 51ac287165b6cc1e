package vn.antq.ui.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.checklist.AssessmentPeriod;
import vn.antq.domain.rubric.Derivation;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.CommendationStanding;
import vn.antq.storage.Store;
import vn.antq.ui.common.DateInput;
import vn.antq.ui.common.Dates;
import vn.antq.ui.common.UiContext;

/**
 * The commendations of the year (item 9): list, add, remove; whether each is extraordinary (đột
 * xuất) and its date are edited in the list, and each line says whether item 9 counts it and, when
 * not, why (outside the assessment period, not extraordinary, no date), by {@link CommendationStanding}.
 */
public final class CommendationsViewModel {
    /** A commendation's line: đột xuất and date as properties (saved when changed), and its standing. */
    public static final class Row {
        private Commendation value;
        private final BooleanProperty extraordinary;
        private final ObjectProperty<LocalDate> date;
        private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper("");
        private CommendationStanding standingValue;

        Row(Commendation c) {
            this.value = c;
            this.extraordinary = new SimpleBooleanProperty(c.extraordinary());
            this.date = new SimpleObjectProperty<>(c.date());
        }

        public Commendation value() {
            return value;
        }

        public BooleanProperty extraordinaryProperty() {
            return extraordinary;
        }

        public ObjectProperty<LocalDate> dateProperty() {
            return date;
        }

        /** "Được tính", or why item 9 does not count it. */
        public ReadOnlyStringProperty standingProperty() {
            return standing.getReadOnlyProperty();
        }

        public CommendationStanding standing() {
            return standingValue;
        }
    }

    private final UiContext ctx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private boolean applying;

    public CommendationsViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The commendations as listed. */
    public List<Commendation> items() {
        return rows.stream().map(Row::value).toList();
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        ctx.runner().run(p -> ctx.store().scores().commendations(year), list -> {
            List<Row> out = new ArrayList<>();
            for (Commendation c : list) {
                out.add(row(c));
            }
            rows.setAll(out);
        }, ctx::showError);
    }

    private Row row(Commendation c) {
        Row r = new Row(c);
        r.extraordinary.addListener((o, was, now) -> {
            if (!applying) {
                save(r, with(r.value, now, r.value.date()));
            }
        });
        judge(r);
        return r;
    }

    private static Commendation with(Commendation c, boolean extraordinary, LocalDate date) {
        return new Commendation(c.id(), c.kind(), c.title(), c.recipient(), c.issuer(), c.decisionNumber(), date,
                extraordinary);
    }

    /** Item 9's derivation and the year's assessment period, from the store's rules. */
    private Derivation award() {
        return ctx.rubric().derivedItem(Fact.COMMENDATIONS).map(RubricItem::derivation).orElse(null);
    }

    private AssessmentPeriod period() {
        Integer year = ctx.year();
        return year == null ? null : ctx.checklist().period(year).orElse(null);
    }

    private void judge(Row r) {
        AssessmentPeriod period = period();
        CommendationStanding s = CommendationStanding.of(r.value, award(), period);
        r.standingValue = s;
        r.standing.set(switch (s) {
            case COUNTED -> ctx.t("ui.commendation.standing.COUNTED");
            case NO_DATE -> ctx.t("ui.commendation.standing.NO_DATE");
            case OUTSIDE_PERIOD -> ctx.t("ui.commendation.standing.OUTSIDE_PERIOD", Dates.format(period.start()),
                    Dates.format(period.end()));
            case NOT_EXTRAORDINARY -> ctx.t("ui.commendation.standing.NOT_EXTRAORDINARY");
        });
    }

    /** What a commendation's date accepts: a real date from 2000 to today (outside the period it is kept, not counted). */
    public DateInput dateRule() {
        return new DateInput(LocalDate.of(Store.MIN_YEAR, 1, 1), null,
                LocalDate.now(ctx.store().options().clock()), true);
    }

    /** Changes a commendation's date (checked by {@link #dateRule}). */
    public void setDate(Row r, LocalDate date, Runnable after) {
        if (date == null) {
            return;
        }
        save(r, with(r.value, r.extraordinary.get(), date), after);
    }

    private void save(Row r, Commendation changed) {
        save(r, changed, afterSave);
    }

    private void save(Row r, Commendation changed, Runnable after) {
        ctx.runner().run(p -> ctx.store().scores().updateCommendation(changed), saved -> {
            applying = true;
            try {
                r.value = saved;
                r.extraordinary.set(saved.extraordinary());
                r.date.set(saved.date());
            } finally {
                applying = false;
            }
            judge(r);
            after.run();
        }, e -> {
            ctx.showError(e);
            reload();
        });
    }

    private Runnable afterSave = () -> { };

    /** Runs after every change of a line (the score sheet reloads: item 9 may change). */
    public void setAfterSave(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    /**
     * Adds one; a missing kind, title or date comes back as the message to show.
     *
     * @param extraordinary  khen thưởng đột xuất (only those count for item 9)
     */
    public Optional<String> add(CommendationKind kind, String title, String recipient, String issuer, String number,
            LocalDate date, boolean extraordinary, Runnable after) {
        if (kind == null) {
            return Optional.of(ctx.t("ui.commendation.error.kind"));
        }
        if (VietnameseText.clean(title).isEmpty()) {
            return Optional.of(ctx.t("ui.commendation.error.title"));
        }
        DateInput.Result d = dateRule().check(ctx.messages(), date);
        if (!d.ok()) {
            return Optional.of(ctx.t("ui.commendation.error.date", d.error()));
        }
        Integer year = ctx.year();
        ctx.runner().run(p -> ctx.store().scores().addCommendation(year, kind, VietnameseText.clean(title),
                VietnameseText.clean(recipient), VietnameseText.clean(issuer), VietnameseText.clean(number), date,
                extraordinary), c -> {
                    rows.add(row(c));
                    after.run();
                }, ctx::showError);
        return Optional.empty();
    }

    public void remove(Row r, Runnable after) {
        ctx.runner().run(p -> {
            ctx.store().scores().removeCommendation(r.value.id());
            return null;
        }, ok -> {
            rows.remove(r);
            after.run();
        }, ctx::showError);
    }
}
