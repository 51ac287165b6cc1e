package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.CancelledException;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.StaffMember;
import vn.antq.domain.unit.UnitProfile;

class EvidenceAndBackupTest {
    @TempDir
    Path tmp;

    private static final byte[] PDF = "%PDF-1.4\n% Biên bản họp\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private Path file(String name, byte[] content) throws Exception {
        Path p = tmp.resolve("src").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private Store newStore(Path dir) {
        Store s = Store.open(dir);
        s.unit().create(UnitProfile.minimal("Công ty TNHH Ánh Dương", UnitType.DOANH_NGHIEP), 2026);
        return s;
    }

    @Test
    void evidenceIsStoredOncePerContentLinkedAndVerified() throws Exception {
        Path dir = tmp.resolve("data");
        try (Store store = newStore(dir)) {
            EvidenceFile a = store.evidence().add(file("bien-ban.pdf", PDF), "Biên bản.pdf");
            EvidenceFile again = store.evidence().add(file("copy.bin", PDF), "Bản sao.pdf");
            EvidenceFile img = store.evidence().add(file("anh.png", PNG), "Ảnh chụp.png");
            assertThat(again.sha256()).isEqualTo(a.sha256());
            assertThat(again.originalName()).isEqualTo("Biên bản.pdf");
            assertThat(a.mediaType()).isEqualTo("application/pdf");
            assertThat(img.mediaType()).isEqualTo("image/png");
            assertThat(a.size()).isEqualTo(PDF.length);
            assertThat(a.sha256()).isEqualTo(EvidenceFiles.sha256(file("x", PDF)));
            try (Stream<Path> s = Files.list(dir.resolve("evidence"))) {
                assertThat(s.map(p -> p.getFileName().toString()).toList())
                        .containsExactlyInAnyOrder(a.sha256(), img.sha256());
            }
            assertThat(Files.readAllBytes(store.evidence().path(a.sha256()))).isEqualTo(PDF);

            StaffMember s = store.staff().add("Ngô Bảo Châu", "", null, null, null);
            store.evidence().link(a.sha256(), new EvidenceLink(2026, EvidenceTarget.RUBRIC_ITEM, "1"));
            store.evidence().link(a.sha256(), new EvidenceLink(2026, EvidenceTarget.RUBRIC_ITEM, "1"));
            store.evidence().link(img.sha256(), new EvidenceLink(2026, EvidenceTarget.STAFF_PLEDGE, String.valueOf(s.id())));
            assertThat(store.evidence().file(a.sha256()).orElseThrow().links())
                    .containsExactly(new EvidenceLink(2026, EvidenceTarget.RUBRIC_ITEM, "1"));
            assertThat(store.staff().ofYear(2026).get(0).evidenceSha()).isEqualTo(img.sha256());
            assertThat(store.snapshot(2026).evidence()).hasSize(2);
            store.evidence().unlink(a.sha256(), new EvidenceLink(2026, EvidenceTarget.RUBRIC_ITEM, "1"));
            assertThat(store.snapshot(2026).evidence()).extracting(EvidenceFile::sha256).containsExactly(img.sha256());
            assertThatThrownBy(() -> store.evidence().link("0".repeat(64), new EvidenceLink(2026, EvidenceTarget.OTHER, "x")))
                    .isInstanceOf(StoreException.class);

            assertThat(store.evidence().verify(null)).extracting(EvidenceFile::status)
                    .containsOnly(EvidenceStatus.OK);
            Files.write(store.evidence().path(a.sha256()), "%PDF-1.4 sửa đổi".getBytes(StandardCharsets.UTF_8));
            Files.delete(store.evidence().path(img.sha256()));
            Map<String, EvidenceStatus> status = new java.util.HashMap<>();
            store.evidence().verify(null).forEach(f -> status.put(f.sha256(), f.status()));
            assertThat(status).containsEntry(a.sha256(), EvidenceStatus.ALTERED)
                    .containsEntry(img.sha256(), EvidenceStatus.MISSING);
            IntegrityReport report = store.check(null);
            assertThat(report.databaseOk()).isTrue();
            assertThat(report.ok()).isFalse();
            assertThat(report.evidenceProblems()).hasSize(2);
            assertThat(store.evidence().list()).filteredOn(f -> f.status() == EvidenceStatus.MISSING).hasSize(1);

            // adding the good content again repairs the altered copy
            store.evidence().add(file("again.pdf", PDF), "x.pdf");
            assertThat(EvidenceFiles.verify(store.evidence().path(a.sha256()), a.sha256())).isEqualTo(EvidenceStatus.OK);
            store.evidence().remove(a.sha256());
            assertThat(store.evidence().file(a.sha256())).isEmpty();
            assertThat(store.evidence().path(a.sha256())).doesNotExist();
        }
    }

