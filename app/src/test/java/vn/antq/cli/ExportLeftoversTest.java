package vn.antq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.Store;
import vn.antq.storage.StoreFixtures;

/**
 * {@code export} with an evidence file gone from the data folder warns on stderr (and still exports);
 * the temporary files of an export killed earlier are removed by the next export to that folder.
 */
class ExportLeftoversTest {
    @TempDir
    Path tmp;

    private Path fill() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            store.unit().create(UnitProfile.minimal("Trường Tiểu học Kim Đồng", UnitType.CO_SO_GIAO_DUC), 2025);
            store.years().setRegistration(2025, LocalDate.of(2025, 2, 20));
            StoreFixtures.answerAllMet(store, 2025);
            Path f = tmp.resolve("Biên bản họp.pdf");
            Files.writeString(f, "%PDF-1.4 biên bản");
            EvidenceFile e = store.evidence().add(f, "Biên bản họp.pdf");
            store.evidence().link(e.sha256(), new EvidenceLink(2025, EvidenceTarget.RUBRIC_ITEM, "1"));
            Files.delete(data.resolve("evidence").resolve(e.sha256()));
        }
        return data;
    }

    @Test
    void aMissingEvidenceFileIsAWarningOnStderrAndTheExportIsDone() throws Exception {
        Path data = fill();
        Path out = tmp.resolve("out");
        StoreCommandsTest.Run r = StoreCommandsTest.run("export", "--year", "2025", "--out", out.toString(),
                "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Cảnh báo").contains("Biên bản họp.pdf");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(".zip"));
        }
    }

    @Test
    void partialsOfAKilledExportAreRemovedByTheNextExport() throws Exception {
        Path data = fill();
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        String base = "truong-tieu-hoc-kim-dong-2025-ho-so";
        // a process id no process has (pid_max is at most 2^22 on Linux)
        Path stale = Files.writeString(out.resolve("." + base + "-99999999-123456.tmp"), "nửa tệp");
        // one of a running export (this process) is left alone
        Path running = Files.writeString(out.resolve("." + base + "-" + ProcessHandle.current().pid() + "-42.tmp"), "x");
        StoreCommandsTest.Run r = StoreCommandsTest.run("export", "--year", "2025", "--out", out.toString(),
                "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(running).exists();
    }
}
