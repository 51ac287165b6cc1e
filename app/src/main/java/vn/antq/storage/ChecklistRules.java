package vn.antq.storage;

import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.unit.YearSnapshot;

/**
 * Whether a year's Circular 124 checklist passes, from the stored answers and events.
 */
final class ChecklistRules {
    private ChecklistRules() {
    }

    /**
     * Until the checklist data (vn.antq.domain.checklist.Checklist) is merged: passes when at least
     * one criterion is answered, every answered criterion is met, none is left unanswered, and no
     * listed event without an excuse was recorded.
     */
    static boolean provisional(YearSnapshot s) {
        if (s.checklistAnswers().isEmpty()) {
            return false;
        }
        for (ChecklistAnswer a : s.checklistAnswers()) {
            if (!Boolean.TRUE.equals(a.met())) {
                return false;
            }
        }
        for (ChecklistEvent e : s.events()) {
            if (!e.excused()) {
                return false;
            }
        }
        return true;
    }
}
