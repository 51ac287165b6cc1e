package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DossierReadinessTest {
    @Test
    void listsWhatIsMissing() {
        DossierRequest r = new DossierFixture().staff(20).noMeeting().request(Path.of("unused"));
        DossierReadiness ready = DossierReadiness.of(r);
        // staff 4 and 14 (index % 10 == 3) have not signed
        assertThat(ready.unsignedPledges()).hasSize(2);
        assertThat(ready.unscoredItems()).isEmpty();
        // evidence is linked to items 1, 3 and 7 only
        assertThat(ready.itemsWithoutEvidence()).contains("2", "4a", "5dd").doesNotContain("1", "3");
        assertThat(ready.unansweredCriteria()).isEmpty();
        assertThat(ready.meetingRecorded()).isFalse();
        assertThat(ready.complete()).isFalse();
    }
}
