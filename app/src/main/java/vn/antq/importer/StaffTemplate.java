package vn.antq.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty staff list a clerk fills in: the first sheet has the header row the import expects
 * (every column, Vietnamese names) with date columns formatted dd/mm/yyyy; a second sheet explains
 * each column with an example. Offered by the import screen as "Tải mẫu danh sách".
 */
public final class StaffTemplate {
    private StaffTemplate() {
    }

    /** Writes the template to {@code out} (through a temporary file moved into place). */
    public static void write(Path out) {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("@"));

            Sheet list = wb.createSheet("Danh sách cán bộ");
            Row h = list.createRow(0);
            h.createCell(0).setCellValue("STT");
            h.getCell(0).setCellStyle(head);
            StaffField[] fields = StaffField.values();
            for (int i = 0; i < fields.length; i++) {
                h.createCell(i + 1).setCellValue(fields[i].label().vi());
                h.getCell(i + 1).setCellStyle(head);
                list.setColumnWidth(i + 1, (fields[i] == StaffField.FULL_NAME || fields[i] == StaffField.DEPARTMENT
                        ? 30 : 16) * 256);
                if (fields[i] == StaffField.DATE_OF_BIRTH || fields[i] == StaffField.PLEDGE_DATE) {
                    list.setDefaultColumnStyle(i + 1, date);
                } else if (fields[i] == StaffField.PHONE || fields[i] == StaffField.STAFF_CODE) {
                    list.setDefaultColumnStyle(i + 1, text); // keeps the leading 0
                }
            }
            list.createFreezePane(0, 1);

            Sheet help = wb.createSheet("Hướng dẫn");
            List<String[]> lines = List.of(
                    new String[] {"Cột", "Bắt buộc", "Cách ghi", "Ví dụ"},
                    new String[] {"Họ và tên", "Có", "Họ, đệm và tên đầy đủ", "Nguyễn Thị Hường"},
                    new String[] {"Phòng ban", "Có", "Phòng, ban, tổ, đội…; phòng ban mới được tạo tự động",
                        "Phòng Tổ chức – Hành chính"},
                    new String[] {"Chức vụ", "Không", "", "Trưởng phòng"},
                    new String[] {"Ngày sinh", "Không", "ngày/tháng/năm", "17/05/1980"},
                    new String[] {"Số điện thoại", "Không", "Ghi dạng chữ để giữ số 0 đầu", "0912 345 678"},
                    new String[] {"Đã ký cam kết", "Không", "có / không (hoặc x, ✓, đã ký, chưa ký)", "có"},
                    new String[] {"Ngày ký", "Không", "ngày/tháng/năm; có ngày ký thì coi là đã ký", "15/01/2026"},
                    new String[] {"Mã cán bộ", "Không", "Mã riêng của mỗi người, giữ nguyên qua các năm; khi nhập "
                        + "lại danh sách, người có cùng mã được cập nhật thay vì thêm mới", "CB0042"},
                    new String[] {},
                    new String[] {"Chỉ trang tính đầu tiên được nhập. Dòng trống được bỏ qua. Tên cột có thể viết "
                        + "không dấu hoặc bằng tiếng Anh (Full name, Department, Position, Date of birth, Phone, "
                        + "Pledged, Pledge date, Staff code). Nhập lại danh sách năm sau là cập nhật: người đã có (cùng mã "
                        + "cán bộ, hoặc cùng họ tên và ngày sinh) không bị thêm lần nữa."});
            for (int r = 0; r < lines.size(); r++) {
                Row row = help.createRow(r);
                for (int c = 0; c < lines.get(r).length; c++) {
                    row.createCell(c).setCellValue(lines.get(r)[c]);
                    if (r == 0) {
                        row.getCell(c).setCellStyle(head);
                    }
                }
            }
            help.setColumnWidth(0, 18 * 256);
            help.setColumnWidth(2, 55 * 256);
            help.setColumnWidth(3, 30 * 256);
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            throw new UncheckedIOException(e);
        }
    }
}
