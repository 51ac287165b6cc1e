package vn.antq.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.antq.about.AppInfo;
import vn.antq.domain.Progress;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.scoring.ClassificationLevel;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.StaffPledge;

/**
 * The Excel workbook (six sheets, Vietnamese titles, A4, frozen and repeated headers). Written with
 * SXSSF so a 5,000-row pledge list streams; item sums, the total and the classification are real
 * formulas with cached values. Every text a user typed goes in as a string cell, never a formula.
 */
final class WorkbookWriter {
    private static final String FONT = "Times New Roman";
    private static final int ROWS_PER_CHECK = 500;

    private final DossierModel m;
    private final Progress progress;
    private SXSSFWorkbook wb;
    private CellStyle title;
    private CellStyle subtitle;
    private CellStyle header;
    private CellStyle text;
    private CellStyle textBold;
    private CellStyle center;
    private CellStyle number;
    private CellStyle numberBold;
    private CellStyle date;
    private CellStyle percentStyle;
    private CellStyle plain;

    WorkbookWriter(DossierModel model, Progress progress) {
        this.m = model;
        this.progress = progress;
    }

    void write(OutputStream out) throws IOException {
        wb = new SXSSFWorkbook(200);
        try {
            styles();
            infoSheet();
            progress.checkCancelled();
            scoreSheet();
            progress.checkCancelled();
            departmentsSheet();
            progress.checkCancelled();
            pledgesSheet();
            progress.checkCancelled();
            checklistSheet();
            progress.checkCancelled();
            evidenceSheet();
            progress.checkCancelled();
            progress.update(9, 10, "");
            wb.write(out);
        } finally {
            wb.dispose(); // deletes SXSSF's temporary sheet files, also after a cancel
            wb.close();
        }
    }

    // --- styles ----------------------------------------------------------------------------------

    private void styles() {
        Font normalFont = font(false, false, 12);
        Font boldFont = font(true, false, 12);
        title = wb.createCellStyle();
        title.setFont(font(true, false, 14));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);
        subtitle = wb.createCellStyle();
        subtitle.setFont(font(false, true, 12));
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setWrapText(true);
        header = bordered(boldFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(normalFont);
        textBold = bordered(boldFont);
        center = bordered(normalFont);
        center.setAlignment(HorizontalAlignment.CENTER);
        number = bordered(normalFont);
        number.setAlignment(HorizontalAlignment.CENTER);
        number.setDataFormat(wb.createDataFormat().getFormat("0"));
        numberBold = bordered(boldFont);
        numberBold.setAlignment(HorizontalAlignment.CENTER);
        numberBold.setDataFormat(wb.createDataFormat().getFormat("0"));
        date = bordered(normalFont);
        date.setAlignment(HorizontalAlignment.CENTER);
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        percentStyle = bordered(normalFont);
        percentStyle.setAlignment(HorizontalAlignment.CENTER);
        percentStyle.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        plain = wb.createCellStyle();
        plain.setFont(normalFont);
    }

    private Font font(boolean bold, boolean italic, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private CellStyle bordered(Font f) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        return s;
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A sheet with A4 print set-up fitted to the page width. */
    private SXSSFSheet sheet(String name, boolean landscape, int[] widths) {
        SXSSFSheet s = wb.createSheet(name);
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setMargin(Sheet.LeftMargin, 0.6);
        s.setMargin(Sheet.RightMargin, 0.4);
        s.setMargin(Sheet.TopMargin, 0.6);
        s.setMargin(Sheet.BottomMargin, 0.6);
        s.getFooter().setCenter("&P/&N");
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        return s;
    }

    /** Title rows merged across the columns; returns the next free row. */
    private int titles(SXSSFSheet s, int columns, String... lines) {
        int r = 0;
        for (String line : lines) {
            Row row = s.createRow(r);
            Cell c = row.createCell(0);
            c.setCellValue(line);
            c.setCellStyle(r == 0 ? title : subtitle);
            if (columns > 1) {
                s.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            }
            row.setHeightInPoints(r == 0 ? 22 : 17);
            r++;
        }
        return r + 1;
    }

    /** The header row, frozen and repeated on each printed page. */
    private void headerRow(SXSSFSheet s, int r, String... names) {
        Row row = s.createRow(r);
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(header);
        }
        s.createFreezePane(0, r + 1);
        s.setRepeatingRows(new CellRangeAddress(r, r, 0, names.length - 1));
    }

