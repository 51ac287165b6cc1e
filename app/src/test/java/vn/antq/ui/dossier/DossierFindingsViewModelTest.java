package vn.antq.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.UiContext;

/** The Hồ sơ screen shows the review's findings and asks once; a real store in a temporary folder. */
class DossierFindingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aStrikeAgainst5cIsShownAndAskedOnceThenExportIsNotBlocked() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiFixtures.passingChecklist(store);
            UiContext ctx = UiFixtures.context(store, "vi");
            DossierViewModel vm = new DossierViewModel(ctx);
            vm.reload();
            assertThat(vm.findings()).isEmpty();
            assertThat(vm.findingsToConfirm()).isFalse();

            store.scores().set(UiFixtures.YEAR, "5c", 2, "Không xảy ra đình công");
            store.checklist().addEvent(UiFixtures.YEAR, "D6.3d", LocalDate.of(UiFixtures.YEAR, 6, 3), "Đình công", false);
            vm.reload();
            assertThat(vm.findings()).anyMatch(l -> l.startsWith("5c: Mục 5c được 2/2 điểm nhưng ngày 03/06/2026"));
            assertThat(vm.findingsToConfirm()).isTrue();
            vm.acknowledgeFindings();
            assertThat(vm.findingsToConfirm()).isFalse();
            // the same strike dated before the period (16/11/2025 – 15/11/2026): no finding about it
            store.checklist().removeEvent(store.checklist().events(UiFixtures.YEAR).get(0).id());
            store.checklist().addEvent(UiFixtures.YEAR, "D6.3d", LocalDate.of(2025, 11, 10), "Đình công năm trước", false);
            vm.reload();
            assertThat(vm.findings()).noneMatch(l -> l.contains("Đình công"))
                    .containsExactly("5c: Mục 5c được 2/2 điểm nhưng chưa có minh chứng nào cho năm này.");
        }
    }

    @Test
    void theDocumentDateIsChosenWarnedAboutAndKeptWithTheYear() {
        try (Store store = UiFixtures.smallUnit(dir.resolve("data"))) {
            UiFixtures.passingChecklist(store);
            UiContext ctx = UiFixtures.context(store, "vi");
            DossierViewModel vm = new DossierViewModel(ctx);
            vm.reload();
            assertThat(vm.documentDateProperty().get()).isNotNull();
            vm.documentDateProperty().set(LocalDate.of(UiFixtures.YEAR, 11, 18));
            assertThat(vm.dateWarningProperty().get()).isEmpty();
            vm.documentDateProperty().set(LocalDate.of(UiFixtures.YEAR, 11, 25));
            assertThat(vm.dateWarningProperty().get())
                    .contains("sau hạn gửi hồ sơ đề nghị công nhận (20/11/2026); hồ sơ vẫn được xuất");
            vm.outputDirProperty().set(dir.resolve("out"));
            vm.export(java.util.EnumSet.of(vn.antq.dossier.DossierFormat.XLSX));
            assertThat(vm.resultProperty().get()).isNotNull();
            assertThat(store.years().documentDate(UiFixtures.YEAR)).contains(LocalDate.of(UiFixtures.YEAR, 11, 25));
            // the next visit shows the date kept with the year
            DossierViewModel again = new DossierViewModel(ctx);
            again.reload();
            assertThat(again.documentDateProperty().get()).isEqualTo(LocalDate.of(UiFixtures.YEAR, 11, 25));
        }
    }
}
