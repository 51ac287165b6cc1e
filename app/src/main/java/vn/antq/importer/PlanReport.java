package vn.antq.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.antq.i18n.Messages;
import vn.antq.storage.StaffSync.Person;

/** A staff import plan as lines of text, for the command line and the preview screen. */
public final class PlanReport {
    private PlanReport() {
    }

    /** One line with every count of the plan. */
    public static String summary(StaffImportPlan plan, Messages m) {
        return m.get("importer.plan.summary", plan.preview().fileName(), String.valueOf(plan.year()), plan.added().size(),
                plan.changed().size(), plan.unchanged().size(), plan.missing().size(), plan.newDepartments().size(),
                plan.skippedRows().size());
    }

    /** What changes for one person: "Phòng ban: A → B; Cam kết: không → có". */
    public static String changes(StaffImportPlan.Changed c, Messages m) {
        List<String> parts = new ArrayList<>();
        if (c.returning()) {
            parts.add(m.get("importer.plan.returning"));
        }
        for (StaffImportPlan.FieldChange f : c.changes()) {
            parts.add(m.get("importer.plan.change", f.field().label(m.locale()), shown(f.before(), m),
                    shown(f.after(), m)));
        }
        return String.join("; ", parts);
    }

    /** "Nguyễn Văn An (Phòng Kế toán)". */
    public static String person(Person p) {
        return p.fullName() + (p.departmentName().isEmpty() ? "" : " (" + p.departmentName() + ")");
    }

    /**
     * Every section of the plan, each cut at {@code limit} lines: new people, changed people (old →
     * new), people not in the file, new departments with their consequence for item 8b, the counts.
     */
    public static List<String> lines(StaffImportPlan plan, Messages m, int limit) {
        List<String> out = new ArrayList<>();
        out.add(summary(plan, m));
        List<String> section = new ArrayList<>();
        for (StaffImportPlan.Added a : plan.added()) {
            section.add(m.get("importer.plan.added", String.valueOf(a.row()), a.value().fullName(), a.value().department()));
        }
        cut(out, section, limit, m);
        for (StaffImportPlan.Changed c : plan.changed()) {
            section.add(m.get("importer.plan.changed", String.valueOf(c.row()), c.value().fullName(), changes(c, m)));
        }
        cut(out, section, limit, m);
        for (Person p : plan.missing()) {
            section.add(m.get("importer.plan.missing", p.fullName(), p.departmentName()));
        }
        cut(out, section, limit, m);
        if (!plan.missing().isEmpty()) {
            out.add(m.get(plan.options().markMissingLeft() ? "importer.plan.missingLeft" : "importer.plan.missingKept",
                    plan.missing().size(), String.valueOf(plan.year())));
        }
        for (StaffImportPlan.NewDepartment d : plan.newDepartments()) {
            section.add(m.get("importer.plan.newDepartment", d.name(),
                    d.rows().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        cut(out, section, limit, m);
        if (!plan.newDepartments().isEmpty()) {
            out.add(m.get("importer.plan.newDepartments.effect", plan.newDepartments().size(),
                    String.valueOf(plan.year())));
        }
        out.add(m.get("importer.plan.count", String.valueOf(plan.year()), plan.staffBefore(), plan.staffAfter()));
        return out;
    }

    private static void cut(List<String> out, List<String> section, int limit, Messages m) {
        if (section.size() > limit) {
            out.addAll(section.subList(0, limit));
            out.add(m.get("importer.plan.more", section.size() - limit));
        } else {
            out.addAll(section);
        }
        section.clear();
    }

    private static String shown(String value, Messages m) {
        return value == null || value.isEmpty() ? m.get("importer.plan.none") : value;
    }
}
