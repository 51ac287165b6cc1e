package vn.antq.interchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.scoring.Assessment;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.RecognisingBodyChoice;
import vn.antq.domain.unit.ReviewMeeting;

/**
 * An {@code antq-assessment/1} file as {@code import-assessment} reads it: the assessment (unit, manual
 * points, facts) and the optional sections of the year's records, each checked on its own (types, dates,
 * codes) but not yet matched against the unit's departments and staff. A null section (or part) was
 * not in the file: the import leaves those records as they are.
 *
 * @param assessment     unit, items and facts, as {@code score} reads them
 * @param itemsGiven     the file has {@code items} (else the scores are left as they are)
 * @param factsGiven     the file has {@code facts} (never written: compared with the records after the import)
 * @param unitCode       the file's {@code unit.code}, or null
 * @param year           the year the records go to ({@code --year}, else the file's {@code unit.year})
 * @param itemNotes      {@code itemNotes}: the note of each scored item
 * @param documentDate   {@code documentDate}: empty when null in the file (cleared)
 * @param registration   {@code registration}
 * @param pledges        {@code pledges}: the signed pledges of the year
 * @param answers        {@code checklist.answers}
 * @param events         {@code checklist.events} (ids 0)
 * @param commendations  {@code commendations} (ids 0)
 * @param recognition    {@code recognition}
 * @param meeting        {@code meeting}: empty when null in the file (the year has none: deleted)
 * @param recognisingBody {@code recognisingBody}: the unit's choice of the body recognising it
 */
public record YearFile(
        Assessment assessment,
        boolean itemsGiven,
        boolean factsGiven,
        String unitCode,
        int year,
        Map<String, String> itemNotes,
        Optional<LocalDate> documentDate,
        Registration registration,
        List<PledgeRef> pledges,
        List<ChecklistAnswer> answers,
        List<ChecklistEvent> events,
        List<Commendation> commendations,
        Recognition recognition,
        Optional<ReviewMeeting> meeting,
        RecognisingBodyChoice recognisingBody) {

    /**
     * The unit's registration (8a) and the departments' (8b).
     *
     * @param unitGiven    {@code registration.unit} was in the file
     * @param unit         its date (null: not registered)
     * @param departments  the registered departments, or null when {@code registration.departments} was not in the file
     */
    public record Registration(boolean unitGiven, LocalDate unit, List<DepartmentRef> departments) {
    }

    /** A registered department by name, with the date; {@code path} is where it is in the file. */
    public record DepartmentRef(String path, String name, LocalDate date) {
    }

    /** A signed pledge by staff code (may be blank), name and department (may be blank). */
    public record PledgeRef(String path, String code, String name, String department, LocalDate date) {
    }

    /** The decision recognising the standard (a blank number clears it). */
    public record Recognition(String decision, LocalDate date) {
    }
}
