package vn.antq.ui.common;

import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.domain.checklist.CriterionStatus;
import vn.antq.domain.unit.YearSnapshot;

/**
 * The Circular 124 checklist's state for a year as the screens show it.
 *
 * @param passes        every applicable criterion met and no unexcused event (drives item 8c)
 * @param criteriaMet   criteria (or parts) answered "met"
 * @param criteriaTotal criteria (or parts) the unit answers
 * @param unanswered    of which not answered yet
 * @param events        unexcused listed events recorded
 */
public record AnttStatus(boolean passes, int criteriaMet, int criteriaTotal, int unanswered, int events) {
    public static final AnttStatus UNKNOWN = new AnttStatus(false, 0, 0, 0, 0);

    /** Evaluates a year's answers and events against the checklist for the unit's type. */
    public static AnttStatus of(YearSnapshot snap, Checklist checklist) {
        ChecklistResult r = evaluate(snap, checklist);
        var answerable = checklist.answerable(snap.unit().type(), snap.unit().hasPartyOrganisation(),
                snap.unit().hasProtectionForce());
        int met = 0;
        for (ChecklistCriterion c : answerable) {
            if (r != null && r.status(c.code()) == CriterionStatus.MET) {
                met++;
            }
        }
        int unanswered = r == null ? answerable.size() : (int) answerable.stream()
                .filter(c -> r.status(c.code()) == CriterionStatus.UNANSWERED).count();
        int events = r == null ? 0 : r.disqualifyingEvents().size();
        return new AnttStatus(r != null && r.achieved(), met, answerable.size(), unanswered, events);
    }

    /** The checklist's verdict for a year on what was recorded (answers that no longer fit the unit's type are left out). */
    public static ChecklistResult evaluate(YearSnapshot snap, Checklist checklist) {
        return checklist.evaluateRecorded(snap.unit().type(), snap.unit().hasPartyOrganisation(),
                snap.unit().hasProtectionForce(), snap.checklistAnswers(), snap.events(), snap.year().year());
    }
}
