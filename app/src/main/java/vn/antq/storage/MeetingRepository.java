package vn.antq.storage;

import static vn.antq.storage.YearRepository.requireYear;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.antq.domain.VietnameseText;
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
        Optional<ReviewMeeting> base = Sql.one(c, "SELECT * FROM review_meeting WHERE year = ?",
                rs -> new ReviewMeeting(Values.date(rs.getString("date")), rs.getString("location"), List.of(),
                        rs.getString("conclusions"), Sql.integer(rs, "votes_for"), Sql.integer(rs, "votes_against")),
                year);
        if (base.isEmpty()) {
            return base;
        }
        List<Participant> people = Sql.query(c, "SELECT role, name, title FROM meeting_participant WHERE year = ? "
                + "ORDER BY seq", rs -> new Participant(ParticipantRole.valueOf(rs.getString(1)), rs.getString(2),
                rs.getString(3)), year);
        ReviewMeeting m = base.get();
        return Optional.of(new ReviewMeeting(m.date(), m.location(), people, m.conclusions(), m.votesFor(),
                m.votesAgainst()));
    }

    /** Saves (replacing) the year's review meeting with its participants in order. */
    public ReviewMeeting saveMeeting(int year, ReviewMeeting meeting) {
        List<Participant> people = new ArrayList<>();
        for (Participant p : meeting.participants()) {
            String name = VietnameseText.clean(p.name());
            if (name.isEmpty()) {
                throw new StoreException("store.meeting.participantName");
            }
            people.add(new Participant(p.role() == null ? ParticipantRole.OTHER : p.role(), name, VietnameseText.clean(p.title())));
        }
        if ((meeting.votesFor() != null && meeting.votesFor() < 0)
                || (meeting.votesAgainst() != null && meeting.votesAgainst() < 0)) {
            throw new StoreException("store.meeting.votes");
        }
        ReviewMeeting m = new ReviewMeeting(meeting.date(), VietnameseText.clean(meeting.location()), people,
                VietnameseText.clean(meeting.conclusions()), meeting.votesFor(), meeting.votesAgainst());
        return store.write(c -> {
            requireYear(c, year);
            Sql.update(c, "DELETE FROM meeting_participant WHERE year = ?", year);
            Sql.update(c, "INSERT INTO review_meeting (year, date, location, conclusions, votes_for, votes_against) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET date = excluded.date, "
                    + "location = excluded.location, conclusions = excluded.conclusions, "
                    + "votes_for = excluded.votes_for, votes_against = excluded.votes_against", year, m.date(),
                    m.location(), m.conclusions(), m.votesFor(), m.votesAgainst());
            int seq = 0;
            for (Participant p : m.participants()) {
                Sql.update(c, "INSERT INTO meeting_participant (year, seq, role, name, title) VALUES (?, ?, ?, ?, ?)",
                        year, seq++, p.role(), p.name(), p.title());
            }
            return m;
        });
    }
}
