package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.importer.LegacyText.Encoding;

/** TCVN3 (ABC) and VNI-Windows text: every letter and tone, detection, and lists typed in those fonts. */
class LegacyTextTest {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    @TempDir
    Path dir;

    /** The 134 Vietnamese letters with marks: 12 vowels × (5 tones) + ă â ê ô ơ ư đ (67), both cases. */
    static List<String> vietnameseLetters() {
        String[] vowels = {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
        List<String> lower = new ArrayList<>();
        for (String v : vowels) {
            for (String t : tones) {
                String letter = Normalizer.normalize(v + t, Normalizer.Form.NFC);
                if (letter.length() == 1 && letter.charAt(0) >= 0x80) {
                    lower.add(letter);
                }
            }
        }
        lower.add("đ");
        List<String> all = new ArrayList<>(lower);
        for (String l : lower) {
            all.add(l.toUpperCase(VI));
        }
        return all;
    }

    private static Map<String, String> inverse(String resource) {
        Map<String, String> inv = new HashMap<>();
        ImporterData.load(resource).forEach((legacy, unicode) -> {
            String before = inv.put(unicode.get(0), legacy);
            assertThat(before).as("%s appears twice in %s", unicode.get(0), resource).isNull();
        });
        return inv;
    }

    @Test
    void thereAre134LettersWithMarks() {
        assertThat(vietnameseLetters()).hasSize(134).doesNotHaveDuplicates();
    }

    @Test
    void everyLetterAndToneSurvivesVniEncodingAndConversion() {
        Map<String, String> toVni = inverse("/vn/antq/importer/legacy-vni.json");
        for (String letter : vietnameseLetters()) {
            String vni = toVni.get(letter);
            assertThat(vni).as("VNI code of %s", letter).isNotNull();
            // in a word, so a one-character code that is also a Unicode letter is tried in context too
            assertThat(LegacyText.decode("x" + vni + "x", Encoding.VNI)).as(letter).isEqualTo("x" + letter + "x");
        }
    }

    @Test
    void everyLetterAndToneSurvivesTcvn3EncodingAndConversion() {
        Map<String, String> toTcvn = inverse("/vn/antq/importer/legacy-tcvn3.json");
        int capitalsByFont = 0;
        for (String letter : vietnameseLetters()) {
            String code = toTcvn.get(letter);
            if (code != null) {
                assertThat(LegacyText.decode("x" + code + "x", Encoding.TCVN3)).as(letter).isEqualTo("x" + letter + "x");
            } else {
                // TCVN3 has no capitals with tone marks: they are the lower-case codes in a capitals font (.VnTimeH)
                String lower = letter.toLowerCase(VI);
                assertThat(letter).isNotEqualTo(lower);
                String lowerCode = toTcvn.get(lower);
                assertThat(lowerCode).as("TCVN3 code of %s", lower).isNotNull();
                assertThat(LegacyText.decode("x" + lowerCode, Encoding.TCVN3, true)).isEqualTo("X" + letter);
                capitalsByFont++;
            }
        }
        // 67 lower-case letters and the 7 capitals Ă Â Ê Ô Ơ Ư Đ have codes; 60 capitals come from the font
        assertThat(capitalsByFont).isEqualTo(60);
        assertThat(toTcvn).hasSize(74);
    }

    @Test
    void textIsRecognisedByItsCharactersAndUnicodeIsNeverConverted() {
        assertThat(LegacyText.guess("NguyÔn V¨n Hïng")).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyText.decode("NguyÔn V¨n Hïng", Encoding.TCVN3)).isEqualTo("Nguyễn Văn Hùng");
        assertThat(LegacyText.guess("Nguyeãn Vaên Huøng")).isEqualTo(Encoding.VNI);
        assertThat(LegacyText.decode("Nguyeãn Vaên Huøng", Encoding.VNI)).isEqualTo("Nguyễn Văn Hùng");
        assertThat(LegacyText.guess("TrÇn ThÞ BÝch")).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyText.toUnicode("TrÇn ThÞ BÝch")).isEqualTo("Trần Thị Bích");
        assertThat(LegacyText.toUnicode("Ñaëng Thò AÙnh")).isEqualTo("Đặng Thị Ánh");
        assertThat(LegacyText.toUnicode("Tæ To¸n – Tin")).isEqualTo("Tổ Toán – Tin");
        // Unicode, even when every letter is in Latin-1 ("Lê Bá Tú"), and ASCII stay as they are
        for (String unicode : List.of("Nguyễn Văn Hùng", "Lê Bá Tú", "Hà Nội", "Nguyen Van Hung", "Phòng Tổ chức",
                "José Müller", "")) {
            assertThat(LegacyText.guess(unicode)).as(unicode).isNull();
            assertThat(LegacyText.toUnicode(unicode)).isEqualTo(unicode);
        }
    }

    @Test
    void fontNamesTellTheEncoding() {
        assertThat(LegacyText.ofFont(".VnTime")).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyText.ofFont(".VnArial Narrow")).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyText.ofFont("VNI-Times")).isEqualTo(Encoding.VNI);
        assertThat(LegacyText.ofFont("VNI-Helve-Condense")).isEqualTo(Encoding.VNI);
        assertThat(LegacyText.ofFont("Times New Roman")).isNull();
        assertThat(LegacyText.markOfFont(".VnTimeH")).isEqualTo(LegacyText.MARK_TCVN3_CAPS);
    }

    @Test
    void aListTypedInTcvn3FontsImportsAsUnicodeAndShowsTheConversion() throws Exception {
        for (String kind : List.of("xlsx", "xls")) {
            Path f = dir.resolve("tcvn3." + kind);
            try (Workbook wb = kind.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
                CellStyle vn = style(wb, ".VnTime");
                CellStyle caps = style(wb, ".VnTimeH");
                Sheet s = wb.createSheet("DS");
                row(s, 0, caps, "DANH S¸CH C¸N Bé");
                row(s, 1, vn, "Hä vµ tªn", "Phßng ban", "Chøc vô");
                row(s, 2, vn, "NguyÔn V¨n Hïng", "Tæ To¸n", "Gi¸o viªn");
                row(s, 3, vn, "TrÇn ThÞ BÝch", "Tæ V¨n", "Tæ tr­ëng");
                row(s, 4, null, "Lê Bá Tú", "Tổ Văn", "");
                try (OutputStream out = Files.newOutputStream(f)) {
                    wb.write(out);
                }
            }
            StaffImportPreview p = StaffImport.preview(f);
            assertThat(p.fileIssues()).as(kind).isEmpty();
            assertThat(p.headers()).containsExactly("Họ và tên", "Phòng ban", "Chức vụ");
            assertThat(p.validStaff()).extracting(StaffRow::fullName, StaffRow::department, StaffRow::position)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Nguyễn Văn Hùng", "Tổ Toán", "Giáo viên"),
                            org.assertj.core.groups.Tuple.tuple("Trần Thị Bích", "Tổ Văn", "Tổ trưởng"),
                            org.assertj.core.groups.Tuple.tuple("Lê Bá Tú", "Tổ Văn", ""));
            assertThat(p.conversions()).extracting(LegacyConversion::header, LegacyConversion::encoding)
                    .contains(org.assertj.core.groups.Tuple.tuple("Họ và tên", Encoding.TCVN3));
            LegacyConversion names = p.conversions().stream().filter(c -> c.column() == 0).findFirst().orElseThrow();
            assertThat(names.cells()).isEqualTo(4); // the title (in capitals), the header and two names
            assertThat(names.before()).isEqualTo("DANH S¸CH C¸N Bé");
            assertThat(names.after()).isEqualTo("DANH SÁCH CÁN BỘ");
        }
    }

    @Test
    void aVniListWithoutFontInformationIsRecognisedByItsCharacters() throws Exception {
        Path f = Workbooks.write(dir.resolve("vni.xlsx"),
                new Object[] {"Hoï vaø teân", "Phoøng ban"},
                new Object[] {"Nguyeãn Vaên Huøng", "Phoøng Keá toaùn"},
                new Object[] {"Ñaëng Thò AÙnh", "Phoøng Keá toaùn"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.validStaff()).extracting(StaffRow::fullName).containsExactly("Nguyễn Văn Hùng", "Đặng Thị Ánh");
        assertThat(p.validStaff()).extracting(StaffRow::department).containsOnly("Phòng Kế toán");
        assertThat(p.conversions()).extracting(LegacyConversion::column, LegacyConversion::encoding,
                LegacyConversion::cells).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, Encoding.VNI, 3),
                        org.assertj.core.groups.Tuple.tuple(1, Encoding.VNI, 3));
        // a Unicode list shows no conversion
        Path uni = Workbooks.write(dir.resolve("uni.xlsx"), new Object[] {"Họ và tên", "Phòng ban"},
                new Object[] {"Lê Bá Tú", "Tổ Văn"});
        assertThat(StaffImport.preview(uni).conversions()).isEmpty();
    }

    private static CellStyle style(Workbook wb, String fontName) {
        Font font = wb.createFont();
        font.setFontName(fontName);
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        return s;
    }

    private static void row(Sheet s, int r, CellStyle style, String... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
