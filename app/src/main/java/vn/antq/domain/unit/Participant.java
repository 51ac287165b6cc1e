package vn.antq.domain.unit;

/** One participant of the review meeting: role, name and title/organisation. */
public record Participant(ParticipantRole role, String name, String title) {
}
