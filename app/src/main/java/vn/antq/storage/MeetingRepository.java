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
            return m;
        });
    }
}
