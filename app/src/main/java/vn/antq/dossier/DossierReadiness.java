package vn.antq.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.domain.checklist.ChecklistAnswer;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.YearSnapshot;

/**
 * What is still missing before the dossier goes out, for the Hồ sơ screen's preview: unsigned
 * pledges, manual items without points or without evidence, unanswered criteria, no meeting
 * recorded, evidence no longer intact in the store.
 *
 * @param unsignedPledges        staff who have not signed this year
 * @param unscoredItems          codes of manual items not given points
 * @param itemsWithoutEvidence   codes of manual items with no evidence linked this year
 * @param unansweredCriteria     codes of checklist rows to answer that have no yes/no answer
 * @param meetingRecorded        the review meeting is recorded (else the minutes print blanks)
 * @param unavailableEvidence    evidence files missing or altered in the store
 */
public record DossierReadiness(List<StaffPledge> unsignedPledges, List<String> unscoredItems,
        List<String> itemsWithoutEvidence, List<String> unansweredCriteria, boolean meetingRecorded,
        List<EvidenceFile> unavailableEvidence) {

    public DossierReadiness {
        unsignedPledges = List.copyOf(unsignedPledges);
        unscoredItems = List.copyOf(unscoredItems);
        itemsWithoutEvidence = List.copyOf(itemsWithoutEvidence);
        unansweredCriteria = List.copyOf(unansweredCriteria);
        unavailableEvidence = List.copyOf(unavailableEvidence);
    }

    /** Nothing missing. */
    public boolean complete() {
        return unsignedPledges.isEmpty() && unscoredItems.isEmpty() && itemsWithoutEvidence.isEmpty()
                && unansweredCriteria.isEmpty() && meetingRecorded && unavailableEvidence.isEmpty();
    }

    public static DossierReadiness of(DossierRequest request) {
        YearSnapshot s = request.snapshot();
        int year = s.year().year();
        List<StaffPledge> unsigned = s.staff().stream().filter(p -> !p.signed()).toList();
        Set<String> withEvidence = new HashSet<>();
        for (EvidenceFile f : s.evidence()) {
            for (EvidenceLink l : f.links()) {
                if (l.year() == year && l.target() == EvidenceTarget.RUBRIC_ITEM) {
                    withEvidence.add(l.code());
                }
            }
        }
        List<String> noEvidence = new ArrayList<>();
        for (RubricItem item : request.rubric().manualItems()) {
            if (!withEvidence.contains(item.code())) {
                noEvidence.add(item.code());
            }
        }
        Map<String, Boolean> answers = new HashMap<>();
        for (ChecklistAnswer a : s.checklistAnswers()) {
            answers.put(a.criterionCode(), a.met());
        }
        List<String> unanswered = new ArrayList<>();
        for (ChecklistSheet.Criterion c : request.checklist().criteria()) {
            if (c.kind() == ChecklistSheet.Kind.ANSWER && answers.get(c.code()) == null) {
                unanswered.add(c.code());
            }
        }
        List<EvidenceFile> unavailable = s.evidence().stream()
                .filter(f -> f.status() == EvidenceStatus.MISSING || f.status() == EvidenceStatus.ALTERED).toList();
        return new DossierReadiness(unsigned, request.score().unscored(), noEvidence, unanswered, s.meeting() != null,
                unavailable);
    }
}
