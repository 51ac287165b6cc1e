package vn.antq.domain.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * The year-end review meeting the dossier's minutes (biên bản) are made from.
 *
 * @param date          date held
 * @param location      where
 * @param participants  by role (the chair among them)
 * @param conclusions   what the meeting concluded
 * @param votesFor      votes agreeing with the proposal (null when not recorded)
 * @param votesAgainst  votes against (null when not recorded)
 */
public record ReviewMeeting(LocalDate date, String location, List<Participant> participants, String conclusions,
        Integer votesFor, Integer votesAgainst) {
    public ReviewMeeting {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
