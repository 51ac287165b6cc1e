package vn.antq.ui.common;

import vn.antq.domain.scoring.YearAssessment;

/**
 * The Circular 124 checklist's state for a year as the screens show it (read off the year's
 * {@link YearAssessment}).
 *
 * @param passes        every applicable criterion met and no unexcused event (drives item 8c)
 * @param clausesMet    the Circular's criteria met, as the documents count them ("tiêu chí")
 * @param clausesTotal  the Circular's criteria that apply
 * @param criteriaMet   lines answered "met" (a criterion, or each of its parts: "nội dung")
 * @param criteriaTotal lines the unit answers
 * @param unanswered    of which not answered yet
 * @param events        unexcused listed events recorded
 */
public record AnttStatus(boolean passes, int clausesMet, int clausesTotal, int criteriaMet, int criteriaTotal,
        int unanswered, int events) {
    public static final AnttStatus UNKNOWN = new AnttStatus(false, 0, 0, 0, 0, 0, 0);

    /** The checklist's state in a year's assessment. */
    public static AnttStatus of(YearAssessment a) {
        return new AnttStatus(a.checklistPasses(), a.clausesMet(), a.clausesTotal(), a.criteriaMet(), a.criteriaTotal(),
                a.unanswered(),
                a.disqualifyingEvents());
    }
}
