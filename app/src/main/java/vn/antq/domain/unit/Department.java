package vn.antq.domain.unit;

/** A department, section, team… (phòng, ban, tổ, đội) of the unit. */
public record Department(long id, String name) {
}
