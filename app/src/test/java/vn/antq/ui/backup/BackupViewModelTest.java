package vn.antq.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.UiContext;

/** Backup then restore through the screen's logic: the app continues on the reopened store. */
class BackupViewModelTest {
    @TempDir
    Path dir;

    @Test
    void backupThenRestoreBringsTheDataBackAndReopensTheStore() throws Exception {
        Store store = UiFixtures.smallUnit(dir.resolve("data"));
        UiContext ctx = UiFixtures.context(store, "vi");
        BackupViewModel vm = new BackupViewModel(ctx);
        Path zip = dir.resolve("sao-luu.zip");
        vm.backup(zip, () -> { });
        assertThat(zip).exists();
        assertThat(vm.messageProperty().get()).startsWith("Đã sao lưu vào");

        store.staff().add("Người Thêm Sau", "", null, null, "");
        assertThat(store.staff().count()).isEqualTo(4);

        vm.restore(zip);
        Store reopened = ctx.store();
        try {
            assertThat(reopened).isNotSameAs(store);
            assertThat(reopened.staff().count()).isEqualTo(3);
            assertThat(reopened.unit().profile()).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Công ty Cổ phần Hòa Bình"));
            assertThat(vm.messageProperty().get()).startsWith("Đã phục hồi");
            vm.reload();
            assertThat(Files.exists(zip)).isTrue();
        } finally {
            reopened.close();
        }
    }
}