    /** A string cell: the value is never read as a formula, whatever it starts with. */
    private static Cell str(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
        return c;
    }

    private static Cell num(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    private Cell dateCell(Row row, int col, LocalDate value) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(date);
        return c;
    }

    private static Cell formula(Row row, int col, String f, double cached, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellFormula(f);
        c.setCellValue(cached);
        c.setCellStyle(style);
        return c;
    }

    private static Cell formula(Row row, int col, String f, String cached, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellFormula(f);
        c.setCellValue(cached);
        c.setCellStyle(style);
        return c;
    }

    /** A row height that shows wrapped text: lines needed in the narrowest wrapped column. */
    private static void fit(Row row, int[] widths, String... texts) {
        int lines = 1;
        for (int i = 0; i < texts.length && i < widths.length; i++) {
            if (texts[i] == null) {
                continue;
            }
            int w = Math.max(1, widths[i] - 1);
            int n = 0;
            for (String part : texts[i].split("\n", -1)) {
                n += Math.max(1, (int) Math.ceil(part.length() * 1.1 / w));
            }
            lines = Math.max(lines, n);
        }
        row.setHeightInPoints(Math.min(409, 16f * lines + 2));
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    /** "\"text\"" for a formula string literal. */
    private static String literal(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    // --- 1. Thông tin đơn vị ------------------------------------------------------------------------

    private void infoSheet() {
        int[] w = {42, 70};
        SXSSFSheet s = sheet(m.t("dossier.sheet.info"), false, w);
        int r = titles(s, 2, m.t("dossier.info.title", m.year), m.unit.name());
        headerRow(s, r++, m.t("dossier.info.field"), m.t("dossier.info.value"));
        var u = m.unit;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {m.t("dossier.info.name"), u.name()});
        rows.add(new String[] {m.t("dossier.info.type"), m.t("dossier.unitType." + u.type().name())});
        rows.add(new String[] {m.t("dossier.info.superior"), DossierModel.nz(u.superior())});
        rows.add(new String[] {m.t("dossier.info.address"), DossierModel.nz(u.address())});
        rows.add(new String[] {m.t("dossier.info.commune"), DossierModel.nz(u.commune())});
        rows.add(new String[] {m.t("dossier.info.communePolice"), DossierModel.nz(u.communePolice())});
        rows.add(new String[] {m.t("dossier.info.head"), DossierModel.nz(u.headName())});
        rows.add(new String[] {m.t("dossier.info.headTitle"), DossierModel.nz(u.headTitle())});
        rows.add(new String[] {m.t("dossier.info.phone"), DossierModel.nz(u.phone())});
        rows.add(new String[] {m.t("dossier.info.email"), DossierModel.nz(u.email())});
        rows.add(new String[] {m.t("dossier.info.party"), m.t(u.hasPartyOrganisation() ? "dossier.yes" : "dossier.no")});
        rows.add(new String[] {m.t("dossier.info.tradeUnion"), m.t(u.hasTradeUnion() ? "dossier.yes" : "dossier.no")});
        rows.add(new String[] {m.t("dossier.info.year"), Integer.toString(m.year)});
        rows.add(new String[] {m.t("dossier.info.period"), m.t("dossier.period", m.year - 1, m.year)});
        rows.add(new String[] {m.t("dossier.info.date"), DossierModel.date(m.request.documentDate())});
        rows.add(new String[] {m.t("dossier.info.registeredOn"), DossierModel.date(m.snapshot.year().registeredOn())});
        String recognition = m.snapshot.year().recognitionRecorded()
                ? m.snapshot.year().recognitionDecision().strip()
                        + (m.snapshot.year().recognitionDate() == null ? ""
                                : " (" + DossierModel.date(m.snapshot.year().recognitionDate()) + ")")
                : "";
        rows.add(new String[] {m.t("dossier.info.recognition"), recognition});
        rows.add(new String[] {m.t("dossier.info.departments"),
            m.t("dossier.info.ofTotal", m.departmentsRegistered, m.snapshot.departments().size())});
        rows.add(new String[] {m.t("dossier.info.staff"),
            m.t("dossier.info.ofTotal", m.staffSigned, m.snapshot.staff().size())});
        rows.add(new String[] {m.t("dossier.info.total"),
            m.t("dossier.info.ofTotal", m.request.score().total(), m.request.score().max())});
        rows.add(new String[] {m.t("dossier.info.classification"), m.levelLabel()});
        rows.add(new String[] {m.t("dossier.info.antt"), m.anttText()});
        rows.add(new String[] {m.t("dossier.info.profile"),
            m.profileName() + (m.profileNote().isEmpty() ? "" : " — " + m.profileNote())});
        rows.add(new String[] {m.t("dossier.info.rubric"), DossierModel.nz(m.request.rubric().version())});
        rows.add(new String[] {m.t("dossier.info.app"), "ANTQ Desk " + AppInfo.version()});
        for (String[] kv : rows) {
            Row row = s.createRow(r++);
            str(row, 0, kv[0], textBold);
            str(row, 1, kv[1], text);
            fit(row, w, kv[0], kv[1]);
        }
    }

    // --- 2. Bảng tự chấm điểm -------------------------------------------------------------------------

    private void scoreSheet() {
        int[] w = {6, 70, 10, 10, 45};
        SXSSFSheet s = sheet(m.t("dossier.sheet.score"), true, w);
        String version = DossierModel.nz(m.request.rubric().version());
        int r = titles(s, 5, m.t("dossier.score.title", m.year),
                version.isEmpty() ? m.unit.name() : m.t("dossier.score.basis", version), m.unit.name());
        headerRow(s, r++, m.t("dossier.col.tt"), m.t("dossier.col.content"), m.t("dossier.col.max"),
                m.t("dossier.col.points"), m.t("dossier.col.note"));
        List<Integer> topRows = new ArrayList<>();
        List<DossierModel.ScoreRow> rows = m.scoreRows;
        for (int i = 0; i < rows.size(); i++) {
            DossierModel.ScoreRow sr = rows.get(i);
            Row row = s.createRow(r);
            String content = sr.item().title().in(m.messages.locale());
            str(row, 0, m.ttLabel(sr), sr.child() ? center : textBold);
            str(row, 1, content, sr.child() ? text : textBold);
            if (sr.item().isParent()) {
                int first = r + 1;
                int last = r + sr.item().children().size();
                formula(row, 2, "SUM(" + ref(first, 2) + ":" + ref(last, 2) + ")", sr.item().max(), numberBold);
                formula(row, 3, "SUM(" + ref(first, 3) + ":" + ref(last, 3) + ")", sr.points(), numberBold);
            } else {
                num(row, 2, sr.item().max(), sr.child() ? number : numberBold);
                num(row, 3, sr.points(), sr.child() ? number : numberBold);
            }
            str(row, 4, sr.note(), text);
            fit(row, w, null, content, null, null, sr.note());
            if (!sr.child()) {
                topRows.add(r);
            }
            r++;
        }
        Row total = s.createRow(r);
        str(total, 0, "", textBold);
        str(total, 1, m.t("dossier.score.total"), textBold);
        StringBuilder maxF = new StringBuilder("SUM(");
        StringBuilder ptsF = new StringBuilder("SUM(");
        for (int i = 0; i < topRows.size(); i++) {
            if (i > 0) {
                maxF.append(',');
                ptsF.append(',');
            }
            maxF.append(ref(topRows.get(i), 2));
            ptsF.append(ref(topRows.get(i), 3));
        }
        formula(total, 2, maxF.append(')').toString(), m.request.score().max(), numberBold);
        formula(total, 3, ptsF.append(')').toString(), m.request.score().total(), numberBold);
        str(total, 4, "", text);
        String totalRef = ref(r, 3);
        r++;
        Row cls = s.createRow(r++);
        str(cls, 0, "", textBold);
        str(cls, 1, m.t("dossier.score.classification"), textBold);
        formula(cls, 3, classificationFormula(totalRef), m.levelLabel(), numberBold);
        str(cls, 2, "", textBold);
        str(cls, 4, "", text);
        s.addMergedRegion(new CellRangeAddress(cls.getRowNum(), cls.getRowNum(), 3, 4));
        r++;
        Row p = s.createRow(r++);
        str(p, 1, m.t("dossier.score.profile", m.profileName()), plainBold());
        for (String line : m.thresholdLines()) {
            str(s.createRow(r++), 1, "- " + line, plain);
        }
        if (!m.profileNote().isEmpty()) {
            str(s.createRow(r++), 1, m.t("dossier.pdf.profileNote", m.profileNote()), plainItalic());
        }
    }

    private CellStyle plainBoldStyle;
    private CellStyle plainItalicStyle;

    private CellStyle plainBold() {
        if (plainBoldStyle == null) {
            plainBoldStyle = wb.createCellStyle();
            plainBoldStyle.setFont(font(true, false, 12));
        }
        return plainBoldStyle;
    }

    private CellStyle plainItalic() {
        if (plainItalicStyle == null) {
            plainItalicStyle = wb.createCellStyle();
            plainItalicStyle.setFont(font(false, true, 12));
        }
        return plainItalicStyle;
    }

    /** IF(total>=90,"Xuất sắc",IF(total>=70,"Khá",…)) from the profile, so the police can re-check it. */
    private String classificationFormula(String totalRef) {
        List<ClassificationLevel> levels = m.request.profile().levels();
        StringBuilder f = new StringBuilder();
        int open = 0;
        for (int i = 0; i < levels.size() - 1; i++) {
            ClassificationLevel l = levels.get(i);
            f.append("IF(").append(totalRef).append(">=").append(l.minPoints()).append(',')
                    .append(literal(l.label().in(m.messages.locale()))).append(',');
            open++;
        }
        f.append(literal(levels.get(levels.size() - 1).label().in(m.messages.locale())));
        f.append(")".repeat(open));
        return f.toString();
    }

    // --- 3. Phòng ban ----------------------------------------------------------------------------------

    private void departmentsSheet() {
        int[] w = {6, 40, 18, 13, 12, 10, 11};
        SXSSFSheet s = sheet(m.t("dossier.sheet.departments"), false, w);
        int r = titles(s, 7, m.t("dossier.departments.title", m.year), m.unit.name());
        headerRow(s, r++, m.t("dossier.col.stt"), m.t("dossier.col.department"), m.t("dossier.col.registration"),
                m.t("dossier.col.date"), m.t("dossier.col.staffCount"), m.t("dossier.col.staffSigned"),
                m.t("dossier.col.percent"));
        int first = r;
        int n = 1;
        for (DepartmentYear d : m.snapshot.departments()) {
            Row row = s.createRow(r);
            num(row, 0, n++, number);
            str(row, 1, d.department().name(), text);
            str(row, 2, m.t(d.registered() ? "dossier.registration.yes" : "dossier.registration.no"), center);
            dateCell(row, 3, d.date());
            num(row, 4, d.staffCount(), number);
            num(row, 5, d.staffSigned(), number);
            formula(row, 6, "IF(" + ref(r, 4) + ">0," + ref(r, 5) + "/" + ref(r, 4) + ",0)",
                    d.staffCount() > 0 ? (double) d.staffSigned() / d.staffCount() : 0, percentStyle);
            r++;
        }
        int last = r - 1;
        Row total = s.createRow(r);
        str(total, 0, "", textBold);
        str(total, 1, m.t("dossier.departments.total"), textBold);
        int staff = m.snapshot.departments().stream().mapToInt(DepartmentYear::staffCount).sum();
        int signed = m.snapshot.departments().stream().mapToInt(DepartmentYear::staffSigned).sum();
        if (last >= first) {
            formula(total, 2, "COUNTIF(" + ref(first, 2) + ":" + ref(last, 2) + ","
                    + literal(m.t("dossier.registration.yes")) + ")", m.departmentsRegistered, numberBold);
            formula(total, 4, "SUM(" + ref(first, 4) + ":" + ref(last, 4) + ")", staff, numberBold);
            formula(total, 5, "SUM(" + ref(first, 5) + ":" + ref(last, 5) + ")", signed, numberBold);
        } else {
            num(total, 2, 0, numberBold);
            num(total, 4, 0, numberBold);
            num(total, 5, 0, numberBold);
        }
        str(total, 3, "", text);
        formula(total, 6, "IF(" + ref(r, 4) + ">0," + ref(r, 5) + "/" + ref(r, 4) + ",0)",
                staff > 0 ? (double) signed / staff : 0, percentStyle);
    }

    // --- 4. Danh sách ký cam kết --------------------------------------------------------------------------

    private void pledgesSheet() {
        int[] w = {7, 30, 22, 30, 12, 11};
        List<StaffPledge> staff = m.snapshot.staff();
        for (StaffPledge p : staff) {
            w[1] = Math.max(w[1], Math.min(40, len(p.staff().fullName()) + 2));
            w[2] = Math.max(w[2], Math.min(32, len(p.staff().position()) + 2));
            w[3] = Math.max(w[3], Math.min(40, len(p.departmentName()) + 2));
        }
        SXSSFSheet s = sheet(m.t("dossier.sheet.pledges"), false, w);
        int r = titles(s, 6, m.t("dossier.pledges.title", m.year), m.unit.name());
        // The summary row (counts as formulas over the list), then the header.
        int summaryRow = r - 1;
        int headerAt = r;
        int first = headerAt + 1;
        int last = first + Math.max(staff.size(), 1) - 1;
        Row sum = s.createRow(summaryRow);
        long signed = m.staffSigned;
        str(sum, 0, "", plain);
        str(sum, 1, m.t("dossier.info.staff"), plainBold());
        formula(sum, 2, "COUNTA(" + ref(first, 1) + ":" + ref(last, 1) + ")", staff.size(), plainBold());
        formula(sum, 3, "COUNTIF(" + ref(first, 5) + ":" + ref(last, 5) + "," + literal(m.t("dossier.pledge.signed"))
                + ")", signed, plainBold());
        CellStyle pct = wb.createCellStyle();
        pct.setFont(font(true, false, 12));
        pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        pct.setAlignment(HorizontalAlignment.LEFT);
        formula(sum, 4, "IF(" + ref(summaryRow, 2) + ">0," + ref(summaryRow, 3) + "/" + ref(summaryRow, 2) + ",0)",
                staff.isEmpty() ? 0 : (double) signed / staff.size(), pct);
        headerRow(s, headerAt, m.t("dossier.col.stt"), m.t("dossier.col.name"), m.t("dossier.col.position"),
                m.t("dossier.col.department"), m.t("dossier.col.signDate"), m.t("dossier.col.signed"));
        r = first;
        String yes = m.t("dossier.pledge.signed");
        String no = m.t("dossier.pledge.unsigned");
        int n = 1;
        for (StaffPledge p : staff) {
            Row row = s.createRow(r++);
            num(row, 0, n, number);
            str(row, 1, p.staff().fullName(), text);
            str(row, 2, p.staff().position(), text);
            str(row, 3, p.departmentName(), text);
            dateCell(row, 4, p.date());
            str(row, 5, p.signed() ? yes : no, center);
            if (n % ROWS_PER_CHECK == 0) {
                progress.checkCancelled();
                progress.update(n, staff.size(), "");
            }
            n++;
        }
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    // --- 5. Tiêu chuẩn ANTT ---------------------------------------------------------------------------------

    private void checklistSheet() {
        int[] w = {8, 70, 14, 50};
        SXSSFSheet s = sheet(m.t("dossier.sheet.checklist"), true, w);
        int r = titles(s, 4, m.t("dossier.checklist.title", m.year), m.t("dossier.checklist.basis"), m.unit.name());
        headerRow(s, r++, m.t("dossier.col.tt"), m.t("dossier.col.criterion"), m.t("dossier.col.result"),
                m.t("dossier.col.done"));
        if (m.checkRows.isEmpty()) {
            str(s.createRow(r++), 1, m.t("dossier.checklist.none"), plain);
        }
        for (DossierModel.CheckRow c : m.checkRows) {
            Row row = s.createRow(r++);
            str(row, 0, c.label(), center);
            str(row, 1, c.text(), text);
            str(row, 2, m.answerText(c), center);
            str(row, 3, c.note(), text);
            fit(row, w, null, c.text(), null, c.note());
        }
        r++;
        str(s.createRow(r++), 1, m.t("dossier.checklist.events"), plainBold());
        if (m.snapshot.events().isEmpty()) {
            str(s.createRow(r++), 1, m.t("dossier.checklist.noEvents"), plain);
        } else {
            Row h = s.createRow(r++);
            str(h, 0, m.t("dossier.col.eventDate"), header);
            str(h, 1, m.t("dossier.col.event"), header);
            str(h, 2, m.t("dossier.col.excused"), header);
            str(h, 3, m.t("dossier.col.description"), header);
            for (ChecklistEvent e : m.snapshot.events()) {
                Row row = s.createRow(r++);
                str(row, 0, DossierModel.date(e.date()), center);
                str(row, 1, m.eventLabel(e.eventCode()), text);
                str(row, 2, m.t(e.excused() ? "dossier.yes" : "dossier.no"), center);
                str(row, 3, e.description(), text);
                fit(row, w, null, m.eventLabel(e.eventCode()), null, e.description());
            }
        }
        r++;
        str(s.createRow(r), 1, m.t("dossier.checklist.result", m.anttText()), plainBold());
    }

    // --- 6. Minh chứng ------------------------------------------------------------------------------------

    private void evidenceSheet() {
        int[] w = {6, 34, 34, 34, 14, 66, 26};
        SXSSFSheet s = sheet(m.t("dossier.sheet.evidence"), true, w);
        int r = titles(s, 7, m.t("dossier.evidence.title", m.year), m.unit.name());
        headerRow(s, r++, m.t("dossier.col.stt"), m.t("dossier.col.packageName"), m.t("dossier.col.originalName"),
                m.t("dossier.col.supports"), m.t("dossier.col.size"), m.t("dossier.col.sha"), m.t("dossier.col.state"));
        if (m.plan.evidence().isEmpty()) {
            str(s.createRow(r), 1, m.t("dossier.evidence.none"), plain);
        }
        for (PackedEvidence e : m.plan.evidence()) {
            Row row = s.createRow(r++);
            num(row, 0, e.index(), number);
            str(row, 1, e.included() ? e.path() : "", text);
            str(row, 2, e.file().originalName(), text);
            String supports = m.supports(e);
            str(row, 3, supports, text);
            num(row, 4, e.file().size(), number);
            str(row, 5, e.file().sha256(), text);
            str(row, 6, m.evidenceState(e), text);
            fit(row, w, null, e.path(), e.file().originalName(), supports, null, null, m.evidenceState(e));
        }
    }
}
