package vn.antq.ui.staff;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.Department;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.RecordDates;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.ui.common.DateInput;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.evidence.AttachEvidence;

/**
 * Cán bộ: the staff with their pledge for the year; filter by department, accent-insensitive
 * search, Vietnamese order; pledges marked one by one or in bulk; coverage of staff and departments.
 */
public final class StaffViewModel {
    private final UiContext ctx;
    private final Clock clock;
    private final ObservableList<StaffRow> all = FXCollections.observableArrayList();
    // sorted, then filtered: a keystroke in the search filters the sorted rows (one pass, the order
    // kept) instead of re-sorting what the filter let through; sorting happens when the order changes
    private final SortedList<StaffRow> sorted = new SortedList<>(all);
    private final FilteredList<StaffRow> filtered = new FilteredList<>(sorted);
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Department> departmentFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper departmentCoverage = new ReadOnlyStringWrapper("");
    private int signedCount;
    private boolean applying;
    private int departmentsRegistered;
    private int departmentsTotal;

    public StaffViewModel(UiContext ctx) {
        this(ctx, Clock.systemDefaultZone());
    }

    public StaffViewModel(UiContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        search.addListener((o, a, b) -> refilter());
        departmentFilter.addListener((o, a, b) -> refilter());
        Comparator<String> names = VietnameseText.nameOrder();
        sorted.setComparator(Comparator.comparing(StaffRow::name, names));
    }

    private void refilter() {
        String q = VietnameseText.fold(search.get() == null ? "" : search.get()); // folded once, not per row
        Department d = departmentFilter.get();
        filtered.setPredicate(r -> (d == null || (r.departmentId() != null && r.departmentId() == d.id()))
                && (q.isEmpty() || r.searchKey().contains(q)));
    }

    /** Rows after the filter, in Vietnamese order (a table may re-sort by its columns: {@link #comparatorProperty()}). */
    public ObservableList<StaffRow> rows() {
        return filtered;
    }

    /** The order of the rows (a table binds it to its columns' sort; null: the store's order). */
    public ObjectProperty<Comparator<? super StaffRow>> comparatorProperty() {
        return sorted.comparatorProperty();
    }

