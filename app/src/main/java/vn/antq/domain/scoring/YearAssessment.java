package vn.antq.domain.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.checklist.ChecklistResult;
import vn.antq.domain.checklist.CriterionStatus;
import vn.antq.domain.rubric.Rubric;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.domain.unit.YearSnapshot;

/**
 * THE assessment of one year, in one place: the Circular 124 checklist's verdict on what was
 * recorded (which decides item 8c), the facts of the derived items, and the score under the
 * year's classification profile. Every screen, {@code score --year}, the dossier and the package
 * take it from {@link #of}; nobody rebuilds snapshot → checklist → facts → score by hand, so a
 * change of rule (a province's profile, another checklist) reaches them all at once.
 *
 * @param snapshot       what was recorded for the year (may lack the staff and evidence lists when
 *                       only the score was needed)
 * @param rubric         the rubric scored against
 * @param checklist      the checklist's verdict on the recorded answers and events; null when no
 *                       checklist is in force (then 8c is met only by a recorded recognition)
 * @param clausesMet     the Circular's criteria (the clauses of Điều 6 or 7, the events criterion among
 *                       them) that apply and are met — what the documents count as "tiêu chí" ("6/6 tiêu chí")
 * @param clausesTotal   the Circular's criteria that apply to the unit
 * @param criteriaMet    applicable lines the clerk answers (a criterion, or each part of one with parts;
 *                       the events criterion is not answered) answered "met" — "nội dung" on the screens
 * @param criteriaTotal  applicable lines the clerk answers
 * @param unanswered     of which not answered yet
 * @param facts          the facts of items 8a, 8b, 8c and 9
 * @param profile        the classification profile applied
 * @param score          the score
 * @param findings       the review's findings on the year ({@link YearReview}); empty when not reviewed
 */
public record YearAssessment(
        YearSnapshot snapshot,
        Rubric rubric,
        ChecklistResult checklist,
        int clausesMet,
        int clausesTotal,
        int criteriaMet,
        int criteriaTotal,
        int unanswered,
        ScoringFacts facts,
        ClassificationProfile profile,
        ScoreResult score,
        List<Finding> findings) {

    public YearAssessment {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(score, "score");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /**
     * Assesses a year: the checklist (may be null) judges the recorded answers and events, the
     * facts follow from the records and that verdict, and the rubric scores them under the profile.
     */
    public static YearAssessment of(YearSnapshot snapshot, Rubric rubric, Checklist checklist,
            ClassificationProfile profile) {
        return of(snapshot, rubric, checklist, profile, null);
    }

    /**
     * As {@link #of(YearSnapshot, Rubric, Checklist, ClassificationProfile)}, then reviewed by the
     * consistency rules (null: not reviewed): the findings slot holds what contradicts what.
     */
    public static YearAssessment of(YearSnapshot snapshot, Rubric rubric, Checklist checklist,
            ClassificationProfile profile, ReviewRules review) {
        return of(snapshot, rubric, checklist, profile, review, null);
    }

    /**
     * As {@link #of(YearSnapshot, Rubric, Checklist, ClassificationProfile, ReviewRules)}, the review also
     * checking that the recognising body the documents address has a name (null: not checked).
     */
    public static YearAssessment of(YearSnapshot snapshot, Rubric rubric, Checklist checklist,
            ClassificationProfile profile, ReviewRules review, vn.antq.domain.unit.RecognitionRules recognition) {
        ChecklistResult result = checklist == null ? null : evaluate(checklist, snapshot);
        int met = 0;
        int total = 0;
        int open = 0;
        int clausesMet = 0;
        int clausesTotal = 0;
        if (checklist != null) {
            UnitProfile u = snapshot.unit();
            for (ChecklistCriterion c : checklist.criteria(u.type())) {
                CriterionStatus st = result.status(c.code());
                if (st != null && st != CriterionStatus.NOT_APPLICABLE) {
                    clausesTotal++;
                    clausesMet += st == CriterionStatus.MET ? 1 : 0;
                }
            }
            for (ChecklistCriterion c : checklist.answerable(u.type(), u.hasPartyOrganisation(),
                    u.hasProtectionForce())) {
                total++;
                if (result.status(c.code()) == CriterionStatus.MET) {
                    met++;
                } else if (result.status(c.code()) == CriterionStatus.UNANSWERED) {
                    open++;
                }
            }
        }
        ScoringFacts facts = snapshot.facts(result != null && result.achieved(), rubric, checklist);
        ScoreResult score = new ScoringEngine(rubric).score(snapshot.manualPoints(), facts, profile);
        YearAssessment a = new YearAssessment(snapshot, rubric, result, clausesMet, clausesTotal, met, total, open, facts,
                profile, score, List.of());
        if (review == null || checklist == null) {
            return a;
        }
        return new YearAssessment(snapshot, rubric, result, clausesMet, clausesTotal, met, total, open, facts, profile,
                score, new YearReview(rubric, checklist, review, recognition).review(a));
    }

    /**
     * Whether the year meets the ANTT standard by its score (item 8c at its maximum; without that
     * item in the rubric, whether the recognition is recorded): the dossier asks for recognition then.
     */
    public boolean anttAchieved() {
        return ScoringEngine.anttAchieved(rubric, score, snapshot.year().recognitionRecorded());
    }

    /** Whether the review found anything (an unreviewed assessment has no findings). */
    public boolean hasFindings() {
        return !findings.isEmpty();
    }

    /**
     * The checklist's verdict on what a year recorded (answers and events that no longer fit the
     * unit's type are left out): the one place the checklist is applied to a year's records.
     */
    public static ChecklistResult evaluate(Checklist checklist, YearSnapshot snapshot) {
        UnitProfile u = snapshot.unit();
        return checklist.evaluateRecorded(u.type(), u.hasPartyOrganisation(), u.hasProtectionForce(),
                snapshot.checklistAnswers(), snapshot.events(), snapshot.year().year());
    }

    /** Whether the Circular 124 checklist passes (every applicable criterion met, no unexcused event). */
    public boolean checklistPasses() {
        return checklist != null && checklist.achieved();
    }

    /** Unexcused listed events recorded. */
    public int disqualifyingEvents() {
        return checklist == null ? 0 : checklist.disqualifyingEvents().size();
    }

    /**
     * The same year scored with other manual points (the scoring sheet while the clerk types): the
     * checklist, facts and profile stay.
     */
    public YearAssessment withManualPoints(Map<String, ? extends Number> manualPoints) {
        ScoreResult s = new ScoringEngine(rubric).score(manualPoints, facts, profile);
        return new YearAssessment(snapshot, rubric, checklist, clausesMet, clausesTotal, criteriaMet, criteriaTotal,
                unanswered, facts, profile, s, findings);
    }

    /** The year as the interchange format carries it (antq-assessment/1): manual points and facts. */
    public Assessment toAssessment() {
        return new Assessment(snapshot.unit().name(), snapshot.unit().type(), snapshot.year().year(),
                snapshot.manualPoints(), facts);
    }
}
