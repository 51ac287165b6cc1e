package vn.antq.domain.rubric;

/**
 * How a derived item is computed from a {@link Fact}. For {@link Fact#COMMENDATIONS} the points
 * per collective and per individual commendation apply, capped at the item's maximum; the other
 * facts give the maximum when met and 0 otherwise (8b only when every department has registered).
 */
public record Derivation(Fact fact, int perCollective, int perIndividual) {
    public Derivation {
        if (fact == null) {
            throw new IllegalArgumentException("fact is required");
        }
    }

    public static Derivation of(Fact fact) {
        return new Derivation(fact, 0, 0);
    }
}