    public ObservableList<StaffRow> allRows() {
        return all;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The department shown (null = all). */
    public ObjectProperty<Department> departmentFilterProperty() {
        return departmentFilter;
    }

    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty departmentCoverageProperty() {
        return departmentCoverage.getReadOnlyProperty();
    }

    public int signedCount() {
        return signedCount;
    }

    private record Loaded(List<StaffPledge> staff, List<DepartmentYear> departments) {
    }

    public void reload() {
        Integer year = ctx.year();
        if (year == null) {
            return;
        }
        ctx.runner().run(p -> new Loaded(ctx.store().staff().ofYear(year), ctx.store().departments().ofYear(year)), l -> {
            List<StaffRow> rows = new ArrayList<>();
            for (StaffPledge s : l.staff()) {
                StaffRow row = new StaffRow(s);
                // a tick in the table's check box marks that person's pledge
                row.signedProperty().addListener((o, was, now) -> {
                    if (!applying && was != now) {
                        mark(List.of(row), now);
                    }
                });
                rows.add(row);
            }
            all.setAll(rows);
            Department keep = departmentFilter.get();
            List<Department> ds = l.departments().stream().map(DepartmentYear::department).toList();
            departments.setAll(ds);
            departmentFilter.set(keep == null ? null
                    : ds.stream().filter(d -> d.id() == keep.id()).findFirst().orElse(null));
            departmentsTotal = l.departments().size();
            departmentsRegistered = (int) l.departments().stream().filter(DepartmentYear::registered).count();
            refilter();
            updateCoverage();
        }, ctx::showError);
    }

    private void updateCoverage() {
        signedCount = (int) all.stream().filter(r -> r.signedProperty().get()).count();
        int total = all.size();
        int pct = total == 0 ? 0 : (int) Math.floor(100.0 * signedCount / total);
        coverage.set(ctx.t("ui.staff.coverage", signedCount, total, pct));
        departmentCoverage.set(ctx.t("ui.staff.departmentCoverage", departmentsRegistered, departmentsTotal));
    }

    /** Marks one person's pledge (a new tick is dated {@link #newTickDate}; unticking clears the date). */
    public void setSigned(StaffRow row, boolean signed) {
        mark(List.of(row), signed);
    }

    /** The date a new tick gets: today, kept inside the year's window. Only a default: the date is edited in the table. */
    public LocalDate newTickDate() {
        return RecordDates.defaultFor(ctx.year(), LocalDate.now(clock));
    }

    /** What the pledge dates accept: a real date of the year's window, not after today. */
    public DateInput dateRule() {
        return DateInput.forRecord(ctx.year(), LocalDate.now(clock));
    }

    /**
     * Marks many pledges at once (one transaction): only the people whose pledge changes are written,
     * so ticking a selection never redates those who had already signed.
     */
    public void mark(List<StaffRow> rows, boolean signed) {
        Integer year = ctx.year();
        if (rows.isEmpty() || year == null) {
            return;
        }
        List<StaffRow> changing = rows.stream().filter(r -> r.savedSigned() != signed).toList();
        if (changing.isEmpty()) {
            // nothing to write; a box ticked while a write was refused shows the saved state again
            applying = true;
            try {
                rows.forEach(r -> r.saved(r.savedSigned(), r.dateProperty().get()));
            } finally {
                applying = false;
            }
            return;
        }
        LocalDate day = signed ? newTickDate() : null;
        List<Long> ids = changing.stream().map(StaffRow::id).toList();
        ctx.runner().run(p -> ctx.store().staff().setPledges(year, ids, signed, day), n -> {
            applying = true;
            try {
                for (StaffRow r : changing) {
                    r.saved(signed, day);
                }
            } finally {
                applying = false;
            }
            updateCoverage();
        }, e -> {
            ctx.showError(e);
            reload();
        });
    }

    /** Changes the date of a signed pledge (an unsigned one has no date). */
    public void setDate(StaffRow row, LocalDate date) {
        Integer year = ctx.year();
        if (year == null || date == null || !row.savedSigned()) {
            return;
        }
        ctx.runner().run(p -> {
            ctx.store().staff().setPledge(year, row.id(), true, date);
            return null;
        }, ok -> {
            applying = true;
            try {
                row.saved(true, date);
            } finally {
                applying = false;
            }
        }, e -> {
            ctx.showError(e);
            reload();
        });
    }

    /** Adds a person; a blank name comes back as the message to show. */
    public Optional<String> add(String fullName, String position, Department department) {
        String name = VietnameseText.clean(fullName);
        if (name.isEmpty()) {
            return Optional.of(ctx.t("ui.staff.error.name"));
        }
        ctx.runner().run(p -> ctx.store().staff().add(name, VietnameseText.clean(position), department == null ? null
                : department.id(), null, ""), s -> reload(), ctx::showError);
        return Optional.empty();
    }

    /** Renames or changes the position of a person (typed in the table). */
    public void update(StaffRow row, String fullName, String position) {
        String name = VietnameseText.clean(fullName);
        if (name.isEmpty()) {
            reload();
            return;
        }
        StaffMember s = row.pledge().staff();
        StaffMember changed = new StaffMember(s.id(), name, VietnameseText.clean(position), s.departmentId(), s.dateOfBirth(),
                s.phone());
        ctx.runner().run(p -> ctx.store().staff().update(changed), ok -> reload(), e -> {
            ctx.showError(e);
            reload();
        });
    }

    public void delete(List<StaffRow> rows) {
        List<Long> ids = rows.stream().map(StaffRow::id).toList();
        ctx.runner().run(p -> {
            for (long id : ids) {
                ctx.store().staff().delete(id);
            }
            return null;
        }, ok -> reload(), ctx::showError);
    }

    /** Stores a scanned signed pledge and links it to the person for the year. */
    public void attachScan(StaffRow row, Path file) {
        AttachEvidence.run(ctx, List.of(file), ctx.year(), EvidenceTarget.STAFF_PLEDGE, String.valueOf(row.id()),
                this::reload, ctx::showError);
    }
}
