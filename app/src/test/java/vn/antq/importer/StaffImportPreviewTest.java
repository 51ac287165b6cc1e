package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.i18n.Messages;

class StaffImportPreviewTest {
    @TempDir
    Path dir;

    private static final Object[] HEADER = {"STT", "Họ và tên", "Phòng ban", "Chức vụ", "Ngày sinh", "Số điện thoại",
        "Đã ký cam kết", "Ngày ký"};

    @Test
    void readsAGoodFileWithDateCellsTextDatesAndPledgeWords() throws Exception {
        Path f = Workbooks.write(dir.resolve("ds.xlsx"),
                HEADER,
                new Object[] {1, "  Nguyễn   Văn An ", "Phòng Tổ chức – Hành chính", "Trưởng phòng",
                    LocalDate.of(1980, 5, 17), "0912 345 678", "có", LocalDate.of(2026, 2, 3)},
                new Object[] {2, "Trần Thị Bích", "Tổ Toán – Tin", "Giáo viên", "7/3/1991", 912345678, "x",
                    "15/01/2026"},
                new Object[] {3, "Lê Hoàng Đức", "Tổ Toán – Tin", null, "1990-12-31", null, "chưa ký", null},
                new Object[] {4, "Phạm Thu Hà", "Đội Bảo vệ", "Đội trưởng", null, null, "✓", null},
                new Object[] {5, "Võ Minh Quân", "Đội Bảo vệ", null, null, null, null, "2026-03-01"},
                new Object[] {6, "Đặng Ngọc Ý", "Đội Bảo vệ", null, null, null, "no", null},
                new Object[] {7, "Hồ Văn Tư", "Đội Bảo vệ", null, null, null, true, null});
        StaffImportPreview p = StaffImport.preview(f);

        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.headerRowNumber()).isEqualTo(1);
        assertThat(p.headers()).containsExactly("STT", "Họ và tên", "Phòng ban", "Chức vụ", "Ngày sinh",
                "Số điện thoại", "Đã ký cam kết", "Ngày ký");
        assertThat(p.mapping().column(StaffField.FULL_NAME)).hasValue(1);
        assertThat(p.mapping().column(StaffField.PLEDGE_DATE)).hasValue(7);
        assertThat(p.rowCount()).isEqualTo(7);
        assertThat(p.validCount()).isEqualTo(7);
        assertThat(p.warningCount()).isZero();
        assertThat(p.validStaff()).containsExactly(
                new StaffRow("Nguyễn Văn An", "Phòng Tổ chức – Hành chính", "Trưởng phòng", LocalDate.of(1980, 5, 17),
                        "0912 345 678", true, LocalDate.of(2026, 2, 3)),
                new StaffRow("Trần Thị Bích", "Tổ Toán – Tin", "Giáo viên", LocalDate.of(1991, 3, 7), "0912345678", true,
                        LocalDate.of(2026, 1, 15)),
                new StaffRow("Lê Hoàng Đức", "Tổ Toán – Tin", "", LocalDate.of(1990, 12, 31), "", false, null),
                new StaffRow("Phạm Thu Hà", "Đội Bảo vệ", "Đội trưởng", null, "", true, null),
                new StaffRow("Võ Minh Quân", "Đội Bảo vệ", "", null, "", true, LocalDate.of(2026, 3, 1)),
                new StaffRow("Đặng Ngọc Ý", "Đội Bảo vệ", "", null, "", false, null),
                new StaffRow("Hồ Văn Tư", "Đội Bảo vệ", "", null, "", true, null));
        assertThat(p.rows().get(0).rowNumber()).isEqualTo(2);
        assertThat(p.rows().get(0).cells().get(4)).isEqualTo("17/05/1980");
        assertThat(p.canImport(false)).isTrue();
    }

    @Test
    void englishHeadersInAnotherOrderBelowATitleRow() throws Exception {
        Path f = Workbooks.write(dir.resolve("en.xlsx"),
                new Object[] {"STAFF LIST 2026"},
                null,
                new Object[] {"department ", "FULL NAME", "Pledged", "Pledge date", "Phone", "Position", "Date of birth"},
                new Object[] {"Accounting", "Nguyễn Thị Lan", "yes", "01/02/2026", "0987654321", "Accountant",
                    "02/03/1985"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.headerRowNumber()).isEqualTo(3);
        assertThat(p.rows()).hasSize(1);
        assertThat(p.rows().get(0).rowNumber()).isEqualTo(4);
        assertThat(p.validStaff()).containsExactly(new StaffRow("Nguyễn Thị Lan", "Accounting", "Accountant",
                LocalDate.of(1985, 3, 2), "0987654321", true, LocalDate.of(2026, 2, 1)));
    }

    @Test
    void headersMatchWithoutDiacriticsCaseOrSpacing() throws Exception {
        Path f = Workbooks.write(dir.resolve("fold.xlsx"),
                new Object[] {"HO VA TEN", "phong  ban", "Chuc vu:", "NGÀY SINH (*)", "SĐT", "da ky cam ket", "ngay ky"},
                new Object[] {"Nguyễn Văn A", "Ban Giám hiệu", "Hiệu trưởng", "01/01/1970", "0900000000", "đã ký",
                    "10/01/2026"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.mapping().asMap()).containsOnlyKeys(StaffField.FULL_NAME, StaffField.DEPARTMENT,
                StaffField.POSITION, StaffField.DATE_OF_BIRTH, StaffField.PHONE, StaffField.PLEDGED,
                StaffField.PLEDGE_DATE);
        assertThat(p.validStaff()).hasSize(1);
        assertThat(p.validStaff().get(0).pledged()).isTrue();
    }

    @Test
    void aMissingRequiredColumnIsOneFileProblemNamingIt() throws Exception {
        Path f = Workbooks.write(dir.resolve("nodept.xlsx"),
                new Object[] {"Họ và tên", "Chức vụ"},
                new Object[] {"Nguyễn Văn An", "Kế toán"},
                new Object[] {"Trần Văn Bình", "Thủ quỹ"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).hasSize(1);
        assertThat(p.fileIssues().get(0).toString()).contains("Phòng ban").contains("Department").contains("dòng 1");
        assertThat(p.fileIssues().get(0).text(Messages.english())).contains("Required column “Department”");
        assertThat(p.canImport(true)).isFalse();
    }

    @Test
    void wrongColumnsGiveNoMappingForTheRequiredFields() throws Exception {
        Path f = Workbooks.write(dir.resolve("wrong.xlsx"),
                new Object[] {"Tên hàng", "Số lượng", "Đơn giá"},
                new Object[] {"Bút bi", 10, 5000});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).extracting(ImportIssue::key)
                .containsExactly("importer.file.missingColumn", "importer.file.missingColumn");
        assertThat(p.fileIssues().get(0).toString()).contains("Họ và tên");
        assertThat(p.fileIssues().get(1).toString()).contains("Phòng ban");
        // the user maps the columns by hand: the preview is parsed again without reading the file
        StaffImportPreview remapped = p.withMapping(ColumnMapping.empty()
                .with(StaffField.FULL_NAME, 0).with(StaffField.DEPARTMENT, 2));
        assertThat(remapped.fileIssues()).isEmpty();
        assertThat(remapped.validStaff()).containsExactly(new StaffRow("Bút bi", "5000", "", null, "", null, null));
    }

    @Test
    void badValuesAreRowProblemsWithTheExcelRowNumber() throws Exception {
        Path f = Workbooks.write(dir.resolve("bad.xlsx"),
                HEADER,
                new Object[] {1, "Nguyễn Văn An", "Phòng A", null, "31/02/1990", null, "có", null},
                new Object[] {2, "", "Phòng A", null, null, null, null, null},
                new Object[] {3, "Trần Văn Bình", null, null, null, null, "có lẽ", null},
                new Object[] {4, "Lê Văn Cường", "Phòng A", null, null, null, "không", "01/03/2026"},
                new Object[] {5, "Phạm Văn Dũng", "Phòng A", null, null, null, null, null});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.rowCount()).isEqualTo(5);
        assertThat(p.validCount()).isEqualTo(1);
        assertThat(p.invalidRows()).extracting(PreviewRow::rowNumber).containsExactly(2, 3, 4, 5);
        assertThat(p.errors()).extracting(ImportIssue::toString).containsExactly(
                "Dòng 2: “Ngày sinh” có giá trị “31/02/1990” không phải ngày hợp lệ (ghi dạng ngày/tháng/năm, ví dụ 15/03/2024).",
                "Dòng 3: thiếu “Họ và tên”.",
                "Dòng 4: thiếu “Phòng ban”.",
                "Dòng 4: “Đã ký cam kết” có giá trị “có lẽ”; hãy ghi “có” hoặc “không”.",
                "Dòng 5: có “Ngày ký” là 01/03/2026 nhưng cột “Đã ký cam kết” ghi “không”.");
        assertThat(p.canImport(false)).isFalse();
        assertThat(p.canImport(true)).isTrue();
    }

    @Test
    void emptyRowsAreSkippedSilentlyAndRowNumbersStayExcelNumbers() throws Exception {
        Path f = Workbooks.write(dir.resolve("gaps.xlsx"),
                new Object[] {"STT", "Họ và tên", "Phòng ban"},
                new Object[] {1, "Nguyễn Văn An", "Phòng A"},
                null,
                new Object[] {null, "   ", ""},
                new Object[] {4, null, null},
                new Object[] {5, "Trần Văn Bình", "Phòng B"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.rows()).extracting(PreviewRow::rowNumber).containsExactly(2, 6);
        assertThat(p.invalidCount()).isZero();
        assertThat(p.fileIssues()).isEmpty();
    }

    @Test
    void mergedCellsReadAsTheTopLeftValue() throws Exception {
        Path f = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.fill(wb,
                    new Object[] {"DANH SÁCH CÁN BỘ"},
                    new Object[] {"Họ và tên", "Phòng ban", "Chức vụ"},
                    new Object[] {"Nguyễn Văn An", "Phòng Kế toán", "Kế toán viên"},
                    new Object[] {"Trần Văn Bình", null, "Kế toán viên"},
                    new Object[] {"Lê Thị Cúc", null, null},
                    new Object[] {"Phạm Văn Dũng", "Đội Bảo vệ", null});
            Sheet s = wb.getSheetAt(0);
            s.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
            s.addMergedRegion(CellRangeAddress.valueOf("B3:B5"));
            s.addMergedRegion(CellRangeAddress.valueOf("C3:C4"));
            s.addMergedRegion(CellRangeAddress.valueOf("B6:B9")); // runs over blank rows
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.headerRowNumber()).isEqualTo(2);
        assertThat(p.validStaff()).extracting(StaffRow::fullName, StaffRow::department, StaffRow::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", "Phòng Kế toán", "Kế toán viên"),
                        org.assertj.core.groups.Tuple.tuple("Trần Văn Bình", "Phòng Kế toán", "Kế toán viên"),
                        org.assertj.core.groups.Tuple.tuple("Lê Thị Cúc", "Phòng Kế toán", ""),
                        org.assertj.core.groups.Tuple.tuple("Phạm Văn Dũng", "Đội Bảo vệ", ""));
        assertThat(p.invalidCount()).isZero();
    }

    @Test
    void combiningDiacriticsAreNormalisedToNfc() throws Exception {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        String deptDecomposed = Normalizer.normalize("Phòng Đào tạo", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Hường");
        Path f = Workbooks.write(dir.resolve("nfd.xlsx"),
                new Object[] {Normalizer.normalize("Họ và tên", Normalizer.Form.NFD), "Phòng ban"},
                new Object[] {decomposed, deptDecomposed});
        StaffRow row = StaffImport.preview(f).validStaff().get(0);
        assertThat(row.fullName()).isEqualTo("Nguyễn Thị Hường");
        assertThat(Normalizer.isNormalized(row.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(row.department()).isEqualTo("Phòng Đào tạo");
    }

    @Test
    void aDuplicateNameInTheSameDepartmentIsAWarningNotAnError() throws Exception {
        Path f = Workbooks.write(dir.resolve("dup.xlsx"),
                new Object[] {"Họ và tên", "Phòng ban"},
                new Object[] {"Nguyễn Văn An", "Phòng A"},
                new Object[] {"Nguyễn Văn An", "Phòng B"},
                new Object[] {"nguyễn văn an", "phòng a"});
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.validCount()).isEqualTo(3);
        assertThat(p.warnings()).extracting(ImportIssue::toString).containsExactly(
                "Dòng 4: “nguyễn văn an” trùng họ tên với dòng 2 trong cùng “Phòng A”; vẫn nhập cả hai vì hai người có thể trùng tên.");
        // one spelling per department within the file
        assertThat(p.validStaff().get(2).department()).isEqualTo("Phòng A");
        assertThat(p.canImport(false)).isTrue();
    }

    @Test
    void tenThousandRowsParseQuickly() throws Exception {
        Path f = Workbooks.large(dir.resolve("big.xlsx"), 10_000);
        StaffImport.preview(f); // warm up
        // CPU time of this thread: the machine is shared, wall time depends on the neighbours
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        StaffImportPreview p = StaffImport.preview(f);
        long ms = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        System.out.println("10,000-row preview: " + ms + " ms CPU, " + (System.nanoTime() - t0) / 1_000_000 + " ms wall");
        assertThat(p.rowCount()).isEqualTo(10_000);
        assertThat(p.validCount()).isEqualTo(10_000);
        assertThat(p.validStaff().stream().filter(StaffRow::pledged).count()).isEqualTo(9_000);
        assertThat(p.rows().get(9_999).rowNumber()).isEqualTo(10_001);
        assertThat(ms).isLessThan(3_000);

        // progress with the total from the sheet's dimension; cancel stops the read
        java.util.List<long[]> updates = new java.util.ArrayList<>();
        vn.antq.domain.Progress watch = new vn.antq.domain.Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return updates.size() >= 3;
            }
        };
        assertThatThrownBy(() -> StaffImport.preview(f, null, watch)).isInstanceOf(vn.antq.domain.CancelledException.class);
        assertThat(updates).hasSize(3);
        assertThat(updates.get(0)).containsExactly(1000, 10_001);
    }

    @Test
    void aFileThatIsNotAListGetsAClearMessageWhileACsvNamedXlsxIsRead() throws Exception {
        Path csv = Files.writeString(dir.resolve("ds.xlsx"), "Họ và tên;Phòng ban\nNguyễn Văn An;Phòng A\n",
                StandardCharsets.UTF_8);
        assertThat(StaffImport.preview(csv).validStaff()).extracting(StaffRow::fullName).containsExactly("Nguyễn Văn An");
        Path pdf = Files.write(dir.resolve("scan.xlsx"), "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> StaffImport.preview(pdf)).isInstanceOf(StaffFileException.class)
                .hasMessage("Tệp scan.xlsx không phải là danh sách đọc được (nhận tệp Excel .xlsx, .xls, tệp .csv hoặc "
                        + "văn bản .txt). Hãy mở bằng Excel và lưu lại dạng “Excel Workbook (*.xlsx)”.");
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertThatThrownBy(() -> StaffImport.preview(empty)).isInstanceOf(StaffFileException.class)
                .hasMessageContaining("không phải là danh sách đọc được");
        assertThatThrownBy(() -> StaffImport.preview(dir.resolve("none.xlsx"))).isInstanceOf(StaffFileException.class)
                .hasMessageStartingWith("Không tìm thấy tệp");
    }

    @Test
    void anXlsFileIsReadByTheSameRules() throws Exception {
        Path xls = dir.resolve("cu.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Workbooks.fill(wb, new Object[] {"Họ và tên", "Phòng ban"}, new Object[] {"Nguyễn Văn An", "Phòng A"});
            try (OutputStream out = Files.newOutputStream(xls)) {
                wb.write(out);
            }
        }
        StaffImportPreview p = StaffImport.preview(xls);
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.validStaff()).containsExactly(new StaffRow("Nguyễn Văn An", "Phòng A", "", null, "", null, null));
    }

    @Test
    void aPasswordProtectedFileIsRecognised() throws Exception {
        Path plain = Workbooks.write(dir.resolve("plain.xlsx"), new Object[] {"Họ và tên", "Phòng ban"},
                new Object[] {"Nguyễn Văn An", "Phòng A"});
        Path locked = dir.resolve("matkhau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("bimat123");
            try (org.apache.poi.openxml4j.opc.OPCPackage opc = org.apache.poi.openxml4j.opc.OPCPackage.open(
                    plain.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ_WRITE);
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> StaffImport.preview(locked)).isInstanceOf(StaffFileException.class)
                .hasMessageStartingWith("Tệp matkhau.xlsx được đặt mật khẩu.");
    }

    @Test
    void aDamagedFileAndAnOversizedFileAreRefused() throws Exception {
        Path good = Workbooks.write(dir.resolve("good.xlsx"), new Object[] {"Họ và tên", "Phòng ban"},
                new Object[] {"Nguyễn Văn An", "Phòng A"});
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> StaffImport.preview(cut)).isInstanceOf(StaffFileException.class)
                .hasMessageContaining("bị hỏng");
        Path big = dir.resolve("big.xlsx");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.write(bytes);
            raf.setLength(StaffFiles.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> StaffImport.preview(big)).isInstanceOf(StaffFileException.class)
                .hasMessageContaining("quá lớn");
    }

    @Test
    void aWordDocumentIsNotAWorkbook() throws Exception {
        Path docx = dir.resolve("vanban.xlsx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Danh sách");
            try (OutputStream out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        assertThatThrownBy(() -> StaffImport.preview(docx)).isInstanceOf(StaffFileException.class)
                .hasMessageContaining("không phải là danh sách đọc được");
    }

    @Test
    void formulaResultsRichTextAndNumbersReadAsShown() throws Exception {
        Path f = dir.resolve("formula.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.fill(wb, new Object[] {"Họ", "Tên", "Họ và tên", "Phòng ban", "Số điện thoại", "Ngày sinh"},
                    new Object[] {"Nguyễn Văn", "An", null, "Phòng A", 912345678, 29221});
            Sheet s = wb.getSheetAt(0);
            s.getRow(1).createCell(2).setCellFormula("A2&\" \"&B2");
            org.apache.poi.xssf.usermodel.XSSFRichTextString rich = new org.apache.poi.xssf.usermodel.XSSFRichTextString("Phòng A");
            org.apache.poi.xssf.usermodel.XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 5, bold);
            s.getRow(1).getCell(3).setCellValue(rich);
            org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            s.getRow(1).getCell(5).setCellStyle(date);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.validStaff()).containsExactly(new StaffRow("Nguyễn Văn An", "Phòng A", "", LocalDate.of(1980, 1, 1),
                "0912345678", null, null));
    }

    @Test
    void columnMappingIsAnEditableValue() {
        ColumnMapping m = ColumnMapping.detect(java.util.List.of("STT", "Full name", "Phòng ban", "Ghi chú"));
        assertThat(m.asMap()).containsExactly(java.util.Map.entry(StaffField.FULL_NAME, 1),
                java.util.Map.entry(StaffField.DEPARTMENT, 2));
        ColumnMapping edited = m.with(StaffField.POSITION, 3).with(StaffField.DEPARTMENT, 1);
        assertThat(edited.column(StaffField.DEPARTMENT)).hasValue(1);
        assertThat(edited.has(StaffField.FULL_NAME)).isFalse(); // column 1 moved to the department
        assertThat(edited.missingRequired()).containsExactly(StaffField.FULL_NAME);
        assertThat(edited.fieldAt(3)).isEqualTo(StaffField.POSITION);
        assertThat(m.column(StaffField.FULL_NAME)).hasValue(1); // the original is unchanged
        assertThat(edited.without(StaffField.POSITION).has(StaffField.POSITION)).isFalse();
        assertThat(ColumnMapping.of(edited.asMap())).isEqualTo(edited);
        assertThat(StaffField.forHeader("  SỐ ĐIỆN THOẠI ")).isEqualTo(StaffField.PHONE);
        assertThat(StaffField.forHeader("Ngày ký cam kết")).isEqualTo(StaffField.PLEDGE_DATE);
        assertThat(StaffField.forHeader("Ghi chú")).isNull();
    }

    @Test
    void theTemplateHasEveryColumnAndNoRows() throws Exception {
        Path t = dir.resolve("mau.xlsx");
        StaffTemplate.write(t);
        StaffImportPreview p = StaffImport.preview(t);
        assertThat(p.detectedMapping().asMap()).containsOnlyKeys(StaffField.values());
        assertThat(p.rows()).isEmpty();
        assertThat(p.fileIssues()).extracting(ImportIssue::key).containsExactly("importer.file.noData");
    }

    @Test
    void yesNoWords() {
        for (String yes : new String[] {"có", "Có", "CÓ", "x", "X", "✓", "yes", "1", "đã ký", "Đã ký", "TRUE"}) {
            assertThat(StaffImport.yesNo(yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"không", "Không", "no", "0", "chưa ký", "Chưa ký", "FALSE"}) {
            assertThat(StaffImport.yesNo(no)).as(no).isFalse();
        }
        assertThat(StaffImport.yesNo("")).isNull();
        assertThat(StaffImport.yesNo("có lẽ")).isNull();
    }
}
