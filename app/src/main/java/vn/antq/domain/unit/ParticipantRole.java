package vn.antq.domain.unit;

/**
 * Who attends the review meeting (Circular 124, Điều 9.1.c): chaired by the head of unit with the
 * Party committee, the mass organisations, the protection force, a representative of the commune
 * police and of the managing authority.
 */
public enum ParticipantRole {
    CHAIR,
    PARTY_COMMITTEE,
    MASS_ORGANISATION,
    PROTECTION_FORCE,
    COMMUNE_POLICE,
    MANAGING_AUTHORITY,
    SECRETARY,
    OTHER
}
