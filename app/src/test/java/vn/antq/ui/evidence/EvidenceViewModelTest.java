package vn.antq.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.UiContext;

/** Evidence: added and linked, checked, a missing stored copy flagged. */
class EvidenceViewModelTest {
    @TempDir
    Path dir;

    @Test
    void addLinkCheckAndFlagAMissingFile() throws Exception {
        try (Store store = UiFixtures.smallUnit(dir.resolve("data"))) {
            UiContext ctx = UiFixtures.context(store, "vi");
            EvidenceViewModel vm = new EvidenceViewModel(ctx);
            vm.reload();
            assertThat(vm.targets()).anySatisfy(t -> assertThat(t.target()).isEqualTo(EvidenceTarget.CHECKLIST_CRITERION));
            Path a = Files.writeString(dir.resolve("Nghị quyết chi bộ.pdf"), "%PDF-1.4 nghị quyết");
            Path b = Files.writeString(dir.resolve("Ảnh ngày hội.png"), "png bytes");
            EvidenceViewModel.Target item1 = vm.targets().stream()
                    .filter(t -> t.target() == EvidenceTarget.RUBRIC_ITEM && t.code().equals("1")).findFirst()
                    .orElseThrow();
            vm.add(List.of(a, b), item1);
            assertThat(vm.rows()).hasSize(2).allSatisfy(r -> assertThat(r.supports()).isEqualTo("Mục 1"));
            assertThat(vm.summaryProperty().get()).isEqualTo("2 tệp minh chứng, 0 tệp có vấn đề.");

            vm.verify();
            assertThat(vm.rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo("Nguyên vẹn"));
            var row = vm.rows().stream().filter(r -> r.name().equals("Ảnh ngày hội.png")).findFirst().orElseThrow();
            Files.delete(store.evidence().path(row.file().sha256()));
            vm.verify();
            assertThat(vm.rows()).filteredOn(EvidenceViewModel.Row::problem).extracting(EvidenceViewModel.Row::name)
                    .containsExactly("Ảnh ngày hội.png");
            assertThat(vm.summaryProperty().get()).isEqualTo("2 tệp minh chứng, 1 tệp có vấn đề.");
        }
    }
}
