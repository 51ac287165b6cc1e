package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;

/**
 * An empty {@code antq.db} beside evidence and backups (what a crash of a copy tool or a full USB stick
 * leaves) is refused like a damaged file, left as it is, pointing at the latest backup.
 */
class EmptyDatabaseTest {
    @TempDir
    Path dir;

    private Path populated() throws Exception {
        Path backup;
        try (Store store = Store.open(dir)) {
            store.unit().create(UnitProfile.minimal("Trường THCS Lê Lợi", UnitType.CO_SO_GIAO_DUC), 2026);
            Path f = dir.resolveSibling(dir.getFileName() + "-src.pdf");
            Files.writeString(f, "%PDF-1.4 biên bản");
            store.evidence().add(f, "bien-ban.pdf");
            backup = store.maybeDailyBackup().orElseThrow();
        }
        return backup;
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals(FolderLock.FILE)).sorted().toList();
        }
    }

    @Test
    void anEmptyDatabaseBesideEvidenceAndBackupsIsRefusedUntouched() throws Exception {
        Path backup = populated();
        Path db = dir.resolve(DataDir.DB_FILE);
        Files.write(db, new byte[0]);
        Files.deleteIfExists(dir.resolve(DataDir.DB_FILE + "-wal"));
        Files.deleteIfExists(dir.resolve(DataDir.DB_FILE + "-shm"));
        List<Path> before = listing();
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("bị hỏng").hasMessageContaining("rỗng")
                .hasMessageContaining(backup.getFileName().toString());
        assertThat(Files.size(db)).isZero();
        assertThat(listing()).isEqualTo(before);
        // the offered backup brings the data back
        Store.restore(dir, backup, null);
        try (Store store = Store.open(dir)) {
            assertThat(store.unit().profile().orElseThrow().name()).isEqualTo("Trường THCS Lê Lợi");
            assertThat(store.evidence().list()).hasSize(1);
        }
    }

    @Test
    void anEmptySqliteFileBesideEvidenceIsRefusedToo() throws Exception {
        populated();
        Path db = dir.resolve(DataDir.DB_FILE);
        Files.delete(db);
        try (var c = Database.connect(db, false)) {
            Sql.exec(c, "PRAGMA journal_mode = DELETE"); // writes the header, no table
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("bị hỏng");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void anEmptyFileInAnEmptyFolderIsAFirstStart() throws Exception {
        // a first start killed before its first commit leaves an empty file and nothing else
        Files.createFile(dir.resolve(DataDir.DB_FILE));
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
    }
}
