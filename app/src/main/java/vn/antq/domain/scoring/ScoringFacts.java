package vn.antq.domain.scoring;

import vn.antq.domain.DomainException;

/**
 * The recorded facts the derived items come from: registration (8a), departments and how many
 * registered/pledged (8b), the ANTT standard (8c) and commendations (9).
 */
public record ScoringFacts(
        boolean registered,
        int departments,
        int departmentsRegistered,
        boolean anttAchieved,
        int collectiveCommendations,
        int individualCommendations) {

    public static final ScoringFacts NONE = new ScoringFacts(false, 0, 0, false, 0, 0);

    public ScoringFacts {
        if (departments < 0) {
            throw new DomainException("facts.invalid.negative", "departments", departments);
        }
        if (departmentsRegistered < 0) {
            throw new DomainException("facts.invalid.negative", "departmentsRegistered", departmentsRegistered);
        }
        if (departmentsRegistered > departments) {
            throw new DomainException("facts.invalid.departments", departmentsRegistered, departments);
        }
        if (collectiveCommendations < 0) {
            throw new DomainException("facts.invalid.negative", "commendations.collective", collectiveCommendations);
        }
        if (individualCommendations < 0) {
            throw new DomainException("facts.invalid.negative", "commendations.individual", individualCommendations);
        }
    }
}
