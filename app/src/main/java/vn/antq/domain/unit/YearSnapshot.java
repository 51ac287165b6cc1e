package vn.antq.domain.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.scoring.ScoringFacts;

/**
 * Everything recorded for one year of the unit, read in one transaction: what the dossier prints,
 * what the overview shows and what the scoring facts are derived from (never typed twice).
 *
 * @param unit              the unit profile
 * @param year              the assessment year
 * @param departments       departments with their registration for the year, in Vietnamese order
 * @param staff             staff with their pledge for the year, by department then name (Vietnamese order)
 * @param scores            points and notes of the manual items given so far
 * @param checklistAnswers  answers to the Circular 124 criteria
 * @param events            listed events recorded in the period
 * @param commendations     commendations in the movement
 * @param meeting           the review meeting, or null when not recorded yet
 * @param evidence          evidence files with links to this year
 */
public record YearSnapshot(
        UnitProfile unit,
        AssessmentYear year,
        List<DepartmentYear> departments,
        List<StaffPledge> staff,
        List<ManualScore> scores,
        List<ChecklistAnswer> checklistAnswers,
        List<ChecklistEvent> events,
        List<Commendation> commendations,
        ReviewMeeting meeting,
        List<EvidenceFile> evidence) {

    public YearSnapshot {
        departments = List.copyOf(departments);
        staff = List.copyOf(staff);
        scores = List.copyOf(scores);
        checklistAnswers = List.copyOf(checklistAnswers);
        events = List.copyOf(events);
        commendations = List.copyOf(commendations);
        evidence = List.copyOf(evidence);
    }

    /** The manual points given, by item code. */
    public Map<String, Integer> manualPoints() {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (ManualScore s : scores) {
            points.put(s.code(), s.points());
        }
        return points;
    }

    public long staffSigned() {
        return staff.stream().filter(StaffPledge::signed).count();
    }

    public long departmentsRegistered() {
        return departments.stream().filter(DepartmentYear::registered).count();
    }

    /**
     * The facts of items 8a, 8b, 8c and 9 from the records.
     *
     * @param checklistPasses whether the Circular 124 checklist passes for this year; 8c is also met
     *                        when the recognition decision is recorded
     */
    public ScoringFacts facts(boolean checklistPasses) {
        int collective = (int) commendations.stream().filter(c -> c.kind() == CommendationKind.COLLECTIVE).count();
        int individual = commendations.size() - collective;
        return new ScoringFacts(year.registered(), departments.size(), (int) departmentsRegistered(),
                checklistPasses || year.recognitionRecorded(), collective, individual);
    }
}
