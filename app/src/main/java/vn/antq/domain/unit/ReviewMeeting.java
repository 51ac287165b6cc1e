package vn.antq.domain.unit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.antq.domain.DomainException;
import vn.antq.domain.VietnameseText;

/**
 * The year-end review meeting the dossier's minutes (biên bản) are made from (Circular 124, Điều
 * 9.1.c: chaired by the head of unit with the Party committee, the mass organisations, the protection
 * force, a commune-police representative and the managing authority).
 *
 * @param date          date held
 * @param startTime     time it started (null when not recorded)
 * @param endTime       time it ended, the same day (null when not recorded)
 * @param location      where
 * @param participants  who attended, by role: the chair ({@link ParticipantRole#CHAIR}) and the secretary
 *                      ({@link ParticipantRole#SECRETARY}) among them, at most one of each
 * @param opinions      the opinions expressed (ý kiến phát biểu), one per line; blank when none recorded
 * @param conclusions   what the meeting concluded, added to the conclusion the dossier generates from the
 *                      outcome (never replacing it)
 * @param votesFor      votes agreeing with the proposal (null when not recorded)
 * @param votesAgainst  votes against (null when not recorded)
 * @param votesTotal    how many took part in the vote (tổng số; null when not recorded); at least
 *                      {@code votesFor + votesAgainst}, the rest abstaining
 */
public record ReviewMeeting(LocalDate date, LocalTime startTime, LocalTime endTime, String location,
        List<Participant> participants, String opinions, String conclusions, Integer votesFor, Integer votesAgainst,
        Integer votesTotal) {
    public ReviewMeeting {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** A meeting recorded without times, opinions or vote total (as before schema V7). */
    public ReviewMeeting(LocalDate date, String location, List<Participant> participants, String conclusions,
            Integer votesFor, Integer votesAgainst) {
        this(date, null, null, location, participants, "", conclusions, votesFor, votesAgainst, null);
    }

    /** The chair, when one is recorded. */
    public java.util.Optional<Participant> chair() {
        return participants.stream().filter(p -> p.role() == ParticipantRole.CHAIR).findFirst();
    }

    /** The secretary, when one is recorded. */
    public java.util.Optional<Participant> secretary() {
        return participants.stream().filter(p -> p.role() == ParticipantRole.SECRETARY).findFirst();
    }

    /** The participants of one role, in order. */
    public List<Participant> withRole(ParticipantRole role) {
        return participants.stream().filter(p -> p.role() == role).toList();
    }

    /** Those who abstained ({@code votesTotal - votesFor - votesAgainst}), or null when the vote is not complete. */
    public Integer votesAbstaining() {
        return votesTotal == null || votesFor == null || votesAgainst == null ? null
                : votesTotal - votesFor - votesAgainst;
    }

    /**
     * The meeting as it is kept: text cleaned ({@link VietnameseText}), a participant without a role
     * as {@link ParticipantRole#OTHER}; refused (a {@link DomainException} naming the problem) when a
     * participant has no name, there are two chairs or two secretaries, a count of votes is negative,
     * the votes for and against outnumber those voting, or the meeting ends before it starts.
     */
    public ReviewMeeting cleaned() {
        List<Participant> people = new ArrayList<>();
        int chairs = 0;
        int secretaries = 0;
        for (Participant p : participants) {
            String name = VietnameseText.clean(p.name());
            if (name.isEmpty()) {
                throw new DomainException("meeting.invalid.participantName");
            }
            ParticipantRole role = p.role() == null ? ParticipantRole.OTHER : p.role();
            chairs += role == ParticipantRole.CHAIR ? 1 : 0;
            secretaries += role == ParticipantRole.SECRETARY ? 1 : 0;
            people.add(new Participant(role, name, VietnameseText.clean(p.title())));
        }
        if (chairs > 1) {
            throw new DomainException("meeting.invalid.twoChairs");
        }
        if (secretaries > 1) {
            throw new DomainException("meeting.invalid.twoSecretaries");
        }
        for (Integer n : new Integer[] {votesFor, votesAgainst, votesTotal}) {
            if (n != null && n < 0) {
                throw new DomainException("meeting.invalid.votes");
            }
        }
        if (votesTotal != null) {
            int cast = (votesFor == null ? 0 : votesFor) + (votesAgainst == null ? 0 : votesAgainst);
            if (cast > votesTotal) {
                throw new DomainException("meeting.invalid.votesTotal", cast, votesTotal);
            }
        }
        if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            throw new DomainException("meeting.invalid.times", vn.antq.domain.Dates.format(startTime),
                    vn.antq.domain.Dates.format(endTime));
        }
        return new ReviewMeeting(date, startTime, endTime, VietnameseText.clean(location), people,
                VietnameseText.cleanLines(opinions), VietnameseText.cleanLines(conclusions), votesFor, votesAgainst,
                votesTotal);
    }
}
