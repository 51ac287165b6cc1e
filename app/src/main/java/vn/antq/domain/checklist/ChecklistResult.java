package vn.antq.domain.checklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.domain.UnitType;
import vn.antq.domain.scoring.Reason;

/**
 * The outcome of the Circular 124 checklist for one unit and year: "đạt" only when every applicable
 * criterion is met and no unexcused listed event is recorded.
 *
 * @param unitType            the unit's type
 * @param achieved            đạt (true) / chưa đạt (false)
 * @param statuses            the status of every criterion and part, in the article's order
 * @param unanswered          codes of applicable criteria/parts not answered yet
 * @param unmet               codes of criteria/parts not met (an events criterion with a disqualifying event too)
 * @param notApplicable       codes skipped (no Party organisation, no protection force)
 * @param disqualifyingEvents recorded events that make the unit "chưa đạt"
 * @param excusedEvents       recorded events excused as the text allows
 * @param outsidePeriodEvents recorded events dated outside the assessment period (they do not count)
 * @param reasons             the explanation, first line the verdict, as message keys and arguments
 */
public record ChecklistResult(UnitType unitType, boolean achieved, Map<String, CriterionStatus> statuses,
        List<String> unanswered, List<String> unmet, List<String> notApplicable,
        List<ChecklistEvent> disqualifyingEvents, List<ChecklistEvent> excusedEvents,
        List<ChecklistEvent> outsidePeriodEvents, List<Reason> reasons) {

    public ChecklistResult {
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        unanswered = List.copyOf(unanswered);
        unmet = List.copyOf(unmet);
        notApplicable = List.copyOf(notApplicable);
        disqualifyingEvents = List.copyOf(disqualifyingEvents);
        excusedEvents = List.copyOf(excusedEvents);
        outsidePeriodEvents = List.copyOf(outsidePeriodEvents);
        reasons = List.copyOf(reasons);
    }

    /** The status of a criterion or part; null for a code not in the unit's list. */
    public CriterionStatus status(String code) {
        return statuses.get(code);
    }
}
