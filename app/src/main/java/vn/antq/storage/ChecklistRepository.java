package vn.antq.storage;

import static vn.antq.storage.UnitRepository.requireUnit;
import static vn.antq.storage.YearRepository.requireYear;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;

/**
 * Circular 124 answers and listed events (tables {@code checklist_answer}, {@code
 * checklist_event}). Reached through {@link Store#checklist()}, inside its transactions.
 */
public final class ChecklistRepository {
    private final Store store;

    ChecklistRepository(Store store) {
        this.store = store;
    }

    public List<ChecklistAnswer> answers(int year) {
        return store.read(c -> answerRows(c, year));
    }

    static List<ChecklistAnswer> answerRows(Connection c, int year) throws SQLException {
        return Sql.query(c, "SELECT code, met, note FROM checklist_answer WHERE year = ? ORDER BY code",
                rs -> new ChecklistAnswer(rs.getString("code"), Sql.bool(rs, "met"), rs.getString("note")), year);
    }

    /**
     * Answers a Circular 124 criterion for a year: met (true), not met (false) or not answered yet
     * (null), with a note. An unanswered criterion without a note is removed (whatever list its code is
     * of). Audited.
     */
    public void setAnswer(int year, String criterionCode, Boolean met, String note) {
        writeAnswer(year, criterionCode, met, note, false);
    }

    /**
     * As {@link #setAnswer}, for an answer coming back as it was recorded ({@code import-assessment}):
     * it may be one recorded under another unit type before the unit's type changed, kept as it was
     * (it does not count for 8c) and checked against the list it belongs to.
     */
    public void setRecordedAnswer(int year, String criterionCode, Boolean met, String note) {
        writeAnswer(year, criterionCode, met, note, true);
    }

    private void writeAnswer(int year, String criterionCode, Boolean met, String note, boolean anyList) {
        String code = VietnameseText.clean(criterionCode);
        if (code.isEmpty()) {
            throw new StoreException("store.checklist.codeRequired");
        }
        String n = VietnameseText.clean(note);
        store.write(c -> {
            requireYear(c, year);
            if (store.options().checklist() != null && !(met == null && n.isEmpty())) {
                ChecklistAnswer a = new ChecklistAnswer(code, met, n);
                if (anyList) {
                    store.options().checklist().validateRecordedAnswer(requireUnit(c).type(), a);
                } else {
                    store.options().checklist().validateAnswer(requireUnit(c).type(), a);
                }
            }
            Optional<ChecklistAnswer> old = Sql.one(c, "SELECT code, met, note FROM checklist_answer WHERE year = ? "
                    + "AND code = ?", rs -> new ChecklistAnswer(rs.getString("code"), Sql.bool(rs, "met"),
                    rs.getString("note")), year, code);
            if (met == null && n.isEmpty()) {
                Sql.update(c, "DELETE FROM checklist_answer WHERE year = ? AND code = ?", year, code);
            } else {
                Sql.update(c, "INSERT INTO checklist_answer (year, code, met, note) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (year, code) DO UPDATE SET met = excluded.met, note = excluded.note",
                        year, code, met, n);
            }
            store.audit(c, year, AuditArea.CHECKLIST_ANSWER, code, old.map(ChecklistRepository::answerValue).orElse(null),
                    met == null && n.isEmpty() ? null : answerValue(new ChecklistAnswer(code, met, n)));
            return null;
        });
    }

    private static String answerValue(ChecklistAnswer a) {
        String m = String.valueOf(a.met());
        return a.note() == null || a.note().isEmpty() ? m : m + " | " + a.note();
    }

    public List<ChecklistEvent> events(int year) {
        return store.read(c -> eventRows(c, year));
    }

    static List<ChecklistEvent> eventRows(Connection c, int year) throws SQLException {
        return Sql.query(c, "SELECT * FROM checklist_event WHERE year = ? ORDER BY date, id", ChecklistRepository::mapEvent, year);
    }

    private static ChecklistEvent mapEvent(ResultSet rs) throws SQLException {
        return new ChecklistEvent(rs.getLong("id"), rs.getString("event_code"), Values.date(rs.getString("date")),
                rs.getString("description"), rs.getInt("excused") == 1);
    }

