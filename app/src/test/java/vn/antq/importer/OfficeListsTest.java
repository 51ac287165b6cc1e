package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.domain.Progress;

/** Staff lists laid out the way Vietnamese offices keep them (issue 19, points 1 and 2). */
class OfficeListsTest {
    @TempDir
    Path dir;

    @Test
    void aSchoolListWithTitleRowsAnSttColumnAndAFooterImportsOnlyItsPeople() throws Exception {
        Path f = dir.resolve("truong.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.fill(wb,
                    new Object[] {"TRƯỜNG THCS CHU VĂN AN"},
                    new Object[] {"DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM HỌC 2025-2026"},
                    null,
                    new Object[] {"STT", "Họ và tên", "Tổ chuyên môn", "Chức vụ", "Năm sinh", "Ký cam kết"},
                    new Object[] {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
                    new Object[] {1, "Nguyễn Văn Hùng", "Tổ Toán – Tin", "Tổ trưởng", 1978, "x"},
                    new Object[] {2, "Trần Thị Bích", "Tổ Ngữ văn", "Giáo viên", "1990", "x"},
                    new Object[] {3},
                    new Object[] {"STT", "Họ và tên", "Tổ chuyên môn", "Chức vụ", "Năm sinh", "Ký cam kết"},
                    new Object[] {4, "Lê Hoàng Đức", "Tổ Toán – Tin", "Giáo viên", LocalDate.of(1985, 4, 2), null},
                    new Object[] {5, "Phạm Thu Hà", "Tổ Văn phòng", "Kế toán", null, "x"},
                    new Object[] {"Tổng cộng: 4 người"},
                    new Object[] {null, null, null, null, "Hà Nội, ngày 15 tháng 9 năm 2025"},
                    new Object[] {null, "Người lập biểu", null, null, "HIỆU TRƯỞNG"},
                    new Object[] {null, "(Ký, ghi rõ họ tên)", null, null, "(Ký tên, đóng dấu)"},
                    null,
                    new Object[] {null, "Vũ Thị Lan", null, null, "Đỗ Minh Quang"});
            wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
            save(wb, f);
        }
        StaffImportPreview p = StaffImport.preview(f);

        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.headerRowNumber()).isEqualTo(4);
        assertThat(p.invalidCount()).isZero();
        assertThat(p.validStaff()).extracting(StaffRow::fullName, StaffRow::department)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Văn Hùng", "Tổ Toán – Tin"),
                        org.assertj.core.groups.Tuple.tuple("Trần Thị Bích", "Tổ Ngữ văn"),
                        org.assertj.core.groups.Tuple.tuple("Lê Hoàng Đức", "Tổ Toán – Tin"),
                        org.assertj.core.groups.Tuple.tuple("Phạm Thu Hà", "Tổ Văn phòng"));
        assertThat(p.validStaff()).extracting(StaffRow::pledged).containsExactly(true, true, null, true);
        // a year alone is a year of birth (not day 1978 of Excel's calendar), noted as such
        assertThat(p.validStaff().get(0).dateOfBirth()).isEqualTo(LocalDate.of(1978, 1, 1));
        assertThat(p.validStaff().get(1).dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(p.warnings()).extracting(ImportIssue::key).containsOnly("importer.row.birthYearOnly");
        assertThat(p.skippedRows()).extracting(SkippedRow::rowNumber, SkippedRow::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, SkippedRow.Reason.NUMBERS),
                org.assertj.core.groups.Tuple.tuple(8, SkippedRow.Reason.NUMBERS),
                org.assertj.core.groups.Tuple.tuple(9, SkippedRow.Reason.HEADER),
                org.assertj.core.groups.Tuple.tuple(12, SkippedRow.Reason.TOTAL),
                org.assertj.core.groups.Tuple.tuple(13, SkippedRow.Reason.SIGNATURE),
                org.assertj.core.groups.Tuple.tuple(14, SkippedRow.Reason.SIGNATURE),
                org.assertj.core.groups.Tuple.tuple(15, SkippedRow.Reason.SIGNATURE),
                org.assertj.core.groups.Tuple.tuple(17, SkippedRow.Reason.FOOTER));
        assertThat(p.skippedRows().get(3).text()).isEqualTo("Tổng cộng: 4 người");
        assertThat(p.errors()).isEmpty();
        assertThat(p.canImport(false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tổ", "TỔ CHUYÊN MÔN", "to chuyen mon", "Khoa", "Bộ môn", "Khoa/Bộ môn", "Phân xưởng",
        "Xưởng", "Bộ phận", "Phòng", "Ban", "Đơn vị", "Phòng / Ban", "Đơn vị công tác", "  Phòng   ban  "})
    void everyWayOfficesNameTheDepartmentIsRecognised(String header) throws Exception {
        Path f = Workbooks.write(dir.resolve("dept.xlsx"),
                new Object[] {"Họ và tên", header, "Cam kết", "Mã NV"},
                new Object[] {"Nguyễn Văn An", "Phân xưởng 2", "có", "NV-007"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.mapping().column(StaffField.DEPARTMENT)).hasValue(1);
        assertThat(p.mapping().column(StaffField.PLEDGED)).hasValue(2);
        assertThat(p.mapping().column(StaffField.STAFF_CODE)).hasValue(3);
        assertThat(p.validStaff()).singleElement().satisfies(s -> {
            assertThat(s.department()).isEqualTo("Phân xưởng 2");
            assertThat(s.pledged()).isTrue();
        });
    }

    @Test
    void theAliasesOfTheIssueNameTheirFields() {
        Map<String, StaffField> expected = Map.ofEntries(
                Map.entry("Đã ký cam kết", StaffField.PLEDGED), Map.entry("Ký cam kết", StaffField.PLEDGED),
                Map.entry("Cam kết", StaffField.PLEDGED), Map.entry("Ngày sinh", StaffField.DATE_OF_BIRTH),
                Map.entry("Năm sinh", StaffField.DATE_OF_BIRTH), Map.entry("Mã cán bộ", StaffField.STAFF_CODE),
                Map.entry("Staff code", StaffField.STAFF_CODE), Map.entry("Mã NV", StaffField.STAFF_CODE),
                Map.entry("Số hiệu", StaffField.STAFF_CODE), Map.entry("Họ và đệm", StaffField.FAMILY_NAME),
                Map.entry("Họ đệm", StaffField.FAMILY_NAME), Map.entry("Họ", StaffField.FAMILY_NAME),
                Map.entry("Tên", StaffField.GIVEN_NAME), Map.entry("Ngày sinh (dd/mm/yyyy)", StaffField.DATE_OF_BIRTH),
                Map.entry("SỐ HIỆU", StaffField.STAFF_CODE), Map.entry("Phân  xưởng", StaffField.DEPARTMENT));
        expected.forEach((header, field) -> assertThat(StaffField.forHeader(header)).as(header).isEqualTo(field));
        assertThat(StaffField.forHeader("Ghi chú")).isNull();
        // every field has aliases in the data file, each folding back to its own field
        assertThat(StaffField.aliases()).containsOnlyKeys(StaffField.values());
        StaffField.aliases().forEach((field, aliases) -> aliases.forEach(
                a -> assertThat(StaffField.forHeader(a)).as(a).isEqualTo(field)));
    }

    @Test
    void aNameInTwoColumnsIsJoinedWithOneSpaceInNfcAndTheGivenNameKept() throws Exception {
        String nfd = Normalizer.normalize("Nguyễn  Thị ", Normalizer.Form.NFD);
        Path f = Workbooks.write(dir.resolve("tach.xlsx"),
                new Object[] {"STT", "Họ và đệm", "Tên", "Phòng ban"},
                new Object[] {1, nfd, " Ngọc Anh", "Phòng Kế toán"},
                new Object[] {2, "Trần Văn", "Bình", "Phòng Kế toán"},
                new Object[] {3, "Lê", null, "Phòng Kế toán"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.mapping().splitName()).isTrue();
        assertThat(p.validStaff()).extracting(StaffRow::fullName, StaffRow::givenName, StaffRow::sortName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Thị Ngọc Anh", "Ngọc Anh", "Ngọc Anh"),
                        org.assertj.core.groups.Tuple.tuple("Trần Văn Bình", "Bình", "Bình"),
                        org.assertj.core.groups.Tuple.tuple("Lê", "", "Lê"));
        assertThat(Normalizer.isNormalized(p.validStaff().get(0).fullName(), Normalizer.Form.NFC)).isTrue();

        // "Họ" + "Tên" as well; a lone "Tên" column holds the full name
        Path two = Workbooks.write(dir.resolve("ho-ten.xlsx"), new Object[] {"Họ", "Tên", "Bộ phận"},
                new Object[] {"Đặng", "Ý", "Xưởng 1"});
        assertThat(StaffImport.preview(two).validStaff()).extracting(StaffRow::fullName).containsExactly("Đặng Ý");
        Path lone = Workbooks.write(dir.resolve("ten.xlsx"), new Object[] {"Tên", "Đơn vị"},
                new Object[] {"Hồ Văn Tư", "Đội Bảo vệ"});
        assertThat(StaffImport.preview(lone).validStaff()).extracting(StaffRow::fullName).containsExactly("Hồ Văn Tư");
    }

    @Test
    void theFirstSheetWithAHeaderIsReadOrTheOneTheUserNames() throws Exception {
        Path f = dir.resolve("nhieu-trang.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền danh sách ở trang sau");
            fillSheet(wb, "Danh sách", "Nguyễn Văn An");
            fillSheet(wb, "Hợp đồng", "Trần Văn Bình");
            save(wb, f);
        }
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.sheetName()).isEqualTo("Danh sách");
        assertThat(p.sheetNames()).containsExactly("Hướng dẫn", "Danh sách", "Hợp đồng");
        assertThat(p.validStaff()).extracting(StaffRow::fullName).containsExactly("Nguyễn Văn An");

        StaffImportPreview byName = StaffImport.preview(f, "hop dong", null, Progress.NONE);
        assertThat(byName.validStaff()).extracting(StaffRow::fullName).containsExactly("Trần Văn Bình");
        StaffImportPreview byNumber = StaffImport.preview(f, "3", null, Progress.NONE);
        assertThat(byNumber.sheetName()).isEqualTo("Hợp đồng");
        assertThat(StaffImport.preview(f, "1", null, Progress.NONE).fileIssues()).isNotEmpty();
        assertThatThrownBy(() -> StaffImport.preview(f, "Lương", null, Progress.NONE))
                .isInstanceOf(StaffFileException.class)
                .hasMessage("Tệp nhieu-trang.xlsx không có trang tính “Lương”. Các trang tính: Hướng dẫn, Danh sách, "
                        + "Hợp đồng.");
    }

    @Test
    void aColumnTheAliasesDoNotKnowIsMappedByHeaderOrLetter() throws Exception {
        Path f = Workbooks.write(dir.resolve("la.xlsx"),
                new Object[] {"Họ và tên", "Nhóm công tác", "Ghi chú"},
                new Object[] {"Nguyễn Văn An", "Nhóm 1", "x"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).extracting(ImportIssue::key).containsExactly("importer.file.missingColumn");
        StaffImportPreview mapped = p.withColumns(List.of("Phòng ban=nhom cong tac"));
        assertThat(mapped.fileIssues()).isEmpty();
        assertThat(mapped.validStaff()).extracting(StaffRow::department).containsExactly("Nhóm 1");
        StaffImportPreview byLetter = p.withColumns(List.of("Department=B"));
        assertThat(byLetter.mapping().column(StaffField.DEPARTMENT)).hasValue(1);
        assertThatThrownBy(() -> p.withColumns(List.of("Phòng ban=Tổ"))).isInstanceOf(StaffFileException.class)
                .hasMessage("Tùy chọn --column “Phòng ban=Tổ” không hợp lệ: không có cột nào có tiêu đề “Tổ” ở dòng "
                        + "tiêu đề (dòng 1)");
        assertThatThrownBy(() -> p.withColumns(List.of("Lương=B"))).isInstanceOf(StaffFileException.class)
                .hasMessageContaining("không có trường “Lương”");
        assertThatThrownBy(() -> p.withColumns(List.of("Phòng ban"))).isInstanceOf(StaffFileException.class)
                .hasMessageContaining("Tên trường=Tiêu đề cột");
    }

    private static void fillSheet(Workbook wb, String name, String person) {
        var s = wb.createSheet(name);
        var h = s.createRow(0);
        h.createCell(0).setCellValue("Họ và tên");
        h.createCell(1).setCellValue("Phòng ban");
        var r = s.createRow(1);
        r.createCell(0).setCellValue(person);
        r.createCell(1).setCellValue("Phòng A");
    }

    private static void save(Workbook wb, Path f) throws Exception {
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
    }
}
