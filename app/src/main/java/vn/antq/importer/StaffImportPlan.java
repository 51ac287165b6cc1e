package vn.antq.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import vn.antq.domain.Dates;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.RecordDates;
import vn.antq.domain.unit.Department;
import vn.antq.storage.NewStaff;
import vn.antq.storage.StaffSync;
import vn.antq.storage.StaffSync.Person;

/**
 * What importing a staff list into a unit would do, shown before anything is written: people new to
 * the unit, people already there whose department, position, pledge… change (old → new), people
 * unchanged, people of the unit not in the file (kept, unless the user marks them as having left),
 * departments the file would create, and rows that cannot be matched safely (problems).
 *
 * <p>Matching a row to a person already there, in this order: the staff code when the row has one;
 * else the cleaned full name ({@link VietnameseText#key}) with the date of birth; else the full name
 * when exactly one person of the unit has it. A row that could be several people, or a person two
 * rows claim, is a problem: never guessed. Those who left earlier are matched too (they come back).
 */
public final class StaffImportPlan {
    /**
     * The user's choices.
     *
     * @param skipInvalid        import the good rows and leave out rows with errors or problems
     * @param createDepartments  create the departments the file names that the unit does not have
     *                           (else the rows naming them are problems)
     * @param markMissingLeft    mark the people not in the file as no longer working here from the year on
     */
    public record Options(boolean skipInvalid, boolean createDepartments, boolean markMissingLeft) {
    }

    /** A row for a person new to the unit. */
    public record Added(int row, StaffRow value) {
    }

    /** One detail that changes, as text: before → after. */
    public record FieldChange(StaffField field, String before, String after) {
    }

    /**
     * A row for a person already there whose details change.
     *
     * @param returning  they had been marked as having left and are working here again
     */
    public record Changed(int row, StaffRow value, Person before, List<FieldChange> changes, boolean returning) {
        public Changed {
            changes = List.copyOf(changes);
        }
    }

    /** A row for a person already there, nothing to change. */
    public record Unchanged(int row, Person person) {
    }

    /** A department the file names that the unit does not have, with the rows naming it. */
    public record NewDepartment(String name, List<Integer> rows) {
        public NewDepartment {
            rows = List.copyOf(rows);
        }
    }

    private final StaffImportPreview preview;
    private final Options options;
    private final int year;
    private final int activeBefore;
    private final List<Added> added = new ArrayList<>();
    private final List<Changed> changed = new ArrayList<>();
    private final List<Unchanged> unchanged = new ArrayList<>();
    private final List<Person> missing = new ArrayList<>();
    private final List<NewDepartment> newDepartments = new ArrayList<>();
    private final List<ImportIssue> problems = new ArrayList<>();
    private final Set<Integer> problemRows = new HashSet<>();

    private StaffImportPlan(StaffImportPreview preview, Options options, int year, int activeBefore) {
        this.preview = preview;
        this.options = options;
        this.year = year;
        this.activeBefore = activeBefore;
    }

