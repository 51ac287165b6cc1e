package vn.antq.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.Progress;

/** Reads the exported workbook back with POI and checks sheets, values, formulas and text cells. */
class WorkbookTest {
    @TempDir
    static Path dir;
    static XSSFWorkbook wb;
    static DossierRequest request;

    @BeforeAll
    static void export() throws Exception {
        request = new DossierFixture().request(dir).withFormats(java.util.Set.of(DossierFormat.XLSX));
        DossierResult result = new DossierExporter().export(request, Progress.NONE);
        assertThat(result.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("truong-trung-hoc-pho-thong-nguyen-trai-2025-ho-so.xlsx");
        try (InputStream in = Files.newInputStream(result.files().get(0))) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void sixSheetsWithVietnameseNames() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Thông tin đơn vị", "Bảng tự chấm điểm", "Phòng ban", "Danh sách ký cam kết",
                "Tiêu chuẩn ANTT", "Minh chứng");
    }

    @Test
    void scoringSheetHasItemSumsAndTotalAsFormulasWithCachedValues() {
        Sheet s = wb.getSheet("Bảng tự chấm điểm");
        Row header = findRow(s, "Nội dung đánh giá");
        assertThat(text(header, 0)).isEqualTo("TT");
        assertThat(text(header, 2)).isEqualTo("Điểm tối đa");
        assertThat(text(header, 3)).isEqualTo("Điểm tự chấm");
        assertThat(text(header, 4)).isEqualTo("Ghi chú/minh chứng");
        // item 5 sums its sub-items a)–g)
        Row five = rowWithFirst(s, "5");
        Cell max5 = five.getCell(2);
        assertThat(max5.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(max5.getCellFormula()).startsWith("SUM(C");
        assertThat(max5.getNumericCellValue()).isEqualTo(14.0);
        assertThat(five.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(five.getCell(3).getNumericCellValue()).isEqualTo(14.0);
        Row sub = s.getRow(five.getRowNum() + 1);
        assertThat(text(sub, 0)).isEqualTo("a)");
        assertThat(sub.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        // sub-item đ keeps its letter
        assertThat(text(s.getRow(five.getRowNum() + 5), 0)).isEqualTo("đ)");
        Row total = findRow(s, "Tổng cộng");
        Cell totalCell = total.getCell(3);
        assertThat(totalCell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(totalCell.getCellFormula()).startsWith("SUM(");
        assertThat(totalCell.getNumericCellValue()).isEqualTo(request.score().total());
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(100.0);
        Row cls = findRow(s, "Đề nghị xếp loại");
        assertThat(cls.getCell(3).getCellFormula()).startsWith("IF(");
        assertThat(cls.getCell(3).getStringCellValue()).isEqualTo("Xuất sắc");
        // The cached values are what Excel computes: re-evaluate and compare.
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        assertThat(ev.evaluate(totalCell).getNumberValue()).isEqualTo(request.score().total());
        assertThat(ev.evaluate(max5).getNumberValue()).isEqualTo(14.0);
        assertThat(ev.evaluate(cls.getCell(3)).getStringValue()).isEqualTo("Xuất sắc");
        assertThat(findRow(s, "Bộ ngưỡng áp dụng: Ngưỡng mặc định")).isNotNull();
        assertThat(findRow(s, "Ghi chú: Ngưỡng mặc định, điều chỉnh theo hướng dẫn của Công an tỉnh")).isNotNull();
        assertThat(s.getRepeatingRows()).isNotNull();
        assertThat(s.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
        assertThat(s.getPrintSetup().getLandscape()).isTrue();
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText() {
        Sheet pledges = wb.getSheet("Danh sách ký cam kết");
        Row first = findRow(pledges, "=1+1");
        Cell name = first.getCell(1);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo("=1+1");
        Sheet score = wb.getSheet("Bảng tự chấm điểm");
        for (String start : List.of("+84", "@all", "-Mô hình")) {
            Cell note = findCellStartingWith(score, start);
            assertThat(note).as(start).isNotNull();
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void vietnameseTextIsIntact() {
        Sheet pledges = wb.getSheet("Danh sách ký cam kết");
        Row tones = findRow(pledges, DossierFixture.TONES);
        assertThat(tones).isNotNull();
        Sheet info = wb.getSheet("Thông tin đơn vị");
        assertThat(text(findRow(info, "Tên đơn vị"), 1)).isEqualTo(DossierFixture.UNIT);
        assertThat(findCellStartingWith(wb.getSheet("Bảng tự chấm điểm"), DossierFixture.NOTE_1)).isNotNull();
    }

    @Test
    void pledgeListHasCountsAndPercentage() {
        Sheet s = wb.getSheet("Danh sách ký cam kết");
        Row header = findRow(s, "Họ và tên");
        assertThat(text(header, 0)).isEqualTo("STT");
        assertThat(text(header, 3)).isEqualTo("Phòng, ban, tổ, đội");
        assertThat(text(header, 5)).isEqualTo("Ký/chưa ký");
        Row summary = s.getRow(header.getRowNum() - 1);
        long signed = request.snapshot().staffSigned();
        int total = request.snapshot().staff().size();
        assertThat(summary.getCell(2).getCellFormula()).startsWith("COUNTA(");
        assertThat(summary.getCell(2).getNumericCellValue()).isEqualTo(total);
        assertThat(summary.getCell(3).getNumericCellValue()).isEqualTo(signed);
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        assertThat(ev.evaluate(summary.getCell(3)).getNumberValue()).isEqualTo(signed);
        assertThat(ev.evaluate(summary.getCell(4)).getNumberValue()).isCloseTo((double) signed / total,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.getLastRowNum() - header.getRowNum()).isEqualTo(total);
    }

    @Test
    void checklistAndEvidenceSheets() {
        Sheet c = wb.getSheet("Tiêu chuẩn ANTT");
        assertThat(findRow(c, "Tiêu chí")).isNotNull();
        assertThat(findCellStartingWith(c, "Kết quả tự đánh giá: Đạt tiêu chuẩn")).isNotNull();
        Sheet e = wb.getSheet("Minh chứng");
        Row first = findRow(e, "evidence/001-ke-hoach-antt-nam-2025.pdf");
        assertThat(text(first, 2)).isEqualTo("Kế hoạch ANTT năm 2025.pdf");
        assertThat(text(first, 3)).isEqualTo("Mục 1");
        assertThat(text(first, 5)).hasSize(64);
    }

    static Row findRow(Sheet s, String value) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
                    return r;
                }
            }
        }
        return null;
    }

    static Row rowWithFirst(Sheet s, String value) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
                return r;
            }
        }
        return null;
    }

    static Cell findCellStartingWith(Sheet s, String start) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(start)) {
                    return c;
                }
            }
        }
        return null;
    }

    static String text(Row r, int col) {
        Cell c = r.getCell(col);
        return c == null ? null : c.getStringCellValue();
    }
}
