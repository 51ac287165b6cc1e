package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;

/**
 * A unit of 5,000 staff: the workbook and PDF are complete. (How long it takes is measured by the
 * benchmarks in {@code app/src/bench}, not here: a time bound fails on a busy machine.)
 */
class LargeUnitTest {
    @Test
    void fiveThousandStaff(@TempDir Path dir) throws Exception {
        DossierFixture fx = new DossierFixture().staff(5000).departments(40);
        DossierRequest r = fx.request(dir).withFormats(Set.of(DossierFormat.XLSX, DossierFormat.PDF));
        DossierResult result = new DossierExporter().export(r, Progress.NONE);
        assertThat(result.files()).hasSize(2);
        assertThat(Files.size(result.files().get(1))).as("the PDF").isGreaterThan(100_000);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(result.files().get(0)))) {
            assertThat(wb.getSheet("Danh sách ký cam kết").getLastRowNum()).isGreaterThanOrEqualTo(5000);
        }
    }
}
