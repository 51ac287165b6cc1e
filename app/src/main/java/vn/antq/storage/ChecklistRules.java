package vn.antq.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.antq.domain.DomainException;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
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

    /**
     * The checklist's verdict on a year. Answers and events that no longer fit the unit's type (its
     * type was changed after they were recorded) are left out instead of failing: the criteria they
     * stood for then show as unanswered.
     */
    static ChecklistResult evaluate(Checklist checklist, YearSnapshot s) {
        UnitType type = s.unit().type();
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (ChecklistAnswer a : s.checklistAnswers()) {
            try {
                checklist.validateAnswer(type, a);
                answers.add(a);
            } catch (DomainException e) {
                // recorded under another unit type
            }
        }
        List<ChecklistEvent> events = new ArrayList<>();
        for (ChecklistEvent e : s.events()) {
            try {
                checklist.validateEvent(type, e);
                events.add(e);
            } catch (DomainException ex) {
                // recorded under another unit type
            }
        }
        return checklist.evaluate(type, s.unit().hasPartyOrganisation(), answers, events);
    }
}
