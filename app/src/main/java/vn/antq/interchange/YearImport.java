package vn.antq.interchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.antq.domain.DomainException;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.scoring.ScoringFacts;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.ManualScore;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.StaffSync;
import vn.antq.storage.Store;
import vn.antq.storage.StoreException;

/**
 * {@code import-assessment}: writes a {@link YearFile} into the store in ONE transaction, through the
 * store's own writes (each checks and audits as when a clerk makes the change on a screen). Any refusal
 * (a department or person not found, a unit that is not this one…) rolls the whole import back.
 *
 * <p>What the file says replaces, section by section: a section in the file is the year's record of
 * that kind (items not in {@code items} lose their points, criteria not in {@code checklist.answers}
 * their answer, events and commendations not in the file are removed, departments not in
 * {@code registration.departments} and people not in {@code pledges} are not registered / not signed);
 * a section not in the file leaves those records as they are. Events and commendations identical to
 * one already recorded are kept as they are (with their evidence links).
 *
 * <p>Matching: a department by its name ({@link VietnameseText#key}: NFC, case and spacing aside); a
 * person among those working in the year by staff code when the entry has one (the name must then be
 * that person's), else by name and department; a name several people share in one department must be
 * given with its code. Nothing new is created: the staff list comes in through {@code import-staff}.
 */
public final class YearImport {
    /**
     * What an import did.
     *
     * @param written  per section in the file, how many records it holds
     * @param kept     the sections not in the file (their records left as they were)
     * @param facts    the facts of the records after the import, to compare with the file's {@code facts}
     */
    public record Result(int year, String unitName, Map<String, Integer> written, List<String> kept,
            ScoringFacts facts) {
    }

    private static final List<String> SECTIONS = List.of("items", "itemNotes", "registration.unit",
            "registration.departments", "pledges", "checklist.answers", "checklist.events", "commendations",
            "recognition", "meeting", "documentDate", "recognisingBody");

    private YearImport() {
    }

    /** Imports the file; nothing is changed when it is refused. */
    public static Result apply(Store store, YearFile f) {
        int year = f.year();
        Map<String, Integer> written = new LinkedHashMap<>();
        String unitName = store.writeAll(() -> {
            UnitProfile unit = store.unit().profile().orElseThrow(() -> new StoreException("store.unit.missing"));
            checkUnit(unit, f);
            if (store.years().get(year).isEmpty()) {
                store.years().start(year);
            }
            if (f.itemsGiven()) {
                written.put("items", scores(store, f));
            }
            if (f.itemNotes() != null) {
                written.put("itemNotes", f.itemNotes().size());
            }
            if (f.registration() != null) {
                if (f.registration().unitGiven()) {
                    store.years().setRegistration(year, f.registration().unit());
                    written.put("registration.unit", f.registration().unit() == null ? 0 : 1);
                }
                if (f.registration().departments() != null) {
                    written.put("registration.departments", departments(store, year, f.registration().departments()));
                }
            }
            if (f.pledges() != null) {
                written.put("pledges", pledges(store, year, f.pledges()));
            }
            if (f.answers() != null) {
                written.put("checklist.answers", answers(store, year, f.answers()));
            }
            if (f.events() != null) {
                written.put("checklist.events", events(store, year, f.events()));
            }
            if (f.commendations() != null) {
                written.put("commendations", commendations(store, year, f.commendations()));
            }
            if (f.recognition() != null) {
                store.years().setRecognition(year, f.recognition().decision(), f.recognition().date());
                written.put("recognition", f.recognition().decision().isEmpty() ? 0 : 1);
            }
            if (f.meeting() != null) {
                if (f.meeting().isPresent()) {
                    store.meetings().saveMeeting(year, f.meeting().get());
                } else {
                    store.meetings().deleteMeeting(year);
                }
                written.put("meeting", f.meeting().isPresent() ? 1 : 0);
            }
            if (f.recognisingBody() != null) {
                store.unit().update(unit.withRecognisingBody(f.recognisingBody()));
                written.put("recognisingBody", 1);
            }
            if (f.documentDate() != null) {
                store.years().setDocumentDate(year, f.documentDate().orElse(null));
                written.put("documentDate", f.documentDate().isPresent() ? 1 : 0);
            }
            return unit.name();
        });
        List<String> kept = SECTIONS.stream().filter(s -> !written.containsKey(s)).toList();
        return new Result(year, unitName, written, kept, store.facts(year));
    }

