package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.antq.domain.Progress;

class ExportSmokeTest {
    @Test
    void writesAllThree() throws Exception {
        Path out = Path.of(System.getProperty("dossier.out", "target/dossier-smoke"));
        Files.createDirectories(out);
        DossierFixture fx = new DossierFixture().staff(Integer.getInteger("dossier.staff", 40)).departments(4);
        DossierRequest r = fx.request(out).withAppendImages(true);
        DossierResult result = new DossierExporter().export(r, Progress.NONE);
        System.out.println(result);
        assertThat(result.files()).hasSize(3);
    }
}
