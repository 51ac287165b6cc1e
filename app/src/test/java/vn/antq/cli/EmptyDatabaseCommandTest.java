package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;

/** {@code check} and {@code init} on a data folder whose database became an empty file. */
class EmptyDatabaseCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkAndInitRefuseAnEmptyDatabaseAndNameTheBackup() throws Exception {
        Path backup;
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Công ty TNHH Hòa Bình", UnitType.DOANH_NGHIEP), 2026);
            backup = store.maybeDailyBackup().orElseThrow();
        }
        Path db = dir.resolve("antq.db");
        Files.write(db, new byte[0]);
        Files.deleteIfExists(dir.resolve("antq.db-wal"));
        Files.deleteIfExists(dir.resolve("antq.db-shm"));

        StoreCommandsTest.Run check = StoreCommandsTest.run("check", "--data-dir", dir.toString());
        assertThat(check.code()).isEqualTo(Cli.EXIT_PROBLEM);
        assertThat(check.out()).doesNotContain("toàn vẹn");
        assertThat(check.err().strip()).contains("bị hỏng").contains(backup.getFileName().toString())
                .doesNotContain("\n");

        StoreCommandsTest.Run init = StoreCommandsTest.run("init", "--data-dir", dir.toString(), "--name", "Mới",
                "--type", "CO_QUAN");
        assertThat(init.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(init.err().strip()).contains("bị hỏng").doesNotContain("\n");
        assertThat(Files.size(db)).isZero();
    }
}
