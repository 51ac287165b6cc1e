package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;

/**
 * Faults of the machine are said as such, never as a damaged database: a data folder that cannot be
 * written opens for reading and says changes cannot be saved; a full disk names the folder and the
 * room. Tests run as root (permissions do not stop root), so the OS's answer is faked ({@link Disk}).
 */
class EnvironmentFaultTest {
    @TempDir
    Path dir;

    @AfterEach
    void realDisk() {
        Disk.Holder.disk = Disk.SYSTEM;
    }

    @Test
    void aReadOnlyDataFolderOpensForReadingAndRefusesChangesPlainly() throws Exception {
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Cơ quan chỉ đọc", UnitType.CO_QUAN), 2026);
            store.departments().add("Phòng A");
        }
        byte[] before = Files.readAllBytes(dir.resolve(DataDir.DB_FILE));
        Disk.Holder.disk = new RestoreBudgetTest.FakeDisk(1L << 40, false);
        try (Store store = Store.open(dir)) {
            assertThat(store.readOnly()).isTrue();
            // the daily backup at start is skipped, not a failure of the start
            assertThat(store.maybeDailyBackup()).isEmpty();
            assertThat(store.unit().profile().orElseThrow().name()).isEqualTo("Cơ quan chỉ đọc");
            assertThat(store.departments().list()).hasSize(1);
            assertThatThrownBy(() -> store.departments().add("Phòng B")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("chỉ cho phép đọc").hasMessageContaining("không thể lưu")
                    .hasMessageNotContaining("bị hỏng").hasMessageNotContaining("SQLITE");
        }
        assertThat(Files.readAllBytes(dir.resolve(DataDir.DB_FILE))).isEqualTo(before);
    }

    @Test
    void aFullDiskNamesTheFolderAndTheFreeSpace() {
        Disk.Holder.disk = new RestoreBudgetTest.FakeDisk(300 * 1024, true);
        StoreException e = Environment.writeFailed(new FileSystemException(dir.resolve("x").toString(), null,
                "No space left on device"), dir, "store.error.io", dir);
        assertThat(e.getMessage()).contains(dir.toString()).contains("đầy").contains("0.3 MB")
                .doesNotContain("bị hỏng").doesNotContain("No space");
        StoreException windows = Environment.writeFailed(new FileSystemException("E:\\a", null,
                "There is not enough space on the disk"), dir, "store.error.io", dir);
        assertThat(windows.key()).isEqualTo("store.error.diskFull");
    }

    @Test
    void sqliteFullIsADiskFaultNotADamagedDatabase() {
        java.sql.SQLException full = new java.sql.SQLException("[SQLITE_FULL] Insertion failed because database is full"
                + " (database or disk is full)", null, 13);
        assertThat(Environment.diskFull(full)).isTrue();
        assertThat(Environment.plain(full)).doesNotContain("SQLITE");
    }
}
