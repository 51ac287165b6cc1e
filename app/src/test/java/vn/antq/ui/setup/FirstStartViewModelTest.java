package vn.antq.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.i18n.Messages;
import vn.antq.storage.Store;
import vn.antq.ui.common.Stores;
import vn.antq.ui.common.SyncTaskRunner;
import vn.antq.ui.common.UiContext;

class FirstStartViewModelTest {
    @TempDir
    Path dir;

    @Test
    void refusesIncompleteAnswersThenCreatesTheUnitAndYear() {
        try (Store store = Stores.open(dir)) {
            FirstStartViewModel vm = new FirstStartViewModel(new UiContext(Messages.vietnamese(),
                    new SyncTaskRunner(), store));
            AtomicReference<Integer> done = new AtomicReference<>();
            vm.create(done::set);
            assertThat(vm.errorProperty().get()).isEqualTo("Hãy nhập tên đơn vị.");
            vm.nameProperty().set("  Trường THCS Chu Văn An ");
            vm.create(done::set);
            assertThat(vm.errorProperty().get()).isEqualTo("Hãy chọn loại đơn vị.");
            vm.typeProperty().set(UnitType.CO_SO_GIAO_DUC);
            vm.yearProperty().set("1990");
            vm.create(done::set);
            assertThat(vm.errorProperty().get()).contains("2000").contains("2100");
            assertThat(store.unit().profile()).isEmpty();
            vm.yearProperty().set("2026");
            vm.communePoliceProperty().set("Công an phường Tân Lập");
            vm.create(done::set);
            assertThat(done.get()).isEqualTo(2026);
            assertThat(store.unit().profile()).hasValueSatisfying(u -> {
                assertThat(u.name()).isEqualTo("Trường THCS Chu Văn An");
                assertThat(u.type()).isEqualTo(UnitType.CO_SO_GIAO_DUC);
                assertThat(u.communePolice()).isEqualTo("Công an phường Tân Lập");
            });
            assertThat(store.years().get(2026)).isPresent();
        }
    }
}
