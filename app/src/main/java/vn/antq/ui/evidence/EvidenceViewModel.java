package vn.antq.ui.evidence;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.ui.common.Dates;
import vn.antq.ui.common.Forms;
import vn.antq.ui.common.UiContext;

/**
 * Minh chứng: every evidence file with what it supports this year and whether the stored copy is
 * intact; add (drop or choose), link to a rubric item, check, open, remove.
 */
public final class EvidenceViewModel {
    /** A file's line in the table. */
    public record Row(EvidenceFile file, String supports, String status, boolean problem) {
        public String name() {
            return file.originalName();
        }
    }

    /** A choice of what a file supports: a rubric item, or something else. */
    public record Target(EvidenceTarget target, String code, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final UiContext ctx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Map<String, EvidenceStatus> checked = new HashMap<>();
    private Map<String, String> staffNames = Map.of();

    private final List<Target> fixedTargets;
    private vn.antq.domain.UnitType targetsFor;

    public EvidenceViewModel(UiContext ctx) {
        this.ctx = ctx;
        List<Target> t = new ArrayList<>();
        for (RubricItem item : ctx.rubric().leaves()) {
            if (item.isManual()) {
                t.add(new Target(EvidenceTarget.RUBRIC_ITEM, item.code(), ctx.t("ui.evidence.target.item",
                        itemLabel(item.code()), shorten(item.title().in(ctx.messages().locale())))));
            }
        }
        t.add(new Target(EvidenceTarget.UNIT_REGISTRATION, "unit", ctx.t("ui.evidence.target.UNIT_REGISTRATION")));
        t.add(new Target(EvidenceTarget.MEETING, "meeting", ctx.t("ui.evidence.target.MEETING")));
        t.add(new Target(EvidenceTarget.OTHER, "other", ctx.t("ui.evidence.target.OTHER")));
        fixedTargets = List.copyOf(t);
        targets.setAll(t);
    }

    /** The rubric items, then the Circular 124 criteria of the unit's type, then the rest. */
    private void criterionTargets(vn.antq.domain.unit.UnitProfile unit) {
        if (unit == null || unit.type() == targetsFor) {
            return;
        }
        targetsFor = unit.type();
        List<Target> t = new ArrayList<>();
        int items = (int) fixedTargets.stream().filter(x -> x.target() == EvidenceTarget.RUBRIC_ITEM).count();
        t.addAll(fixedTargets.subList(0, items));
        for (var c : ctx.checklist().answerable(unit.type(), unit.hasPartyOrganisation(), unit.hasProtectionForce())) {
            var label = c.label() != null ? c.label() : c.text();
            t.add(new Target(EvidenceTarget.CHECKLIST_CRITERION, c.code(), ctx.t("ui.evidence.target.criterion",
                    c.code(), shorten(label.in(ctx.messages().locale())))));
        }
        t.addAll(fixedTargets.subList(items, fixedTargets.size()));
        targets.setAll(t);
    }

    private String itemLabel(String code) {
        // the data file's label already reads as printed ("4a", "5đ")
        return ctx.rubric().item(code).map(i -> i.label()).orElse(code);
    }

    private static String shorten(String s) {
        return s.length() > 70 ? s.substring(0, 68) + "…" : s;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private record Loaded(List<EvidenceFile> files, Map<Long, String> pledgeNames,
            vn.antq.domain.unit.UnitProfile unit) {
    }

    public void reload() {
        Integer year = ctx.year();
        // of the staff, only the names of those whose scanned pledge is linked (not the whole list)
        ctx.runner().run(p -> new Loaded(ctx.store().evidence().list(), year == null ? Map.of()
                : ctx.store().staff().pledgeScanNames(year), ctx.store().unit().profile().orElse(null)), l -> {
                    criterionTargets(l.unit());
                    Map<String, String> names = new HashMap<>();
                    l.pledgeNames().forEach((id, name) -> names.put(String.valueOf(id), name));
                    staffNames = names;
                    show(l.files());
                }, ctx::showError);
    }

    private void show(List<EvidenceFile> files) {
        Integer year = ctx.year();
        List<Row> out = new ArrayList<>();
        int problems = 0;
        for (EvidenceFile f : files) {
            EvidenceStatus st = checked.getOrDefault(f.sha256(), f.status());
            List<String> s = new ArrayList<>();
            for (EvidenceLink l : f.links()) {
                if (year == null || l.year() == year) {
                    s.add(linkText(l));
                }
            }
            boolean problem = st == EvidenceStatus.MISSING || st == EvidenceStatus.ALTERED;
            if (problem) {
                problems++;
            }
            out.add(new Row(f, String.join("; ", s), statusText(st), problem));
        }
        rows.setAll(out);
        summary.set(ctx.t("ui.evidence.summary", out.size(), problems));
    }

    String linkText(EvidenceLink l) {
        return switch (l.target()) {
            case RUBRIC_ITEM -> ctx.rubric().item(l.code()).isPresent() ? ctx.t("ui.evidence.link.item",
                    itemLabel(l.code())) : l.code();
            case STAFF_PLEDGE -> ctx.t("ui.evidence.link.pledge", staffNames.getOrDefault(l.code(), l.code()));
            case CHECKLIST_CRITERION -> ctx.t("ui.evidence.link.criterion", l.code());
            case CHECKLIST_EVENT -> ctx.t("ui.evidence.link.event", l.code());
            case DEPARTMENT_REGISTRATION -> ctx.t("ui.evidence.link.department", l.code());
            case UNIT_REGISTRATION -> ctx.t("ui.evidence.target.UNIT_REGISTRATION");
            case COMMENDATION -> ctx.t("ui.evidence.link.commendation", l.code());
            case MEETING -> ctx.t("ui.evidence.target.MEETING");
            case OTHER -> ctx.t("ui.evidence.target.OTHER");
        };
    }

    String statusText(EvidenceStatus s) {
        return switch (s) {
            case OK -> ctx.t("ui.evidence.status.OK");
            case MISSING -> ctx.t("ui.evidence.status.MISSING");
            case ALTERED -> ctx.t("ui.evidence.status.ALTERED");
            case UNCHECKED -> ctx.t("ui.evidence.status.UNCHECKED");
        };
    }

    public String details(Row r) {
        return ctx.t("ui.evidence.details", Forms.size(r.file().size()), r.file().mediaType(),
                Dates.format(r.file().addedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                r.file().sha256().substring(0, 12));
    }

    /** Adds files (and links them to {@code target} for the year when given). Long work, cancellable. */
    public void add(List<Path> files, Target target) {
        AttachEvidence.run(ctx, files, ctx.year(), target == null ? null : target.target(),
                target == null ? null : target.code(), this::reload, e -> {
                    ctx.showError(e);
                    reload();
                });
    }

    public void link(Row r, Target target) {
        Integer year = ctx.year();
        if (target == null || year == null) {
            return;
        }
        ctx.runner().run(p -> {
            ctx.store().evidence().link(r.file().sha256(), new EvidenceLink(year, target.target(), target.code()));
            return null;
        }, ok -> reload(), ctx::showError);
    }

    /** Removes this year's links of a file (the file stays for other years). */
    public void unlinkYear(Row r) {
        Integer year = ctx.year();
        ctx.runner().run(p -> {
            for (EvidenceLink l : r.file().links()) {
                if (l.year() == year) {
                    ctx.store().evidence().unlink(r.file().sha256(), l);
                }
            }
            return null;
        }, ok -> reload(), ctx::showError);
    }

    public void remove(Row r) {
        ctx.runner().run(p -> {
            ctx.store().evidence().remove(r.file().sha256());
            return null;
        }, ok -> reload(), ctx::showError);
    }

    /** Re-hashes every file: missing or altered copies are flagged. Long work, cancellable. */
    public void verify() {
        ctx.runner().runLong(ctx.t("ui.evidence.verifying"), p -> ctx.store().evidence().verify(p), files -> {
            checked.clear();
            for (EvidenceFile f : files) {
                checked.put(f.sha256(), f.status());
            }
            show(files);
            staffNamesRefresh();
        }, ctx::showError);
    }

    private void staffNamesRefresh() {
        // names are already loaded by reload(); nothing else to do
    }

    /** Opens the stored copy with the system viewer. */
    public void open(Row r) {
        ctx.openFile(ctx.store().evidence().path(r.file().sha256()));
    }
}
