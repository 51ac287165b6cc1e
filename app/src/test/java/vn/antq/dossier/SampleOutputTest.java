package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.antq.domain.Progress;

/** Writes a sample dossier to target/dossier-sample for a person to look at (pdftoppm, Excel). */
class SampleOutputTest {
    @Test
    void writeSample() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "dossier-sample"));
        DossierFixture fx = new DossierFixture().staff(40).departments(4);
        DossierResult result = new DossierExporter().export(fx.request(out).withAppendImages(true), Progress.NONE);
        assertThat(result.files()).hasSize(3).allMatch(Files::isRegularFile);
        assertThat(Verifier.verify(result.files().get(2)).ok()).isTrue();
    }
}
