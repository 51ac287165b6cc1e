package vn.antq.storage;

import java.util.function.Predicate;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.domain.unit.YearSnapshot;

/** Whether a year's Circular 124 checklist passes, from the stored answers and events. */
final class ChecklistRules {
    private ChecklistRules() {
    }

    /** Item 8c by the checklist data: every applicable criterion met, no unexcused listed event. */
    static Predicate<YearSnapshot> official(Checklist checklist) {
        if (checklist == null) {
            return s -> false;
        }
        return s -> evaluate(checklist, s).achieved();
    }

    /** The checklist's verdict on a year, from what the unit recorded (see {@link Checklist#evaluateRecorded}). */
    static ChecklistResult evaluate(Checklist checklist, YearSnapshot s) {
        return checklist.evaluateRecorded(s.unit().type(), s.unit().hasPartyOrganisation(),
                s.unit().hasProtectionForce(), s.checklistAnswers(), s.events(), s.year().year());
    }
}
