package vn.antq.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .xls, CSV and Unicode text lists read by the same rules and limits as .xlsx (issue 19, point 3; budgets). */
class TextAndXlsFormatsTest {
    @TempDir
    Path dir;

    private static final String LIST = """
            DANH SÁCH CÁN BỘ NĂM 2026
            STT{s}Họ và tên{s}Phòng ban{s}Ngày sinh{s}Đã ký cam kết
            1{s}Nguyễn Văn Hùng{s}Tổ Toán – Tin{s}17/05/1980{s}có
            2{s}"Trần Thị Bích"{s}"Phòng Hành chính{s} Tổng hợp"{s}{s}x
            3{s}Lê Hoàng Đức{s}"Tổ ""Văn""\"{s}1990-12-31{s}không
            Tổng cộng: 3 người
            """;

    private static String list(String separator) {
        return LIST.replace("{s}", separator);
    }

    private static void assertTheList(StaffImportPreview p) {
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.headerRowNumber()).isEqualTo(2);
        assertThat(p.validStaff()).containsExactly(
                new StaffRow("Nguyễn Văn Hùng", "Tổ Toán – Tin", "", LocalDate.of(1980, 5, 17), "", true, null),
                new StaffRow("Trần Thị Bích", p.validStaff().get(1).department(), "", null, "", true, null),
                new StaffRow("Lê Hoàng Đức", "Tổ \"Văn\"", "", LocalDate.of(1990, 12, 31), "", false, null));
        assertThat(p.validStaff().get(1).department()).startsWith("Phòng Hành chính").endsWith("Tổng hợp");
        assertThat(p.skippedRows()).extracting(SkippedRow::reason).containsExactly(SkippedRow.Reason.TOTAL);
        assertThat(p.invalidCount()).isZero();
    }

    @Test
    void csvInUtf8WithAndWithoutBomCommaOrSemicolon() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path withBom = dir.resolve("ds-bom.csv");
        Files.write(withBom, concat(bom, list(",").getBytes(StandardCharsets.UTF_8)));
        assertTheList(StaffImport.preview(withBom));
        Path semicolon = Files.writeString(dir.resolve("ds.csv"), list(";").replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertTheList(StaffImport.preview(semicolon));
        assertThat(StaffImport.preview(semicolon).sheetNames()).containsExactly("ds.csv");
    }

    @Test
    void excelsUnicodeTextIsTabSeparatedUtf16WithBom() throws Exception {
        Path f = dir.resolve("unicode.txt");
        Files.write(f, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                list("\t").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE)));
        assertTheList(StaffImport.preview(f));
        Path be = dir.resolve("unicode-be.txt");
        Files.write(be, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, list("\t").getBytes(StandardCharsets.UTF_16BE)));
        assertTheList(StaffImport.preview(be));
    }

    @Test
    void windows1258TextWithCombiningTonesIsReadAsNfc() throws Exception {
        Charset cp1258 = Charset.forName("windows-1258");
        // Windows-1258 writes tones as combining marks: NFD text is what it can encode
        String nfd = windows1258Form(list(";"));
        byte[] bytes = nfd.getBytes(cp1258);
        assertThat(new String(bytes, cp1258)).isEqualTo(nfd); // nothing lost on the way
        Path f = Files.write(dir.resolve("ansi.csv"), bytes);
        assertTheList(StaffImport.preview(f));
    }

    @Test
    void tcvn3BytesInACsvAreConverted() throws Exception {
        String tcvn3 = "Hä vµ tªn,Phßng ban\nNguyÔn V¨n Hïng,Tæ To¸n\nTrÇn ThÞ BÝch,Tæ V¨n\n";
        Path f = Files.write(dir.resolve("abc.csv"), tcvn3.getBytes(StandardCharsets.ISO_8859_1));
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.validStaff()).extracting(StaffRow::fullName).containsExactly("Nguyễn Văn Hùng", "Trần Thị Bích");
        assertThat(p.conversions()).extracting(LegacyConversion::encoding).containsOnly(LegacyText.Encoding.TCVN3);
    }

    @Test
    void anUnclosedQuoteTakesTheRestOfTheFileIntoOneCellAndImportsNothing() throws Exception {
        Path f = Files.writeString(dir.resolve("hong.csv"), "Họ và tên,Phòng ban\n\"Nguyễn Văn An,Phòng A\n",
                StandardCharsets.UTF_8);
        // commons-csv reads to the end of the file inside the quote: one cell, no department
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.canImport(false)).isFalse();
        assertThat(p.errors()).extracting(ImportIssue::key).containsExactly("importer.row.missing");
    }

    @Test
    void xlsIsReadWithMergedTitleDatesAndTheSameRowRules() throws Exception {
        Path f = dir.resolve("ds.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Workbooks.fill(wb,
                    new Object[] {"DANH SÁCH CÁN BỘ"},
                    new Object[] {"STT", "Họ và đệm", "Tên", "Khoa", "Ngày sinh"},
                    new Object[] {1, "Nguyễn Văn", "Hùng", "Khoa Toán", LocalDate.of(1980, 5, 17)},
                    new Object[] {2, "Trần Thị", "Bích", null, LocalDate.of(1991, 3, 7)},
                    new Object[] {"Cộng: 2"});
            wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        StaffImportPreview p = StaffImport.preview(f);
        assertThat(p.fileIssues()).isEmpty();
        assertThat(p.validStaff()).containsExactly(
                new StaffRow("Nguyễn Văn Hùng", "Khoa Toán", "", LocalDate.of(1980, 5, 17), "", null, null, "Hùng"),
                new StaffRow("Trần Thị Bích", "Khoa Toán", "", LocalDate.of(1991, 3, 7), "", null, null, "Bích"));
        assertThat(p.skippedRows()).extracting(SkippedRow::reason).containsExactly(SkippedRow.Reason.TOTAL);
    }

    @Test
    void aDamagedXlsIsOneClearMessage() throws Exception {
        Path good = dir.resolve("good.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Workbooks.fill(wb, new Object[] {"Họ và tên", "Phòng ban"}, new Object[] {"A", "B"});
            try (OutputStream out = Files.newOutputStream(good)) {
                wb.write(out);
            }
        }
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xls"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> StaffImport.preview(cut)).isInstanceOf(StaffFileException.class)
                .hasMessageStartingWith("Tệp cut.xls bị hỏng");
    }

    @Test
    void aSmallXlsxHoldingMillionsOfCellsIsRefusedWhileStreaming() throws Exception {
        // an .xlsx of a few MB whose sheet unpacks to far more cells than any staff list has
        Path f = dir.resolve("bom.xlsx");
        rawXlsx(f, out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] row = ("<row>" + "<c/>".repeat(1000) + "</row>").getBytes(StandardCharsets.US_ASCII);
            for (int r = 1; r <= 3_100; r++) {
                out.write(row);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(Files.size(f)).isLessThan(StaffFiles.MAX_FILE_BYTES);
        assertThatThrownBy(() -> StaffImport.preview(f)).isInstanceOf(StaffFileException.class)
                .hasMessage("Tệp bom.xlsx chứa quá nhiều dữ liệu (hơn 3000000 ô hoặc 80 triệu ký tự); đây không giống "
                        + "một danh sách cán bộ. Hãy chép riêng danh sách sang một tệp mới rồi nhập.");
    }

    @Test
    void anExternalEntityInASheetIsRefusedAndNothingIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Bí mật");
        Path f = dir.resolve("xxe.xlsx");
        rawXlsx(f, out -> out.write(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c><c r=\"B1\" t=\"inlineStr\">"
                + "<is><t>Phòng ban</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&x;</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>A</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> StaffImport.preview(f)).isInstanceOf(StaffFileException.class)
                .hasMessageStartingWith("Tệp xxe.xlsx bị hỏng");
    }

    /** As Windows-1258 keeps Vietnamese: ă â ê ô ơ ư đ precomposed, tone marks as combining characters. */
    private static String windows1258Form(String text) {
        java.nio.charset.CharsetEncoder enc = Charset.forName("windows-1258").newEncoder();
        StringBuilder b = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (enc.canEncode(c)) {
                b.append(c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String base = d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
            b.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return b.toString();
    }

    interface SheetWriter {
        void write(OutputStream out) throws Exception;
    }

    /** A minimal .xlsx written entry by entry, so a test controls the sheet's XML byte for byte. */
    static void rawXlsx(Path file, SheetWriter sheet) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats"
                    + "-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
