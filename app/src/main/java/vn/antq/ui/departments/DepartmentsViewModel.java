package vn.antq.ui.departments;

import java.time.Clock;
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
import vn.antq.domain.unit.AssessmentYear;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.RecordDates;
import vn.antq.ui.common.DateInput;
import vn.antq.ui.common.UiContext;

/**
 * Phòng ban: the departments with their registration/pledge for the year (item 8b), and the unit's
 * own registration to strive for the standard (item 8a).
 */
public final class DepartmentsViewModel {
    /** A department's line: registration as properties, saved when changed. */
    public static final class Row {
        private final DepartmentYear dy;
        private final BooleanProperty registered;
        private final ObjectProperty<LocalDate> date;

        Row(DepartmentYear dy) {
            this.dy = dy;
            this.registered = new SimpleBooleanProperty(dy.registered());
            this.date = new SimpleObjectProperty<>(dy.date());
        }

        public DepartmentYear value() {
            return dy;
        }

        public long id() {
            return dy.department().id();
        }

        public String name() {
            return dy.department().name();
        }

        public BooleanProperty registeredProperty() {
            return registered;
        }

        public ObjectProperty<LocalDate> dateProperty() {
            return date;
        }

        public String staffText() {
            return dy.staffSigned() + "/" + dy.staffCount();
        }
    }

    private final UiContext ctx;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty unitRegistered = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> unitRegisteredOn = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private boolean applying;

    public DepartmentsViewModel(UiContext ctx) {
        this(ctx, Clock.systemDefaultZone());
    }

    public DepartmentsViewModel(UiContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        unitRegistered.addListener((o, a, b) -> {
            if (!applying) {
                setUnitRegistration(b ? (unitRegisteredOn.get() == null ? newTickDate() : unitRegisteredOn.get())
                        : null);
            }
        });
        unitRegisteredOn.addListener((o, a, b) -> {
            if (!applying && unitRegistered.get() && b != null && !b.equals(a)) {
                setUnitRegistration(b);
            }
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty unitRegisteredProperty() {
        return unitRegistered;
    }

    public ObjectProperty<LocalDate> unitRegisteredOnProperty() {
        return unitRegisteredOn;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private record Loaded(List<DepartmentYear> departments, AssessmentYear year) {
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        ctx.runner().run(p -> new Loaded(ctx.store().departments().ofYear(year), ctx.store().years().get(year).orElse(null)), l -> {
            applying = true;
            try {
                List<Row> list = new ArrayList<>();
                for (DepartmentYear d : l.departments()) {
                    Row r = new Row(d);
                    r.registeredProperty().addListener((o, a, b) -> {
                        if (!applying) {
                            setRegistration(r, b, b ? (r.dateProperty().get() == null ? newTickDate()
                                    : r.dateProperty().get()) : null);
                        }
                    });
                    r.dateProperty().addListener((o, a, b) -> {
                        if (!applying && r.registeredProperty().get() && b != null && !b.equals(a)) {
                            setRegistration(r, true, b);
                        }
                    });
                    list.add(r);
                }
                rows.setAll(list);
                if (l.year() != null) {
                    unitRegistered.set(l.year().registered());
                    unitRegisteredOn.set(l.year().registeredOn());
                }
            } finally {
                applying = false;
            }
            updateSummary();
        }, ctx::showError);
    }

    private void updateSummary() {
        long reg = rows.stream().filter(r -> r.registeredProperty().get()).count();
        summary.set(ctx.t("ui.departments.summary", reg, rows.size()));
    }

    /**
     * The date a new tick gets: today (kept inside the year's window when working on another year).
     * Only a default: the date is edited in the table.
     */
    public LocalDate newTickDate() {
        return RecordDates.defaultFor(ctx.year(), LocalDate.now(clock));
    }

    /** What the registration dates accept: a real date of the year's window, not after today. */
    public DateInput dateRule() {
        return DateInput.forRecord(ctx.year(), LocalDate.now(clock));
    }

    /** Changes the date of a ticked department's registration (an unticked one has no date). */
    public void setDate(Row row, LocalDate date) {
        if (row.registeredProperty().get() && date != null) {
            setRegistration(row, true, date);
        }
    }

    /** Records whether a department registered (the new tick's date when no date is given); unticking clears the date. */
    public void setRegistration(Row row, boolean registered, LocalDate date) {
        Integer year = ctx.year();
        LocalDate d = registered ? (date == null ? newTickDate() : date) : null;
        ctx.runner().run(p -> {
            ctx.store().departments().setRegistration(year, row.id(), registered, d);
            return null;
        }, ok -> {
            applying = true;
            row.registeredProperty().set(registered);
            row.dateProperty().set(d);
            applying = false;
            updateSummary();
        }, e -> {
            ctx.showError(e);
            reload();
        });
    }

    /** Marks every department not yet registered as registered (one write each, dated as a new tick). */
    public void registerAll() {
        for (Row r : new ArrayList<>(rows)) {
            if (!r.registeredProperty().get()) {
                setRegistration(r, true, newTickDate());
            }
        }
    }

    private void setUnitRegistration(LocalDate date) {
        Integer year = ctx.year();
        ctx.runner().run(p -> ctx.store().years().setRegistration(year, date), y -> {
            applying = true;
            unitRegistered.set(y.registered());
            unitRegisteredOn.set(y.registeredOn());
            applying = false;
        }, e -> {
            ctx.showError(e);
            reload();
        });
    }

    public Optional<String> add(String name) {
        String n = VietnameseText.clean(name);
        if (n.isEmpty()) {
            return Optional.of(ctx.t("ui.departments.error.name"));
        }
        ctx.runner().run(p -> ctx.store().departments().add(n), d -> reload(), ctx::showError);
        return Optional.empty();
    }

    public void rename(Row row, String name) {
        String n = VietnameseText.clean(name);
        if (n.isEmpty() || n.equals(row.name())) {
            reload();
            return;
        }
        ctx.runner().run(p -> ctx.store().departments().rename(row.id(), n), d -> reload(), e -> {
            ctx.showError(e);
            reload();
        });
    }

    public void delete(Row row) {
        ctx.runner().run(p -> {
            ctx.store().departments().delete(row.id());
            return null;
        }, ok -> reload(), ctx::showError);
    }
}
