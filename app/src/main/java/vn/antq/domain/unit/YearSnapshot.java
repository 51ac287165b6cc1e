package vn.antq.domain.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.domain.checklist.AssessmentPeriod;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.rubric.Derivation;
import vn.antq.domain.rubric.Fact;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.rubric.RubricItem;
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
     * The facts of items 8a, 8b, 8c and 9 from the records, by the rules of the rubric's data: a
     * registration after its deadline counts for 8a unless the data says late loses it; item 9
     * counts the commendations dated inside the assessment period (when there is one), only the
     * extraordinary ones when the data says so.
     *
     * @param checklistPasses whether the Circular 124 checklist passes for this year; 8c is also met
     *                        when the recognition decision is recorded
     * @param rubric          the rubric whose derived items the facts feed
     * @param checklist       the checklist whose data gives the assessment period (null: no period)
     */
    public ScoringFacts facts(boolean checklistPasses, Rubric rubric, Checklist checklist) {
        return facts(checklistPasses, rubric, period(checklist));
    }

    /** As {@link #facts(boolean, Rubric, Checklist)} with the period given (null: no period). */
    public ScoringFacts facts(boolean checklistPasses, Rubric rubric, AssessmentPeriod period) {
        Derivation registration = rubric.derivedItem(Fact.REGISTERED).map(RubricItem::derivation).orElse(null);
        boolean registered = year.registered()
                && !(registration != null && registration.lateLoses() && registeredLate(registration));
        Derivation award = rubric.derivedItem(Fact.COMMENDATIONS).map(RubricItem::derivation).orElse(null);
        int collective = 0;
        int individual = 0;
        for (Commendation c : countedCommendations(award, period)) {
            if (c.kind() == CommendationKind.COLLECTIVE) {
                collective++;
            } else {
                individual++;
            }
        }
        return new ScoringFacts(registered, departments.size(), (int) departmentsRegistered(),
                checklistPasses || year.recognitionRecorded(), collective, individual);
    }

    /** The year's assessment period by the checklist's data, or null when there is none. */
    public AssessmentPeriod period(Checklist checklist) {
        return checklist == null ? null : checklist.period(year.year()).orElse(null);
    }

    /** Whether the unit's registration is dated after the deadline of its year (false when none is set). */
    public boolean registeredLate(Derivation registration) {
        return registration.deadline() != null && year.registeredOn() != null
                && year.registeredOn().isAfter(registration.deadline().atYear(year.year()));
    }

    /** The commendations item 9 counts: inside the period (when known), extraordinary when the data asks. */
    public List<Commendation> countedCommendations(Derivation award, AssessmentPeriod period) {
        return commendations.stream()
                .filter(c -> CommendationStanding.of(c, award, period).counts())
                .toList();
    }
}
