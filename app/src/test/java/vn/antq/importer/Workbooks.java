package vn.antq.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds test workbooks with POI: each row is an array of cell values (String, Number, LocalDate, Boolean or null). */
final class Workbooks {
    private Workbooks() {
    }

    static Path write(Path file, Object[]... rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            fill(wb, rows);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static void fill(Workbook wb, Object[]... rows) {
        Sheet sheet = wb.createSheet("Danh sách");
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                set(row, c, rows[r][c], dateStyle);
            }
        }
    }

    static void set(Row row, int c, Object v, CellStyle dateStyle) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            throw new IllegalArgumentException(v.toString());
        }
    }

    /** A large list written with the streaming writer: header + n rows of staff in 40 departments. */
    static Path large(Path file, int n) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("Cán bộ");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Object[] header = {"STT", "Họ và tên", "Phòng ban", "Chức vụ", "Ngày sinh", "Số điện thoại",
                "Đã ký cam kết", "Ngày ký"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                set(h, c, header[c], dateStyle);
            }
            for (int i = 1; i <= n; i++) {
                Row row = sheet.createRow(i);
                Object[] v = {i, "Nguyễn Thị Ánh " + Integer.toString(i, 26).replace('0', 'a').replace('1', 'b'),
                    "Phòng số " + (i % 40), "Chuyên viên", LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28),
                    "09" + String.format("%08d", i), i % 10 == 0 ? "không" : "có",
                    i % 10 == 0 ? null : LocalDate.of(2025, 1 + i % 3, 1 + i % 28)};
                for (int c = 0; c < v.length; c++) {
                    set(row, c, v[c], dateStyle);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }
}
