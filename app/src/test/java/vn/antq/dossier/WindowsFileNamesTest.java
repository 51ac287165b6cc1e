package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Windows' rules for file names, checked on every platform: what {@link FileNames#windowsProblem} knows, and that
 * every name the dossier writes passes them for hostile unit and evidence names, stays apart from the others when
 * case is ignored (Windows' file systems ignore it), and fits 260-character paths.
 */
class WindowsFileNamesTest {
    /** Unit names a clerk could type that would be trouble if used as they are. */
    static final List<String> HOSTILE_UNITS = List.of("CON", "aux", "NUL.", "Nul", "COM1", "com9", "LPT1 ", "LPT¹",
            " . . ", "...", "Tổ dân phố số 3. ", "Trường THPT “Chu Văn An”: lớp 12A?", "A|B<C>D*E\"F/G\\H",
            "Ủy ban nhân dân phường Đống Đa — Ban chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc "
                    .repeat(4), "\u0001\u0002", "");

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "Con.txt", "AUX.pdf", "nul", "NUL.tar.gz", "COM1", "com9.jpg", "LPT1",
        "lpt9.png", "COM¹", "LPT³.txt", "CONIN$", "CON .txt"})
    void reservedDeviceNamesAreRefusedWithAnyCaseAndExtension(String name) {
        assertThat(FileNames.windowsProblem(name)).startsWith("reserved device name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bao-cao.", "bao-cao ", "a:b", "a|b", "a?b", "a*b", "a<b", "a>b", "a\"b", "a/b", "a\\b",
        "a\tb", ""})
    void trailingDotsSpacesAndForbiddenCharactersAreRefused(String name) {
        assertThat(FileNames.windowsProblem(name)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONSOLE.txt", "con-2026-ho-so.xlsx", "COM10", "aux-1.pdf", "Biên bản họp.pdf",
        "nulla", ".hidden", "LPT", "a.b.c"})
    void ordinaryNamesPass(String name) {
        assertThat(FileNames.windowsProblem(name)).isNull();
    }

    @Test
    void tooLongNamesAreRefused() {
        assertThat(FileNames.windowsProblem("a".repeat(255))).isNull();
        assertThat(FileNames.windowsProblem("a".repeat(256))).contains("255");
    }

    /** Every name the export writes for a unit: outputs, split volumes and the temporary names it moves from. */
    private static List<String> exportNames(String unit, int year) {
        List<String> names = new ArrayList<>();
        for (DossierFormat f : DossierFormat.values()) {
            names.add(FileNames.output(unit, year, f));
        }
        // the registration pack (its temporary files are named like the dossier's)
        names.add(FileNames.registration(unit, year));
        names.add(FileNames.pledgeForms(unit, year));
        for (int n : new int[] {2, 10, 999}) {
            names.add(FileNames.volume(unit, year, n));
        }
        // DossierExporter: Files.createTempFile(dir, "." + base + "-", ".tmp"), the random part at most 19 digits
        names.add("." + FileNames.base(unit, year) + "-" + "9".repeat(19) + ".tmp");
        return names;
    }

    @Test
    void everyExportNameIsSafePlainAsciiAndShortForHostileUnitNames() {
        for (String unit : HOSTILE_UNITS) {
            for (String name : exportNames(unit, 2026)) {
                assertThat(FileNames.windowsProblem(name)).as("'%s' from unit '%s'", name, unit).isNull();
                // plain ASCII: a ZIP opened by Windows Explorer shows other names in the OEM code page, garbled
                assertThat(name).as(unit).matches("\\.?[a-z0-9-]+\\.[a-z]+");
                assertThat(name.length()).as(name).isLessThanOrEqualTo(FileNames.MAX_NAME_LENGTH);
            }
        }
        assertThat(FileNames.output("CON", 2026, DossierFormat.PDF)).isEqualTo("con-2026-ho-so.pdf");
    }

    @Test
    void evidenceNamesInThePackageAreSafeAndStayApartWhenCaseIsIgnored() {
        List<String> originals = List.of("CON", "CON.pdf", "con.PDF", "aux.JPG", "nul.txt", "COM1.png", "LPT9",
                "báo cáo. .pdf", "ảnh   .", "Biên Bản Họp.PDF", "biên bản họp.pdf", "BIÊN BẢN HỌP.pdf",
                "Quyết định số 12/QĐ-UBND.docx", "..", " ", "a".repeat(300) + ".pdf", "scan.\u0001");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < originals.size(); i++) {
            String name = FileNames.evidence(i + 1, originals.get(i));
            assertThat(FileNames.windowsProblem(name)).as("'%s' from '%s'", name, originals.get(i)).isNull();
            assertThat(name).matches("\\d{3}-[a-z0-9-]+(\\.[a-z0-9]+)?");
            assertThat(seen.add(name.toLowerCase(Locale.ROOT))).as("'%s' collides, case ignored", name).isTrue();
            // extracted by the police into a folder: "evidence/" + name under a 150-character folder fits 259
            assertThat(150 + 1 + "evidence/".length() + name.length()).isLessThanOrEqualTo(FileNames.WINDOWS_MAX_PATH);
        }
        assertThat(FileNames.evidence(10, "Biên Bản Họp.PDF")).isEqualTo("010-bien-ban-hop.pdf");
        assertThat(FileNames.evidence(11, "biên bản họp.pdf")).isEqualTo("011-bien-ban-hop.pdf");
    }

    @Test
    void outputsFitTheWindowsPathLimitUnderADeepFolder() {
        assertThat(FileNames.MAX_FOLDER_LENGTH).as("a folder as deep as a clerk's Documents\\...\\...")
                .isGreaterThanOrEqualTo(150);
        String base = "C:\\Users\\Nguyễn Thị Phương Thảo\\Documents\\Hồ sơ ANTT\\";
        String folder = base + "x".repeat(FileNames.MAX_FOLDER_LENGTH - base.length());
        assertThat(folder).hasSize(FileNames.MAX_FOLDER_LENGTH);
        for (String unit : HOSTILE_UNITS) {
            for (String name : exportNames(unit, 2026)) {
                assertThat((folder + "\\" + name).length()).as(name).isLessThanOrEqualTo(FileNames.WINDOWS_MAX_PATH);
            }
        }
    }
}
