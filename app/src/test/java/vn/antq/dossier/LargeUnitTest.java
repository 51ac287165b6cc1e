package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;

/** A unit of 5,000 staff: the workbook and PDF are complete and written in reasonable time. */
class LargeUnitTest {
    @Test
    void fiveThousandStaff(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture().staff(5000).departments(40);
        DossierRequest r = fx.request(dir).withFormats(Set.of(DossierFormat.XLSX, DossierFormat.PDF));
        DossierExporter exporter = new DossierExporter();
        // warm-up (class loading, fonts), then measure
        exporter.export(fx.request(Files.createDirectories(dir.resolve("warm"))), Progress.NONE);
        long best = Long.MAX_VALUE;
        DossierResult result = null;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            result = exporter.export(r, Progress.NONE);
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf("5000 staff: xlsx+pdf in %d ms (xlsx %d bytes, pdf %d bytes)%n", best,
                Files.size(result.files().get(0)), Files.size(result.files().get(1)));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(result.files().get(0)))) {
            assertThat(wb.getSheet("Danh sách ký cam kết").getLastRowNum()).isGreaterThanOrEqualTo(5000);
        }
        assertThat(best).as("export time in ms").isLessThan(20_000);
    }
}