    /** The file must be this unit's: the same type, and the same code (when both have one) or else name. */
    private static void checkUnit(UnitProfile unit, YearFile f) {
        if (f.assessment().unitType() != unit.type()) {
            throw new DomainException("interchange.error.unitType", f.assessment().unitType().name(), unit.type().name());
        }
        String fileCode = f.unitCode() == null ? "" : VietnameseText.key(f.unitCode());
        String storeCode = VietnameseText.key(unit.codeOrEmpty());
        if (!fileCode.isEmpty() && !storeCode.isEmpty()) {
            if (!fileCode.equals(storeCode)) {
                throw new DomainException("interchange.error.unitCode", f.unitCode(), unit.codeOrEmpty());
            }
        } else if (!VietnameseText.key(f.assessment().unitName()).equals(VietnameseText.key(unit.name()))) {
            throw new DomainException("interchange.error.unitName", f.assessment().unitName(), unit.name());
        }
    }

    private static int scores(Store store, YearFile f) {
        int year = f.year();
        Map<String, ManualScore> before = new HashMap<>();
        for (ManualScore m : store.scores().ofYear(year)) {
            before.put(m.code(), m);
        }
        for (Map.Entry<String, Integer> e : f.assessment().items().entrySet()) {
            ManualScore old = before.remove(e.getKey());
            String note = f.itemNotes() != null ? f.itemNotes().getOrDefault(e.getKey(), "")
                    : old == null ? "" : old.note();
            if (old == null || old.points() != e.getValue() || !Objects.equals(old.note(), note)) {
                store.scores().set(year, e.getKey(), e.getValue(), note);
            }
        }
        for (String code : before.keySet()) {
            store.scores().set(year, code, null, "");
        }
        return f.assessment().items().size();
    }

    private static int departments(Store store, int year, List<YearFile.DepartmentRef> refs) {
        List<DepartmentYear> all = store.departments().ofYear(year);
        Map<String, DepartmentYear> byKey = new HashMap<>();
        for (DepartmentYear d : all) {
            byKey.put(VietnameseText.key(d.department().name()), d);
        }
        Map<Long, LocalDate> registered = new HashMap<>();
        Map<Long, String> seenAt = new HashMap<>();
        for (YearFile.DepartmentRef r : refs) {
            DepartmentYear d = byKey.get(VietnameseText.key(r.name()));
            if (d == null) {
                throw new DomainException("interchange.error.unknownDepartment", r.path() + ".name", r.name());
            }
            long id = d.department().id();
            if (seenAt.containsKey(id)) {
                throw new DomainException("interchange.error.duplicateDepartment", r.path() + ".name", r.name(),
                        seenAt.get(id));
            }
            seenAt.put(id, r.path());
            registered.put(id, r.date());
        }
        for (DepartmentYear d : all) {
            long id = d.department().id();
            boolean reg = registered.containsKey(id);
            LocalDate date = registered.get(id);
            if (d.registered() != reg || !Objects.equals(reg ? d.date() : null, date)) {
                store.departments().setRegistration(year, id, reg, date);
            }
        }
        return refs.size();
    }

