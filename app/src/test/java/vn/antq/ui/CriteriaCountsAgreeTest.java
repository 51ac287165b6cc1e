package vn.antq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.demo.DemoGenerator;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.dossier.DossierExporter;
import vn.antq.dossier.DossierFormat;
import vn.antq.dossier.StoreDossier;
import vn.antq.storage.Store;
import vn.antq.ui.checklist.ChecklistViewModel;
import vn.antq.ui.common.UiContext;
import vn.antq.ui.overview.OverviewViewModel;

/**
 * "Tiêu chí" means one thing everywhere: the Circular's criteria (Điều 7's six for a school, the events
 * criterion among them), as the Tờ trình and the Biên bản count them. The lines the clerk answers (a
 * criterion, or each part of one) are "nội dung" on Tổng quan and Tiêu chuẩn ANTT. Read back from the
 * screens' texts and the dossier PDF of a demo school with one part answered "chưa đạt", the counts
 * worked out here from the checklist data.
 */
class CriteriaCountsAgreeTest {
    static final int YEAR = 2025;

    @TempDir
    Path dir;

    @Test
    void theScreensAndTheDocumentsCountTheSameCriteriaAndNameTheLinesApart() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            DemoGenerator.generate(store, new DemoGenerator.Options(40, YEAR, 0, UnitType.CO_SO_GIAO_DUC),
                    Progress.NONE);
            Checklist checklist = store.options().checklist();
            // one part of a criterion with parts answered "chưa đạt": that criterion and that line fail
            ChecklistCriterion withParts = checklist.criteria(UnitType.CO_SO_GIAO_DUC).stream()
                    .filter(ChecklistCriterion::hasParts).findFirst().orElseThrow();
            store.checklist().setAnswer(YEAR, withParts.parts().get(0).code(), false, "Chưa phổ biến đủ");
            long clauses = checklist.criteria(UnitType.CO_SO_GIAO_DUC).stream().filter(c -> c.appliesTo(true, true))
                    .count();
            int lines = checklist.answerable(UnitType.CO_SO_GIAO_DUC, true, true).size();
            assertThat(lines).as("a school answers more lines than it has criteria").isGreaterThan((int) clauses);
            String criteria = (clauses - 1) + "/" + clauses + " tiêu chí đạt";
            String items = "(" + (lines - 1) + "/" + lines + " nội dung đạt)";

            UiContext ctx = UiFixtures.context(store, "vi");
            ctx.yearProperty().set(YEAR);
            OverviewViewModel overview = new OverviewViewModel(ctx);
            overview.reload();
            assertThat(overview.anttDetailProperty().get()).startsWith(criteria + " " + items + ", 0 nội dung chưa "
                    + "trả lời");
            ChecklistViewModel screen = new ChecklistViewModel(ctx);
            screen.reload();
            assertThat(screen.verdictProperty().get()).startsWith("CHƯA ĐẠT — " + criteria + " " + items);

            // the school fails the standard: its documents report, counting the same criteria
            Path pdf = new DossierExporter().export(StoreDossier.request(store, YEAR, dir.resolve("out"))
                    .withFormats(EnumSet.of(DossierFormat.PDF)), Progress.NONE).files().get(0);
            String text = pdfText(pdf);
            String documents = (clauses - 1) + "/" + clauses + " tiêu chí đạt yêu cầu";
            assertThat(text).contains(documents + "; tổng điểm tự chấm phong trào toàn dân") // Tờ trình
                    .contains(documents + "; tổng điểm tự chấm phong trào " + store.assess(YEAR).score().total())
                    .contains("đạt " + (clauses - 1) + "/" + clauses + " tiêu chí, chưa đạt tiêu chuẩn")
                    .doesNotContain(lines + " tiêu chí").doesNotContain("nội dung đạt");
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        try {
            var ex = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                all.append(ex.getTextFromPage(i)).append('\n');
            }
            return all.toString().replaceAll("[\\s\\u00a0]+", " ");
        } finally {
            reader.close();
        }
    }
}
