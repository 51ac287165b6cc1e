package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.domain.Progress;

/** Decree 30/2020 layout, read back page by page from the PDF. */
class DecreeLayoutTest {
    @TempDir
    Path dir;

    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final Pattern HEADING = Pattern.compile("^(I|II|III|IV|V)\\. .*|^\\d\\. [A-ZĐÂĂÊÔƠƯ].*|"
            + "^(Thành phần tham dự|Nội dung|Kết luận):$");

    /** Each page's lines, no-break spaces as spaces. */
    static List<List<String>> pages(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor ex = new PdfTextExtractor(reader);
        List<List<String>> out = new ArrayList<>();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            List<String> lines = new ArrayList<>();
            for (String l : ex.getTextFromPage(i).replace('\u00a0', ' ').split("\\R")) {
                if (!l.isBlank()) {
                    lines.add(l.strip().replaceAll("\\s+", " "));
                }
            }
            out.add(lines);
        }
        reader.close();
        return out;
    }

    private Path export(int staff, int departments, boolean images) throws Exception {
        Path out = Files.createDirectories(dir.resolve(staff + "-" + departments));
        DossierRequest r = new DossierFixture().staff(staff).departments(departments).request(out)
                .withFormats(Set.of(DossierFormat.PDF)).withAppendImages(images);
        return new DossierExporter().export(r, Progress.NONE).files().get(0);
    }

    @ParameterizedTest
    @CsvSource({"12, 3", "40, 4", "7, 1", "90, 5"})
    void pageNumbersSignaturesAndHeadings(int staff, int departments) throws Exception {
        List<List<String>> pages = pages(export(staff, departments, false));
        int inDocument = 0;
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = pages.get(i);
            String all = String.join(" ", lines);
            boolean first = all.contains(MOTTO);
            inDocument = first ? 1 : inDocument + 1;
            String where = "page " + (i + 1) + ": " + all;
            // no "Trang x/y" anywhere; the number alone on its own line from the second page on
            assertThat(all).as(where).doesNotContain("Trang ");
            if (first) {
                assertThat(lines).as(where).doesNotContain("1");
            } else {
                assertThat(lines).as(where).contains(Integer.toString(inDocument));
            }
            // a signature block never alone: the page holds a paragraph of the document too
            if (all.contains("(Ký, ghi rõ họ tên")) {
                long other = lines.stream().filter(l -> !l.matches("\\d+") && !l.startsWith("(Ký")
                        && !l.startsWith("- ") && !l.equals("Nơi nhận:") && !l.equals(l.toUpperCase())
                        && !l.equals("Phạm Thị Hồng Nhung") && !l.equals("Vũ Thị Lan")).count();
                assertThat(other).as(where).isPositive();
            }
            // no heading as the last line of a page (the page number may follow it)
            List<String> body = lines.stream().filter(l -> !l.matches("\\d+")).toList();
            String last = body.get(body.size() - 1);
            assertThat(HEADING.matcher(last).matches()).as(where).isFalse();
        }
    }

    @Test
    void theUnitNameBreaksBetweenWordGroups() throws Exception {
        List<String> first = pages(export(12, 3, false)).get(0);
        assertThat(first).contains("TRƯỜNG TRUNG HỌC PHỔ THÔNG").noneMatch(l -> l.endsWith("PHỔ"));
    }

    @Test
    void percentagesAreRoundedHalfUpLikeTheWorkbook() throws Exception {
        DossierRequest r = new DossierFixture().request(dir);
        DossierModel m = new DossierModel(r, DossierPlanner.plan(r));
        assertThat(m.percent(2, 3)).isEqualTo("66,7%");
        assertThat(m.percent(13, 14)).isEqualTo("92,9%");
        assertThat(m.percent(1, 8)).isEqualTo("12,5%");
        assertThat(m.percent(0, 0)).isEqualTo("0%");
        assertThat(m.percent(3, 3)).isEqualTo("100%");
    }

    @Test
    void notesAreJoinedWithoutDoubledPunctuation() {
        assertThat(DossierModel.joinNotes(List.of("Đã thực hiện tốt công tác ANTT.", "Minh chứng: a.pdf")))
                .isEqualTo("Đã thực hiện tốt công tác ANTT; Minh chứng: a.pdf");
        assertThat(DossierModel.joinNotes(List.of("Còn chờ …", " ", "x;"))).isEqualTo("Còn chờ …; x");
    }
}