    private static int pledges(Store store, int year, List<YearFile.PledgeRef> refs) {
        List<StaffSync.Person> people = store.staffList().roster(year).people().stream().filter(p -> p.activeIn(year)).toList();
        Map<String, List<StaffSync.Person>> byCode = new HashMap<>();
        Map<String, List<StaffSync.Person>> byName = new HashMap<>();
        for (StaffSync.Person p : people) {
            String code = VietnameseText.key(p.staffCode());
            if (!code.isEmpty()) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>(1)).add(p);
            }
            byName.computeIfAbsent(nameKey(p.fullName(), p.departmentName()), k -> new ArrayList<>(1)).add(p);
        }
        Map<Long, LocalDate> signed = new HashMap<>();
        Map<Long, String> seenAt = new HashMap<>();
        for (YearFile.PledgeRef r : refs) {
            StaffSync.Person p = person(r, byCode, byName, year);
            if (seenAt.containsKey(p.id())) {
                throw new DomainException("interchange.error.duplicateStaff", r.path(), r.name(), seenAt.get(p.id()));
            }
            seenAt.put(p.id(), r.path());
            signed.put(p.id(), r.date());
        }
        // only the pledges that change, grouped by date: one write per date
        Map<LocalDate, List<Long>> toSign = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator
                .naturalOrder()));
        List<Long> nullDate = new ArrayList<>();
        List<Long> toUnsign = new ArrayList<>();
        for (StaffSync.Person p : people) {
            boolean was = Boolean.TRUE.equals(p.signed());
            if (signed.containsKey(p.id())) {
                LocalDate d = signed.get(p.id());
                if (!was || !Objects.equals(p.pledgeDate(), d)) {
                    if (d == null) {
                        nullDate.add(p.id());
                    } else {
                        toSign.computeIfAbsent(d, k -> new ArrayList<>()).add(p.id());
                    }
                }
            } else if (was) {
                toUnsign.add(p.id());
            }
        }
        if (!toUnsign.isEmpty()) {
            store.staff().setPledges(year, toUnsign, false, null);
        }
        if (!nullDate.isEmpty()) {
            store.staff().setPledges(year, nullDate, true, null);
        }
        toSign.forEach((d, ids) -> store.staff().setPledges(year, ids, true, d));
        return refs.size();
    }

    private static String nameKey(String name, String department) {
        return VietnameseText.key(name) + '\u0000' + VietnameseText.key(department == null ? "" : department);
    }

    private static StaffSync.Person person(YearFile.PledgeRef r, Map<String, List<StaffSync.Person>> byCode,
            Map<String, List<StaffSync.Person>> byName, int year) {
        String code = VietnameseText.key(r.code());
        if (!code.isEmpty()) {
            List<StaffSync.Person> found = byCode.getOrDefault(code, List.of());
            if (found.isEmpty()) {
                throw new DomainException("interchange.error.unknownStaffCode", r.path() + ".code", r.code(),
                        String.valueOf(year));
            }
            if (found.size() > 1) {
                throw new DomainException("interchange.error.sharedStaffCode", r.path() + ".code", r.code(),
                        found.size());
            }
            StaffSync.Person p = found.get(0);
            if (!VietnameseText.key(p.fullName()).equals(VietnameseText.key(r.name()))) {
                throw new DomainException("interchange.error.codeName", r.path() + ".name", r.code(), p.fullName(),
                        r.name());
            }
            return p;
        }
        List<StaffSync.Person> found = byName.getOrDefault(nameKey(r.name(), r.department()), List.of());
        if (found.isEmpty()) {
            throw new DomainException("interchange.error.unknownStaff", r.path(), r.name(),
                    r.department().isEmpty() ? "—" : r.department(), String.valueOf(year));
        }
        if (found.size() > 1) {
            throw new DomainException("interchange.error.ambiguousStaff", r.path(), found.size(), r.name(),
                    r.department().isEmpty() ? "—" : r.department());
        }
        return found.get(0);
    }

    private static int answers(Store store, int year, List<ChecklistAnswer> answers) {
        Map<String, ChecklistAnswer> before = new HashMap<>();
        for (ChecklistAnswer a : store.checklist().answers(year)) {
            before.put(a.criterionCode(), a);
        }
        for (ChecklistAnswer a : answers) {
            ChecklistAnswer old = before.remove(a.criterionCode());
            if (!a.equals(old)) {
                // as recorded: an answer of another unit type's list (the type changed after) is kept too
                store.checklist().setRecordedAnswer(year, a.criterionCode(), a.met(), a.note());
            }
        }
        for (String code : before.keySet()) {
            store.checklist().setAnswer(year, code, null, "");
        }
        return answers.size();
    }

    private static int events(Store store, int year, List<ChecklistEvent> events) {
        record Key(String code, LocalDate date, String description, boolean excused) {
        }
        Map<Key, List<Long>> before = new HashMap<>();
        for (ChecklistEvent e : store.checklist().events(year)) {
            before.computeIfAbsent(new Key(e.eventCode(), e.date(), e.description(), e.excused()),
                    k -> new ArrayList<>()).add(e.id());
        }
        List<ChecklistEvent> add = new ArrayList<>();
        for (ChecklistEvent e : events) {
            List<Long> same = before.get(new Key(e.eventCode(), e.date(), e.description(), e.excused()));
            if (same != null && !same.isEmpty()) {
                same.remove(0);
            } else {
                add.add(e);
            }
        }
        for (List<Long> ids : before.values()) {
            for (long id : ids) {
                store.checklist().removeEvent(id);
            }
        }
        for (ChecklistEvent e : add) {
            store.checklist().addRecordedEvent(year, e.eventCode(), e.date(), e.description(), e.excused());
        }
        return events.size();
    }

    private static int commendations(Store store, int year, List<Commendation> list) {
        Map<Commendation, List<Long>> before = new HashMap<>();
        for (Commendation c : store.scores().commendations(year)) {
            before.computeIfAbsent(withoutId(c), k -> new ArrayList<>()).add(c.id());
        }
        List<Commendation> add = new ArrayList<>();
        for (Commendation c : list) {
            List<Long> same = before.get(withoutId(c));
            if (same != null && !same.isEmpty()) {
                same.remove(0);
            } else {
                add.add(c);
            }
        }
        for (List<Long> ids : before.values()) {
            for (long id : ids) {
                store.scores().removeCommendation(id);
            }
        }
        for (Commendation c : add) {
            store.scores().addCommendation(year, c.kind(), c.title(), c.recipient(), c.issuer(), c.decisionNumber(), c.date(),
                    c.extraordinary());
        }
        return list.size();
    }

    private static Commendation withoutId(Commendation c) {
        return new Commendation(0, c.kind(), c.title(), c.recipient(), c.issuer(), c.decisionNumber(), c.date(),
                c.extraordinary());
    }
}