    /** Matches the valid rows of a preview against the unit's people (pure: reads and writes nothing). */
    public static StaffImportPlan of(StaffImportPreview preview, StaffSync.Roster roster, Options options) {
        int year = roster.year();
        int active = 0;
        Map<String, List<Person>> byCode = new HashMap<>();
        Map<String, List<Person>> byName = new HashMap<>();
        for (Person p : roster.people()) {
            if (p.activeIn(year)) {
                active++;
            }
            String code = VietnameseText.key(p.staffCode());
            if (!code.isEmpty()) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>(1)).add(p);
            }
            byName.computeIfAbsent(VietnameseText.key(p.fullName()), k -> new ArrayList<>(1)).add(p);
        }
        Set<String> departments = new HashSet<>();
        for (Department d : roster.departments()) {
            departments.add(VietnameseText.key(d.name()));
        }
        StaffImportPlan plan = new StaffImportPlan(preview, options, year, active);
        Map<String, String> newDeptNames = new LinkedHashMap<>();
        Map<String, List<Integer>> newDeptRows = new HashMap<>();
        Map<Long, Integer> claimed = new HashMap<>();
        Set<String> unsureNames = new HashSet<>();
        boolean positionGiven = preview.mapping().column(StaffField.POSITION).isPresent();
        boolean phoneGiven = preview.mapping().column(StaffField.PHONE).isPresent();
        OptionalInt nameColumn = preview.mapping().column(StaffField.FULL_NAME);
        for (PreviewRow r : preview.rows()) {
            int n = r.rowNumber();
            if (!r.valid()) {
                if (nameColumn.isPresent() && nameColumn.getAsInt() < r.cells().size()) {
                    unsureNames.add(VietnameseText.key(r.cells().get(nameColumn.getAsInt())));
                }
                continue;
            }
            StaffRow v = r.value();
            String nameKey = VietnameseText.key(v.fullName());
            String deptKey = VietnameseText.key(v.department());
            boolean problem = false;
            if (!departments.contains(deptKey)) {
                newDeptNames.putIfAbsent(deptKey, v.department());
                newDeptRows.computeIfAbsent(deptKey, k -> new ArrayList<>()).add(n);
                if (!options.createDepartments()) {
                    plan.problems.add(ImportIssue.error(n, "importer.match.newDepartment", v.department()));
                    problem = true;
                }
            }
            if (v.pledgeDate() != null && !RecordDates.accepts(year, v.pledgeDate())) {
                // the same window the store and the screens hold a pledge of the year to (last year's list, a slip)
                plan.problems.add(ImportIssue.error(n, "importer.row.pledgeOutsideYear", Dates.format(v.pledgeDate()),
                        String.valueOf(year), Dates.format(RecordDates.first(year)), Dates.format(RecordDates.last(year))));
                problem = true;
            }
            List<Person> candidates = candidates(v, byCode, byName.getOrDefault(nameKey, List.of()));
            if (candidates.size() > 1) {
                plan.problems.add(ImportIssue.error(n, "importer.match.ambiguous", v.fullName(), candidates.size()));
                problem = true;
            }
            Person match = candidates.size() == 1 ? candidates.get(0) : null;
            if (match != null) {
                Integer other = claimed.putIfAbsent(match.id(), n);
                if (other != null) {
                    plan.problems.add(ImportIssue.error(n, "importer.match.twice", v.fullName(), other));
                    problem = true;
                }
            }
            if (problem) {
                plan.problemRows.add(n);
                unsureNames.add(nameKey);
                continue;
            }
            if (match == null) {
                plan.added.add(new Added(n, v));
                continue;
            }
            List<FieldChange> changes = changes(v, match, positionGiven, phoneGiven);
            boolean returning = !match.activeIn(year);
            if (changes.isEmpty() && !returning) {
                plan.unchanged.add(new Unchanged(n, match));
            } else {
                plan.changed.add(new Changed(n, v, match, changes, returning));
            }
        }
        for (Person p : roster.people()) {
            if (p.activeIn(year) && !claimed.containsKey(p.id()) && !unsureNames.contains(VietnameseText.key(p.fullName()))) {
                plan.missing.add(p);
            }
        }
        newDeptNames.forEach((k, name) -> plan.newDepartments.add(new NewDepartment(name, newDeptRows.get(k))));
        plan.problems.sort(java.util.Comparator.comparingInt(ImportIssue::row));
        return plan;
    }

    /** The people a row could be: by staff code, else by name and date of birth, else by name alone. */
    private static List<Person> candidates(StaffRow v, Map<String, List<Person>> byCode, List<Person> sameName) {
        String code = VietnameseText.key(v.staffCode());
        if (!code.isEmpty()) {
            List<Person> byItsCode = byCode.get(code);
            if (byItsCode != null) {
                return byItsCode;
            }
        }
        List<Person> names = new ArrayList<>(sameName.size());
        for (Person p : sameName) {
            // a person with another code is another person
            if (code.isEmpty() || VietnameseText.key(p.staffCode()).isEmpty()) {
                names.add(p);
            }
        }
        if (v.dateOfBirth() == null || names.isEmpty()) {
            return names;
        }
        List<Person> sameBirth = new ArrayList<>(1);
        List<Person> birthUnknown = new ArrayList<>(1);
        for (Person p : names) {
            if (v.dateOfBirth().equals(p.dateOfBirth())) {
                sameBirth.add(p);
            } else if (p.dateOfBirth() == null) {
                birthUnknown.add(p);
            }
        }
        if (!sameBirth.isEmpty()) {
            return sameBirth;
        }
        if (birthUnknown.isEmpty()) {
            return List.of(); // everyone of this name was born on another day: a new person
        }
        // some of this name have no birth date: the one person of the name, else ambiguous
        return names;
    }

    private static List<FieldChange> changes(StaffRow v, Person p, boolean positionGiven, boolean phoneGiven) {
        List<FieldChange> out = new ArrayList<>();
        String oldName = VietnameseText.clean(p.fullName());
        if (!v.fullName().equals(oldName)) {
            out.add(new FieldChange(StaffField.FULL_NAME, oldName, v.fullName()));
        }
        if (!VietnameseText.key(v.department()).equals(VietnameseText.key(p.departmentName()))) {
            out.add(new FieldChange(StaffField.DEPARTMENT, VietnameseText.clean(p.departmentName()), v.department()));
        }
        String oldPosition = VietnameseText.clean(p.position());
        if (positionGiven && !v.position().equals(oldPosition)) {
            out.add(new FieldChange(StaffField.POSITION, oldPosition, v.position()));
        }
        if (v.dateOfBirth() != null && !v.dateOfBirth().equals(p.dateOfBirth())) {
            out.add(new FieldChange(StaffField.DATE_OF_BIRTH, date(p.dateOfBirth()), date(v.dateOfBirth())));
        }
        String oldPhone = VietnameseText.clean(p.phone());
        if (phoneGiven && !v.phone().equals(oldPhone)) {
            out.add(new FieldChange(StaffField.PHONE, oldPhone, v.phone()));
        }
        String oldCode = VietnameseText.clean(p.staffCode());
        if (!v.staffCode().isEmpty() && !v.staffCode().equals(oldCode)) {
            out.add(new FieldChange(StaffField.STAFF_CODE, oldCode, v.staffCode()));
        }
        if (v.pledged() != null) {
            LocalDate newDate = pledgeDate(v, p);
            boolean oldSigned = Boolean.TRUE.equals(p.signed());
            LocalDate oldDate = oldSigned ? p.pledgeDate() : null;
            if (!v.pledged().equals(p.signed()) || !Objects.equals(newDate, oldDate)) {
                out.add(new FieldChange(StaffField.PLEDGED, pledgeText(p.signed(), oldDate),
                        pledgeText(v.pledged(), newDate)));
            }
        }
        return out;
    }

    /** The pledge date written: the row's, else (still signed) the one already recorded. */
    private static LocalDate pledgeDate(StaffRow v, Person p) {
        if (!Boolean.TRUE.equals(v.pledged())) {
            return null;
        }
        if (v.pledgeDate() != null) {
            return v.pledgeDate();
        }
        return Boolean.TRUE.equals(p.signed()) ? p.pledgeDate() : null;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : Dates.format(d);
    }

    /** "có", "có (15/03/2026)", "không", or "" when nothing is recorded. */
    private static String pledgeText(Boolean signed, LocalDate date) {
        if (signed == null) {
            return "";
        }
        return signed ? (date == null ? "có" : "có (" + Dates.format(date) + ")") : "không";
    }

    // --- what the plan holds --------------------------------------------------------------------------

    public StaffImportPreview preview() {
        return preview;
    }

    public Options options() {
        return options;
    }

    public int year() {
        return year;
    }

    public List<Added> added() {
        return List.copyOf(added);
    }

    public List<Changed> changed() {
        return List.copyOf(changed);
    }

    public List<Unchanged> unchanged() {
        return List.copyOf(unchanged);
    }

    /** People counted in the year who are not in the file (kept unless marked as having left). */
    public List<Person> missing() {
        return List.copyOf(missing);
    }

    /** Departments the file names that the unit does not have. */
    public List<NewDepartment> newDepartments() {
        return List.copyOf(newDepartments);
    }

    /** Rows that cannot be matched safely (ambiguous, claimed twice, a new department not allowed). */
    public List<ImportIssue> problems() {
        return List.copyOf(problems);
    }

    /** Rows left out of the write: those with errors and those with problems (only with skip-invalid). */
    public List<PreviewRow> skippedRows() {
        return preview.rows().stream().filter(r -> !r.valid() || problemRows.contains(r.rowNumber())).toList();
    }

    /** People counted in the year before the import. */
    public int staffBefore() {
        return activeBefore;
    }

    /** People counted in the year after the import as planned. */
    public int staffAfter() {
        int returning = (int) changed.stream().filter(Changed::returning).count();
        return activeBefore + added.size() + returning - (options.markMissingLeft() ? missing.size() : 0);
    }

    /** How many rows would be written (new, changed or unchanged people). */
    public int matchedRows() {
        return added.size() + changed.size() + unchanged.size();
    }

    /** Whether the write may go ahead: no file problem, something to write, no bad row unless skipped. */
    public boolean canWrite() {
        return preview.fileIssues().isEmpty() && matchedRows() > 0
                && (options.skipInvalid() || (preview.invalidCount() == 0 && problems.isEmpty()));
    }

    /** What the store writes for this plan. */
    StaffSync.Changes changes() {
        List<NewStaff> add = new ArrayList<>(added.size());
        for (Added a : added) {
            StaffRow v = a.value();
            add.add(new NewStaff(v.fullName(), v.department(), v.position(), v.dateOfBirth(), v.phone(), v.pledged(),
                    v.pledgeDate(), v.staffCode()));
        }
        boolean positionGiven = preview.mapping().column(StaffField.POSITION).isPresent();
        boolean phoneGiven = preview.mapping().column(StaffField.PHONE).isPresent();
        List<StaffSync.Update> update = new ArrayList<>(changed.size());
        for (Changed c : changed) {
            StaffRow v = c.value();
            Person p = c.before();
            boolean pledgeChanges = c.changes().stream().anyMatch(f -> f.field() == StaffField.PLEDGED);
            update.add(new StaffSync.Update(p.id(), new NewStaff(v.fullName(), v.department(),
                    positionGiven ? v.position() : p.position(), v.dateOfBirth() != null ? v.dateOfBirth()
                            : p.dateOfBirth(), phoneGiven ? v.phone() : p.phone(),
                    pledgeChanges ? v.pledged() : null, pledgeChanges ? pledgeDate(v, p) : null,
                    v.staffCode().isEmpty() ? p.staffCode() : v.staffCode())));
        }
        List<Long> leaving = new ArrayList<>();
        if (options.markMissingLeft()) {
            for (Person p : missing) {
                leaving.add(p.id());
            }
        }
        return new StaffSync.Changes(add, update, leaving, options.createDepartments());
    }

    /** A summary of every decision, to check that the data did not change between preview and write. */
    String fingerprint() {
        StringBuilder b = new StringBuilder();
        added.forEach(a -> b.append('+').append(a.row()));
        changed.forEach(c -> b.append('~').append(c.row()).append(':').append(c.before().id()).append(c.changes()));
        unchanged.forEach(u -> b.append('=').append(u.row()).append(':').append(u.person().id()));
        missing.forEach(p -> b.append('-').append(p.id()));
        newDepartments.forEach(d -> b.append('#').append(d.name()));
        problems.forEach(p -> b.append('!').append(p.row()).append(p.key()));
        return b.toString();
    }
}
