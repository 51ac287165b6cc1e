package vn.antq.domain.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a screen shows of a year's two long lists ({@link YearSnapshot#staff()} and
 * {@link YearSnapshot#evidence()}) when it does not list them: how many. With the compact snapshot
 * (the year without those lists, which no score depends on) it is all the overview and the
 * scoring sheet need, so on a unit of thousands they read two counts instead of every person and
 * file. Read by aggregate queries in the store, or counted from a full snapshot by {@link #of}.
 *
 * @param staff          staff on the list this year (those who left before it are not)
 * @param staffSigned    of whom signed their pledge this year
 * @param rubricEvidence evidence files linked to each rubric item this year, by item code (an item
 *                       without any is absent)
 */
public record YearCounts(int staff, int staffSigned, Map<String, Integer> rubricEvidence) {

    public YearCounts {
        rubricEvidence = Map.copyOf(rubricEvidence);
    }

    /** The counts of a full snapshot (one with the staff and evidence lists). */
    public static YearCounts of(YearSnapshot full) {
        Map<String, Integer> evidence = new HashMap<>();
        for (EvidenceFile f : full.evidence()) {
            for (EvidenceLink l : f.links()) {
                if (l.year() == full.year().year() && l.target() == EvidenceTarget.RUBRIC_ITEM) {
                    evidence.merge(l.code(), 1, Integer::sum);
                }
            }
        }
        return new YearCounts(full.staff().size(), (int) full.staffSigned(), evidence);
    }

    /** Staff who have not signed their pledge this year. */
    public int unsigned() {
        return staff - staffSigned;
    }

    /** Evidence files linked to a rubric item this year. */
    public int evidenceOf(String itemCode) {
        return rubricEvidence.getOrDefault(itemCode, 0);
    }

    /** Manual items given points (in the snapshot's order) but without any evidence file linked this year. */
    public List<String> itemsWithoutEvidence(YearSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        for (var e : snapshot.manualPoints().entrySet()) {
            if (e.getValue() > 0 && evidenceOf(e.getKey()) == 0) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