    /** Records a listed event (Circular 124, Điều 6.3 / 7.3) that occurred in the year's period. */
    public ChecklistEvent addEvent(int year, String eventCode, LocalDate date, String description, boolean excused) {
        return insertEvent(year, eventCode, date, description, excused, false);
    }

    /**
     * As {@link #addEvent}, for an event coming back as it was recorded ({@code import-assessment}): it
     * may be one listed only for another unit type, recorded before the unit's type changed (kept, not
     * counted), checked against a list that has it.
     */
    public ChecklistEvent addRecordedEvent(int year, String eventCode, LocalDate date, String description,
            boolean excused) {
        return insertEvent(year, eventCode, date, description, excused, true);
    }

    private ChecklistEvent insertEvent(int year, String eventCode, LocalDate date, String description, boolean excused,
            boolean anyList) {
        String code = VietnameseText.clean(eventCode);
        if (code.isEmpty()) {
            throw new StoreException("store.checklist.codeRequired");
        }
        String d = VietnameseText.clean(description);
        return store.write(c -> {
            requireYear(c, year);
            if (store.options().checklist() != null) {
                ChecklistEvent e = new ChecklistEvent(0, code, date, d, excused);
                if (anyList) {
                    store.options().checklist().validateRecordedEvent(requireUnit(c).type(), e);
                } else {
                    store.options().checklist().validateEvent(requireUnit(c).type(), e);
                }
            }
            long id = Sql.insert(c, "INSERT INTO checklist_event (year, event_code, date, description, excused) "
                    + "VALUES (?, ?, ?, ?, ?)", year, code, date, d, excused);
            ChecklistEvent e = new ChecklistEvent(id, code, date, d, excused);
            store.audit(c, year, AuditArea.CHECKLIST_EVENT, id + ": " + code, null, eventValue(e));
            return e;
        });
    }

    /** Replaces an event's code, date, description and excuse (by id). */
    public ChecklistEvent updateEvent(ChecklistEvent event) {
        String code = VietnameseText.clean(event.eventCode());
        if (code.isEmpty()) {
            throw new StoreException("store.checklist.codeRequired");
        }
        ChecklistEvent e = new ChecklistEvent(event.id(), code, event.date(), VietnameseText.clean(event.description()),
                event.excused());
        return store.write(c -> {
            Object[] old = Sql.one(c, "SELECT * FROM checklist_event WHERE id = ?",
                    rs -> new Object[] {rs.getInt("year"), mapEvent(rs)}, e.id())
                    .orElseThrow(() -> new StoreException("store.event.missing", String.valueOf(e.id())));
            if (store.options().checklist() != null) {
                store.options().checklist().validateEvent(requireUnit(c).type(), e);
            }
            Sql.update(c, "UPDATE checklist_event SET event_code = ?, date = ?, description = ?, excused = ? "
                    + "WHERE id = ?", e.eventCode(), e.date(), e.description(), e.excused(), e.id());
            store.audit(c, (Integer) old[0], AuditArea.CHECKLIST_EVENT, e.id() + ": " + code,
                    eventValue((ChecklistEvent) old[1]), eventValue(e));
            return e;
        });
    }

    public void removeEvent(long id) {
        store.write(c -> {
            Object[] old = Sql.one(c, "SELECT * FROM checklist_event WHERE id = ?",
                    rs -> new Object[] {rs.getInt("year"), mapEvent(rs)}, id)
                    .orElseThrow(() -> new StoreException("store.event.missing", String.valueOf(id)));
            ChecklistEvent e = (ChecklistEvent) old[1];
            Sql.update(c, "DELETE FROM checklist_event WHERE id = ?", id);
            Sql.update(c, "DELETE FROM evidence_link WHERE target = 'CHECKLIST_EVENT' AND code = ?", String.valueOf(id));
            store.audit(c, (Integer) old[0], AuditArea.CHECKLIST_EVENT, id + ": " + e.eventCode(), eventValue(e), null);
            return null;
        });
    }

    private static String eventValue(ChecklistEvent e) {
        return e.eventCode() + " " + e.date() + (e.excused() ? " excused" : "") + " | " + e.description();
    }

    // --- commendations ------------------------------------------------------------------------------
}