    @Test
    void evidenceAboveTheLimitIsRefusedAndNothingIsKept() throws Exception {
        Path dir = tmp.resolve("data");
        try (Store store = Store.open(dir, StoreOptions.defaults().withMaxEvidenceBytes(1000))) {
            Path big = file("scan.pdf", new byte[1001]);
            assertThatThrownBy(() -> store.evidence().add(big, "scan.pdf")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("quá lớn");
            assertThat(store.evidence().list()).isEmpty();
            try (Stream<Path> s = Files.list(dir.resolve("evidence"))) {
                assertThat(s.toList()).isEmpty();
            }
            assertThatThrownBy(() -> store.evidence().add(tmp.resolve("none.pdf"), "none.pdf"))
                    .hasMessageContaining("Không tìm thấy");
        }
    }

    private Path populated(Path dir) throws Exception {
        try (Store store = newStore(dir)) {
            var d = store.departments().add("Phòng Kỹ thuật");
            StaffMember s = store.staff().add("Phan Thị Ngọc Ánh", "Kỹ sư", d.id(), LocalDate.of(1992, 2, 29), "0987");
            store.staff().setPledge(2026, s.id(), true, LocalDate.of(2026, 3, 1));
            store.scores().set(2026, "7", 8, "Mô hình “Camera an ninh”");
            EvidenceFile e = store.evidence().add(file("cam-ket.pdf", PDF), "Cam kết.pdf");
            store.evidence().add(file("anh.png", PNG), "Ảnh.png");
            store.evidence().link(e.sha256(), new EvidenceLink(2026, EvidenceTarget.STAFF_PLEDGE, String.valueOf(s.id())));
            Path zip = tmp.resolve("out").resolve("sao-luu.zip");
            List<Long> seen = new ArrayList<>();
            store.backup(zip, new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    seen.add(done);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            assertThat(seen).isNotEmpty();
            return zip;
        }
    }

    @Test
    void backupThenRestoreGivesBackTheSameDataAndByteIdenticalEvidence() throws Exception {
        Path dir = tmp.resolve("data");
        Path zip = populated(dir);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            z.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).contains("antq.db", "manifest.json").hasSize(4);
            String manifest = new String(z.getInputStream(z.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(manifest).contains("antq-backup/1").contains("\"sha256\"");
        }
        // restore into a new folder and into the original (which is then changed)
        Path other = tmp.resolve("other");
        assertThat(Store.restore(other, zip, null)).isNull();
        try (Store store = Store.open(dir)) {
            store.staff().add("Người thêm sau", "", null, null, null);
            store.scores().set(2026, "7", 2, "");
        }
        Path aside = Store.restore(dir, zip, null);
        assertThat(aside.getFileName().toString()).startsWith("replaced-");
        assertThat(aside.resolve("antq.db")).exists();
        assertThat(aside.resolve("evidence")).isDirectory();
        for (Path target : List.of(dir, other)) {
            try (Store store = Store.open(target)) {
                assertThat(store.audit().all()).filteredOn(a -> a.area() == AuditArea.RESTORE).singleElement()
                        .satisfies(a -> assertThat(a.subject()).isEqualTo("sao-luu.zip"));
                assertThat(store.staff().ofYear(2026)).singleElement().satisfies(p -> {
                    assertThat(p.staff().fullName()).isEqualTo("Phan Thị Ngọc Ánh");
                    assertThat(p.staff().dateOfBirth()).isEqualTo(LocalDate.of(1992, 2, 29));
                    assertThat(p.signed()).isTrue();
                    assertThat(p.evidenceSha()).isNotNull();
                });
                assertThat(store.scores().ofYear(2026).get(0).note()).isEqualTo("Mô hình “Camera an ninh”");
                assertThat(store.check(null).ok()).isTrue();
                for (EvidenceFile f : store.evidence().list()) {
                    byte[] expected = f.mediaType().equals("application/pdf") ? PDF : PNG;
                    assertThat(Files.readAllBytes(store.evidence().path(f.sha256()))).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aTamperedArchiveIsRefusedAndNothingIsReplaced() throws Exception {
        Path dir = tmp.resolve("data");
        Path zip = populated(dir);
        Path tampered = tmp.resolve("tampered.zip");
        // same entries and manifest, but one evidence file's bytes changed
        try (ZipFile in = new ZipFile(zip.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            Enumeration<? extends ZipEntry> en = in.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().startsWith("evidence/") && data.length == PDF.length) {
                    data = data.clone();
                    data[data.length - 2] ^= 1;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Map<String, byte[]> before = snapshotFiles(dir);
        assertThatThrownBy(() -> Store.restore(dir, tampered, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("không khớp mã SHA-256")
                .hasMessageContaining("Không có dữ liệu nào bị thay đổi");
        assertThat(snapshotFiles(dir)).containsOnlyKeys(before.keySet());
        before.forEach((k, v) -> assertThat(snapshotFiles(dir).get(k)).as(k).isEqualTo(v));

        Path notZip = file("not.zip", "xin chào".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Store.restore(dir, notZip, null)).hasMessageContaining("không phải tệp ZIP");
        Path noManifest = tmp.resolve("nomanifest.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(noManifest))) {
            out.putNextEntry(new ZipEntry("antq.db"));
            out.write(1);
            out.closeEntry();
        }
        assertThatThrownBy(() -> Store.restore(dir, noManifest, null)).hasMessageContaining("manifest.json");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .noneMatch(n -> n.startsWith("replaced-") || n.startsWith(".restore"));
        }
    }

    private static Map<String, byte[]> snapshotFiles(Path dir) {
        Map<String, byte[]> m = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().endsWith("-shm")) {
                    m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    @Test
    void restoreIsRefusedWhileTheFolderIsOpenHereOrInAnotherProgram() throws Exception {
        Path dir = tmp.resolve("data");
        Path zip = populated(dir);
        try (Store open = Store.open(dir)) {
            byte[] before = Files.readAllBytes(dir.resolve("antq.db"));
            assertThatThrownBy(() -> Store.restore(dir, zip, null)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("đang được mở");
            assertThat(open.staff().count()).isEqualTo(1);
            assertThat(Files.readAllBytes(dir.resolve("antq.db"))).isEqualTo(before);
        }
        // another program (a child JVM writing to the folder)
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), dir.toString(), "x").redirectErrorStream(true).start();
        try {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(r.readLine()).isEqualTo("READY");
            assertThatThrownBy(() -> Store.restore(dir, zip, null)).hasMessageContaining("đang được mở");
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        // once nobody has it open, the restore goes through
        assertThat(Store.restore(dir, zip, null)).isNotNull();
        try (Store store = Store.open(dir)) {
            assertThat(store.staff().count()).isEqualTo(1);
        }
    }

    @Test
    void aDataFolderWithVietnameseAndSpacesInItsPathWorks() throws Exception {
        Path dir = tmp.resolve("Dữ liệu đơn vị (2026)");
        Path zip = tmp.resolve("Sao lưu #1").resolve("Bản sao lưu ngày 23.zip");
        try (Store store = newStore(dir)) {
            store.evidence().add(file("Ảnh chụp.png", PNG), "Ảnh chụp.png");
            store.backup(zip, null);
        }
        Path other = tmp.resolve("Nơi khác");
        Store.restore(other, zip, null);
        try (Store store = Store.open(other)) {
            assertThat(store.unit().profile().orElseThrow().name()).isEqualTo("Công ty TNHH Ánh Dương");
            assertThat(store.check(null).ok()).isTrue();
        }
    }

    @Test
    void dailyBackupRunsOnceADayAndKeepsSeven() throws Exception {
        Path dir = tmp.resolve("data");
        newStore(dir).close();
        for (int day = 1; day <= 9; day++) {
            Clock clock = Clock.fixed(Instant.parse("2026-11-%02dT09:00:00Z".formatted(day)), ZoneOffset.UTC);
            try (Store store = Store.open(dir, StoreOptions.defaults().withClock(clock))) {
                assertThat(store.maybeDailyBackup()).isPresent();
                assertThat(store.maybeDailyBackup()).isEmpty();
            }
        }
        try (Stream<Path> s = Files.list(dir.resolve("backups"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "daily-2026-11-03.zip", "daily-2026-11-04.zip", "daily-2026-11-05.zip", "daily-2026-11-06.zip",
                    "daily-2026-11-07.zip", "daily-2026-11-08.zip", "daily-2026-11-09.zip");
        }
        assertThat(Store.latestBackup(dir)).isPresent();
    }

    @Test
    void aCancelledBackupLeavesNoFile() throws Exception {
        Path dir = tmp.resolve("data");
        try (Store store = newStore(dir)) {
            store.evidence().add(file("a.pdf", PDF), "a.pdf");
            Path out = tmp.resolve("cancel").resolve("b.zip");
            Progress cancel = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> store.backup(out, cancel)).isInstanceOf(CancelledException.class);
            try (Stream<Path> s = Files.list(out.getParent())) {
                assertThat(s.toList()).isEmpty();
            }
        }
    }

    static void write(OutputStream out, String s) throws Exception {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
