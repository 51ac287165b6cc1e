package vn.antq.domain.rubric;

import java.time.MonthDay;

/**
 * How a derived item is computed from a {@link Fact}. For {@link Fact#COMMENDATIONS} the points
 * per collective and per individual commendation apply, capped at the item's maximum; the other
 * facts give the maximum when met and 0 otherwise (8b only when every department has registered).
 *
 * @param fact               the recorded fact
 * @param perCollective      points per collective commendation (item 9)
 * @param perIndividual      points per individual commendation (item 9)
 * @param deadline           {@link Fact#REGISTERED}: the last day of the year a registration is on time
 *                           (31/3, Q1); null when the data gives none
 * @param lateLoses          {@link Fact#REGISTERED}: a registration after the deadline earns no points
 *                           (false: it is only flagged by the review)
 * @param extraordinaryOnly  {@link Fact#COMMENDATIONS}: only commendations marked extraordinary
 *                           (khen thưởng đột xuất) count
 */
public record Derivation(Fact fact, int perCollective, int perIndividual, MonthDay deadline, boolean lateLoses,
        boolean extraordinaryOnly) {
    public Derivation {
        if (fact == null) {
            throw new IllegalArgumentException("fact is required");
        }
    }

    public Derivation(Fact fact, int perCollective, int perIndividual) {
        this(fact, perCollective, perIndividual, null, false, false);
    }

    public static Derivation of(Fact fact) {
        return new Derivation(fact, 0, 0);
    }
}
