package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.demo.DemoGenerator;
import vn.antq.domain.Progress;
import vn.antq.domain.scoring.YearAssessment;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.YearCounts;
import vn.antq.domain.unit.YearSnapshot;

/**
 * What the screens read instead of the whole year (issue 18: a 5,000-staff unit) says the same as the
 * whole year: the counts SQLite makes equal those of the full snapshot, and the assessment on the
 * compact snapshot scores, judges and derives exactly as the one on the full snapshot.
 */
class CompactYearTest {
    static final int YEAR = 2026;

    @TempDir
    Path tmp;

    @Test
    void countsAndTheCompactAssessmentAgreeWithTheFullYear() throws Exception {
        try (Store store = Store.open(tmp.resolve("data"))) {
            DemoGenerator.generate(store, new DemoGenerator.Options(120, YEAR, 12), Progress.NONE);
            store.years().start(YEAR + 1);
            // someone without a department, someone who left before the year, a pledge scan, evidence of
            // another year and of a criterion (neither counts for the year's rubric items)
            store.staff().add("Lò Thị Mai", "Văn thư", null, null, "");
            List<StaffPledge> staff = store.staff().ofYear(YEAR);
            long left = staff.get(3).staff().id();
            store.write(c -> Sql.update(c, "UPDATE staff SET left_year = ? WHERE id = ?", YEAR, left));
            Path scan = Files.writeString(tmp.resolve("cam-ket.pdf"), "%PDF-1.4 quét");
            EvidenceFile f = store.evidence().add(scan, "cam-ket.pdf");
            long signer = staff.get(7).staff().id();
            store.evidence().link(f.sha256(), new EvidenceLink(YEAR, EvidenceTarget.STAFF_PLEDGE, String.valueOf(signer)));
            store.evidence().link(f.sha256(), new EvidenceLink(YEAR + 1, EvidenceTarget.RUBRIC_ITEM, "1"));
            store.evidence().link(f.sha256(), new EvidenceLink(YEAR, EvidenceTarget.RUBRIC_ITEM, "2"));
            store.staff().setPledge(YEAR, signer, false, null);

            YearSnapshot full = store.snapshot(YEAR);
            YearCounts counts = store.counts(YEAR);
            assertThat(counts).isEqualTo(YearCounts.of(full));
            assertThat(counts.staff()).isEqualTo(120); // 120 made, one added, one left
            assertThat(counts.unsigned()).isPositive();
            assertThat(counts.staffSigned()).isPositive();
            assertThat(counts.rubricEvidence()).isNotEmpty().containsKey("2");
            assertThat(store.counts(YEAR + 1).rubricEvidence()).isEqualTo(Map.of("1", 1));

            YearAssessment whole = store.assess(YEAR);
            YearAssessment compact = store.assessCompact(YEAR);
            assertThat(compact.snapshot().staff()).isEmpty();
            assertThat(compact.snapshot().evidence()).isEmpty();
            assertThat(compact.score()).isEqualTo(whole.score());
            assertThat(compact.facts()).isEqualTo(whole.facts());
            assertThat(compact.profile()).isEqualTo(whole.profile());
            assertThat(List.of(compact.criteriaMet(), compact.criteriaTotal(), compact.unanswered(),
                    compact.disqualifyingEvents())).isEqualTo(List.of(whole.criteriaMet(), whole.criteriaTotal(),
                    whole.unanswered(), whole.disqualifyingEvents()));
            assertThat(compact.checklistPasses()).isEqualTo(whole.checklistPasses());
            assertThat(compact.snapshot().meeting()).isEqualTo(full.meeting());
            assertThat(compact.snapshot().departments()).isEqualTo(full.departments());
            assertThat(counts.itemsWithoutEvidence(compact.snapshot()))
                    .isEqualTo(YearCounts.of(full).itemsWithoutEvidence(full));

            Map<Long, String> scans = new HashMap<>();
            for (StaffPledge p : full.staff()) {
                if (p.evidenceSha() != null) {
                    scans.put(p.staff().id(), p.staff().fullName());
                }
            }
            assertThat(store.staff().pledgeScanNames(YEAR)).isEqualTo(scans).containsKey(signer);
        }
    }
}
