package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;

/**
 * Names beyond the bundled Liberation fonts: printed with the system's fonts when it has them;
 * a character no font has is printed as its code and reported before the export, naming the person.
 */
class PdfFontFallbackTest {
    @TempDir
    Path dir;

    /** A private-use character of plane 16: no font of any system draws it. */
    static final String NO_FONT = new String(Character.toChars(0x10FFFD));

    private String pdfText(String firstStaffName) throws Exception {
        DossierFixture fixture = new DossierFixture();
        fixture.firstStaffName = firstStaffName;
        DossierRequest request = fixture.request(dir).withFormats(Set.of(DossierFormat.PDF));
        Path pdf = new DossierExporter().export(request, Progress.NONE).files().get(0);
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        StringBuilder all = new StringBuilder();
        PdfTextExtractor ex = new PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(ex.getTextFromPage(i)).append('\n');
        }
        reader.close();
        return all.toString();
    }

    @Test
    void aCharacterNoFontHasIsPrintedAsItsCodeAndReportedNamingThePerson() throws Exception {
        String name = "Nguyễn Văn " + NO_FONT;
        DossierFixture fixture = new DossierFixture();
        fixture.firstStaffName = name;
        List<PrintCheck.Finding> findings = PrintCheck.of(fixture.snapshot());
        assertThat(findings).containsExactly(new PrintCheck.Finding("staff", name, List.of(NO_FONT)));
        assertThat(pdfText(name)).contains("Nguyễn Văn [U+10FFFD]");
    }

    @Test
    void chineseJapaneseAndArabicNamesPrintWithTheSystemsFonts() throws Exception {
        String names = "王小明 さくら"; // Korean needs Malgun Gothic (Windows) or Noto CJK: not on every Linux
        String arabic = "محمد";
        // where the machine has fonts for these scripts (Windows always; Linux with fonts-droid/noto, DejaVu)
        assumeTrue(PdfFonts.unprintable(names + arabic).isEmpty(), "no CJK or Arabic font on this machine");
        String text = pdfText(names + " " + arabic);
        assertThat(text).contains(names);
        // Arabic letters are printed (OpenPDF does not join them in a table cell, but none vanishes)
        assertThat(text.chars().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC).count())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void theFallbackFilesOfWindowsAreLookedForInItsFontsFolder(@TempDir Path windows) throws Exception {
        Path fonts = Files.createDirectories(windows.resolve("Fonts"));
        Files.writeString(fonts.resolve("simsun.ttc"), "x");
        Files.writeString(fonts.resolve("malgun.ttf"), "x");
        List<String> files = PdfFonts.fallbackFiles(Map.of("WINDIR", windows.toString()), "Windows 11", "C:\\Users\\a");
        assertThat(files).containsExactly(fonts.resolve("simsun.ttc") + ",0", fonts.resolve("malgun.ttf").toString());
        // files that are not fonts are skipped, never a failure
        assertThat(PdfFonts.discover(Map.of("WINDIR", windows.toString()), "Windows 11", "C:\\Users\\a")).isEmpty();
    }
}
