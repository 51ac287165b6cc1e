package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceStatus;
import vn.antq.domain.unit.UnitProfile;

/**
 * A restore killed with SIGKILL at each of its steps ends, at the next open, in the old data (killed
 * before the journal) or the new data (killed after it), never in a mix or in nothing; and a backup
 * killed half-way leaves no copy of the database anywhere once the folder is opened again.
 */
class RestoreCrashTest {
    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    /** Old data in data/, a backup of other (new) data in new.zip; returns the backup. */
    private Path prepare() throws Exception {
        Path other = tmp.resolve("other");
        Path zip = tmp.resolve("new.zip");
        try (Store store = Store.open(other)) {
            store.unit().create(UnitProfile.minimal("Đơn vị MỚI", UnitType.CO_QUAN), 2026);
            store.evidence().add(file("moi.pdf", "%PDF minh chứng mới"), "moi.pdf");
            store.evidence().add(file("moi2.jpg", "ảnh mới"), "moi2.jpg");
            store.backup(zip, null);
        }
        try (Store store = Store.open(data())) {
            store.unit().create(UnitProfile.minimal("Đơn vị CŨ", UnitType.CO_QUAN), 2026);
            store.evidence().add(file("cu.pdf", "%PDF minh chứng cũ"), "cu.pdf");
        }
        return zip;
    }

    private Path file(String name, String content) throws Exception {
        Path f = tmp.resolve("src-" + name);
        Files.writeString(f, content);
        return f;
    }

    private static Process child(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), RestoreChild.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the child's lines until it says it stopped (or ended), then kills it with SIGKILL. */
    private static String stopAndKill(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        String last = null;
        while ((line = r.readLine()) != null) {
            last = line;
            if (line.startsWith("STOPPED") || line.equals("DONE")) {
                break;
            }
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return last;
    }

    private List<String> leftovers(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString())
                    .filter(n -> n.contains(Staging.PREFIX) || n.contains(Backups.JOURNAL)).toList();
        }
    }

    @ParameterizedTest(name = "killed at step {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void aRestoreKilledAtAnyStepEndsInTheOldOrTheNewData(int step) throws Exception {
        Path zip = prepare();
        assertThat(stopAndKill(child("restore", data().toString(), zip.toString(), String.valueOf(step))))
                .isEqualTo("STOPPED " + step);
        try (Store store = Store.open(data())) {
            String unit = store.unit().profile().orElseThrow().name();
            // before the journal: the old data; after it: the restore is finished by this open
            assertThat(unit).isEqualTo(step == 0 ? "Đơn vị CŨ" : "Đơn vị MỚI");
            IntegrityReport report = store.check(null);
            assertThat(report.databaseOk()).isTrue();
            List<EvidenceFile> evidence = report.evidence();
            assertThat(evidence).hasSize(step == 0 ? 1 : 2);
            assertThat(evidence).allMatch(e -> e.status() == EvidenceStatus.OK);
            assertThat(report.unused()).isEmpty();
        }
        assertThat(leftovers(data())).isEmpty();
        if (step >= 2) {
            try (Stream<Path> s = Files.list(data())) {
                Path aside = s.filter(p -> p.getFileName().toString().startsWith("replaced-")).findFirst().orElseThrow();
                assertThat(aside.resolve(DataDir.DB_FILE)).exists();
                assertThat(aside.resolve(DataDir.EVIDENCE_DIR)).isDirectory();
            }
        }
    }

    @Test
    void aBackupKilledHalfWayLeavesNoCopyOfTheDatabaseAnywhere() throws Exception {
        prepare();
        Path usb = tmp.resolve("usb");
        Files.createDirectories(usb);
        Process p = child("backup", data().toString(), usb.resolve("sao-luu.zip").toString());
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).isEqualTo("STOPPED " + Backups.BACKUP_STAGED);
        try (Stream<Path> s = Files.list(usb)) {
            // only the archive being written, never a plaintext copy of the database, on the stick
            assertThat(s.map(f -> f.getFileName().toString()).toList())
                    .allMatch(n -> n.endsWith(".zip.tmp")).isNotEmpty();
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(leftovers(data())).isNotEmpty(); // the staged copy and the marker, until the next open
        try (Store store = Store.open(data())) {
            assertThat(store.unit().profile().orElseThrow().name()).isEqualTo("Đơn vị CŨ");
        }
        assertThat(leftovers(data())).isEmpty();
        try (Stream<Path> s = Files.list(usb)) {
            assertThat(s.toList()).isEmpty();
        }
    }
}
