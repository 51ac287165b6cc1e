package vn.antq.storage;

import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.unit.UnitProfile;

/** Helpers for tests that need a year whose Circular 124 checklist passes. */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    /** Answers every criterion (or part) the unit answers as met. */
    public static void answerAllMet(Store store, int year) {
        UnitProfile u = store.unit().profile().orElseThrow();
        for (ChecklistCriterion c : store.options().checklist().answerable(u.type(), u.hasPartyOrganisation(), true)) {
            store.checklist().setAnswer(year, c.code(), true, "");
        }
    }
}
