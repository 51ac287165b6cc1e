package vn.antq.storage;

import static vn.antq.storage.YearRepository.requireYear;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.ReviewMeeting;

/**
 * The review meeting and its participants (tables {@code review_meeting}, {@code
 * meeting_participant}). Reached through {@link Store#meetings()}, inside its transactions.
 */
public final class MeetingRepository {
    private final Store store;

    MeetingRepository(Store store) {
        this.store = store;
    }

    public Optional<ReviewMeeting> meeting(int year) {
        return store.read(c -> meetingRow(c, year));
    }

    static Optional<ReviewMeeting> meetingRow(Connection c, int year) throws SQLException {
        List<Participant> people = Sql.query(c, "SELECT role, name, title FROM meeting_participant WHERE year = ? "
                + "ORDER BY seq", rs -> new Participant(ParticipantRole.valueOf(rs.getString(1)), rs.getString(2),
                rs.getString(3)), year);
        return Sql.one(c, "SELECT * FROM review_meeting WHERE year = ?",
                rs -> new ReviewMeeting(Values.date(rs.getString("date")), Values.time(rs.getString("start_time")),
                        Values.time(rs.getString("end_time")), rs.getString("location"), people,
                        rs.getString("opinions"), rs.getString("conclusions"), Sql.integer(rs, "votes_for"),
                        Sql.integer(rs, "votes_against"), Sql.integer(rs, "votes_total")),
                year);
    }

    /**
     * Saves (replacing) the year's review meeting with its participants in order, as {@link
     * ReviewMeeting#cleaned()} keeps it (and refuses it whole, changing nothing).
     */
    public ReviewMeeting saveMeeting(int year, ReviewMeeting meeting) {
        ReviewMeeting m = meeting.cleaned();
        return store.write(c -> {
            requireYear(c, year);
            String old = meetingRow(c, year).map(MeetingRepository::meetingValue).orElse(null);
            Sql.update(c, "DELETE FROM meeting_participant WHERE year = ?", year);
            Sql.update(c, "INSERT INTO review_meeting (year, date, start_time, end_time, location, opinions, "
                    + "conclusions, votes_for, votes_against, votes_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (year) DO UPDATE SET date = excluded.date, start_time = excluded.start_time, "
                    + "end_time = excluded.end_time, location = excluded.location, opinions = excluded.opinions, "
                    + "conclusions = excluded.conclusions, votes_for = excluded.votes_for, "
                    + "votes_against = excluded.votes_against, votes_total = excluded.votes_total", year, m.date(),
                    Values.time(m.startTime()), Values.time(m.endTime()), m.location(), m.opinions(), m.conclusions(),
                    m.votesFor(), m.votesAgainst(), m.votesTotal());
            int seq = 0;
            for (Participant p : m.participants()) {
                Sql.update(c, "INSERT INTO meeting_participant (year, seq, role, name, title) VALUES (?, ?, ?, ?, ?)",
                        year, seq++, p.role(), p.name(), p.title());
            }
            store.audit(c, year, AuditArea.MEETING, "meeting", old, meetingValue(m));
            return m;
        });
    }

    /**
     * Deletes the year's review meeting with its participants (one transaction, audited with what it
     * held). The evidence linked to the meeting (a scan of the signed minutes) stays linked: it is kept
     * for the meeting entered again. False when the year had no meeting (nothing changed).
     */
    public boolean deleteMeeting(int year) {
        return store.write(c -> {
            requireYear(c, year);
            Optional<ReviewMeeting> old = meetingRow(c, year);
            if (old.isEmpty()) {
                return false;
            }
            Sql.update(c, "DELETE FROM meeting_participant WHERE year = ?", year);
            Sql.update(c, "DELETE FROM review_meeting WHERE year = ?", year);
            store.audit(c, year, AuditArea.MEETING, "meeting", meetingValue(old.get()), null);
            return true;
        });
    }

    /** The meeting as one audit value: every field, participants by role, in order. */
    private static String meetingValue(ReviewMeeting m) {
        StringBuilder b = new StringBuilder();
        b.append(m.date()).append(' ').append(Values.time(m.startTime())).append('-').append(Values.time(m.endTime()))
                .append(" | ").append(m.location()).append(" |");
        for (Participant p : m.participants()) {
            b.append(' ').append(p.role()).append(": ").append(p.name());
            if (p.title() != null && !p.title().isEmpty()) {
                b.append(", ").append(p.title());
            }
            b.append(';');
        }
        b.append(" | votes ").append(m.votesFor()).append('/').append(m.votesAgainst()).append('/').append(m.votesTotal())
                .append(" | ").append(m.opinions()).append(" | ").append(m.conclusions());
        return b.toString();
    }
}
