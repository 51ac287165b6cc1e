package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.archive.ManifestZip;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.UnitProfile;

/**
 * Restore's budgets: sizes are checked against the manifest, the archive's size and the free space
 * BEFORE anything is written; evidence the database does not refer to is refused; {@code check}
 * reports files in {@code evidence/} that nothing refers to.
 */
class RestoreBudgetTest {
    @TempDir
    Path tmp;

    @AfterEach
    void realDisk() {
        Disk.Holder.disk = Disk.SYSTEM;
    }

    private Path data() {
        return tmp.resolve("data");
    }

    private Path backupOfOtherData() throws Exception {
        Path zip = tmp.resolve("good.zip");
        try (Store store = Store.open(tmp.resolve("other"))) {
            store.unit().create(UnitProfile.minimal("Đơn vị sao lưu", UnitType.CO_QUAN), 2026);
            Path f = tmp.resolve("bb.pdf");
            Files.writeString(f, "%PDF biên bản");
            store.evidence().add(f, "bb.pdf");
            store.backup(zip, null);
        }
        return zip;
    }

    private void oldData() {
        try (Store store = Store.open(data())) {
            store.unit().create(UnitProfile.minimal("Đơn vị hiện tại", UnitType.CO_QUAN), 2026);
        }
    }

    private List<String> dataListing() throws Exception {
        try (Stream<Path> s = Files.walk(data())) {
            return s.map(p -> data().relativize(p).toString()).filter(n -> !n.equals(FolderLock.FILE)).sorted().toList();
        }
    }

    /** Copies a backup adding entries (name → content), listed in its manifest with their true size and hash. */
    private Path withExtraEntries(Path good, Map<String, byte[]> extra, long repeat) throws Exception {
        Path out = tmp.resolve("crafted.zip");
        ObjectNode manifest;
        try (ZipFile in = new ZipFile(good.toFile())) {
            manifest = (ObjectNode) JsonMapper.builder().build().readTree(in.getInputStream(in.getEntry("manifest.json")));
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    if (e.getName().equals("manifest.json")) {
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream is = in.getInputStream(e)) {
                        is.transferTo(zip);
                    }
                    zip.closeEntry();
                }
                for (var x : extra.entrySet()) {
                    zip.putNextEntry(new ZipEntry(x.getKey()));
                    MessageDigest md = ManifestZip.sha256();
                    for (long i = 0; i < repeat; i++) {
                        zip.write(x.getValue());
                        md.update(x.getValue());
                    }
                    zip.closeEntry();
                    ObjectNode n = manifest.withArray("entries").addObject();
                    n.put("name", x.getKey());
                    n.put("size", x.getValue().length * repeat);
                    n.put("sha256", ManifestZip.hex(md.digest()));
                }
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(JsonMapper.builder().build().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aZipBombWithCorrectHashesIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path good = backupOfOtherData();
        oldData();
        List<String> before = dataListing();
        // 64 MB of zeros, listed with its true size and SHA-256, in an archive of a few hundred KB
        byte[] zeros = new byte[1 << 20];
        String name = "evidence/" + "0".repeat(64);
        Path bomb = withExtraEntries(good, Map.of(name, zeros), 64);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThatThrownBy(() -> Store.restore(data(), bomb, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("vượt giới hạn").hasMessageContaining("Không có dữ liệu nào bị thay đổi");
        assertThat(dataListing()).isEqualTo(before);
    }

    @Test
    void evidenceTheDatabaseDoesNotUseIsRefused() throws Exception {
        Path good = backupOfOtherData();
        oldData();
        List<String> before = dataListing();
        byte[] orphan = "một tệp không ai dùng".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = ManifestZip.hex(ManifestZip.sha256().digest(orphan));
        Path crafted = withExtraEntries(good, Map.of("evidence/" + sha, orphan), 1);
        assertThatThrownBy(() -> Store.restore(data(), crafted, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("không dùng đến").hasMessageContaining(sha);
        assertThat(dataListing()).isEqualTo(before);
        try (Store store = Store.open(data())) {
            assertThat(store.unit().profile().orElseThrow().name()).isEqualTo("Đơn vị hiện tại");
        }
    }

    @Test
    void aRestoreThatWouldFillTheDiskIsRefusedNamingTheFolderAndTheSpaceNeeded() throws Exception {
        Path good = backupOfOtherData();
        oldData();
        List<String> before = dataListing();
        Disk.Holder.disk = new FakeDisk(1024, true);
        assertThatThrownBy(() -> Store.restore(data(), good, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining(data().toString()).hasMessageContaining("không đủ chỗ")
                .hasMessageContaining("MB").hasMessageNotContaining("bị hỏng");
        assertThat(dataListing()).isEqualTo(before);
    }

    @Test
    void checkReportsFilesInTheEvidenceFolderThatNothingUses() throws Exception {
        oldData();
        Path stray = data().resolve(DataDir.EVIDENCE_DIR).resolve("f".repeat(64));
        try (OutputStream out = Files.newOutputStream(stray)) {
            out.write(new byte[3 * 1024 * 1024]);
        }
        try (Store store = Store.open(data())) {
            IntegrityReport report = store.check(null);
            assertThat(report.unused()).containsExactly(new IntegrityReport.Unused("f".repeat(64), 3L * 1024 * 1024));
        }
    }

    /** A disk with a given free space, writable or not. */
    record FakeDisk(long free, boolean canWrite) implements Disk {
        @Override
        public long usableSpace(Path dir) {
            return free;
        }

        @Override
        public boolean writable(Path dir) {
            return canWrite;
        }
    }
}
