package vn.antq.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.antq.domain.UnitType;
import vn.antq.domain.receiver.CommuneSummary;
import vn.antq.domain.receiver.ReceivedPackage;
import vn.antq.domain.scoring.Classification;
import vn.antq.i18n.Messages;

/**
 * The commune's summary workbook: sheet 1 one row per unit (the package shown for the year), sheet 2
 * the counts by level and by unit type as COUNTIFS formulas over sheet 1 (valid packages only), so a
 * corrected row in Excel updates the counts.
 */
public final class CommuneSummaryWorkbook {
    static final String[] COLUMNS = {"summary.col.no", "summary.col.unit", "summary.col.code", "summary.col.type",
        "summary.col.total", "summary.col.level", "summary.col.antt", "summary.col.criteria", "summary.col.pledges",
        "summary.col.departments", "summary.col.findings", "summary.col.signature", "summary.col.verdict",
        "summary.col.received", "summary.col.late"};

    private final CommuneSummary s;
    private final Messages m;

    public CommuneSummaryWorkbook(CommuneSummary summary, Messages messages) {
        this.s = summary;
        this.m = messages;
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            var bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            head.setWrapText(true);
            Sheet units = wb.createSheet(m.get("summary.sheet.units"));
            Row h = units.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(m.get(COLUMNS[i]));
                c.setCellStyle(head);
            }
            int r = 1;
            String validWord = m.get("receiver.verdict.VALID_SIGNED");
            for (ReceivedPackage p : s.units()) {
                Row row = units.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(p.unitName());
                row.createCell(2).setCellValue(p.unitCode());
                row.createCell(3).setCellValue(m.get("dossier.unitType." + p.unitType().name()));
                row.createCell(4).setCellValue(p.total());
                row.createCell(5).setCellValue(p.classification().isEmpty() ? ""
                        : m.get("receiver.level." + p.classification()));
                row.createCell(6).setCellValue(m.get(p.antt() ? "summary.yes" : "summary.no"));
                row.createCell(7).setCellValue(p.criteriaMet() < 0 ? "" : p.criteriaMet() + "/" + p.criteriaTotal());
                row.createCell(8).setCellValue(p.staff() < 0 ? "" : p.staffPledged() + "/" + p.staff());
                row.createCell(9).setCellValue(p.departments() < 0 ? "" : p.departmentsRegistered() + "/" + p.departments());
                row.createCell(10).setCellValue(String.join("; ", p.findings()));
                row.createCell(11).setCellValue(p.signed() ? p.signer() : m.get("receiver.sig.none"));
                row.createCell(12).setCellValue(m.get("receiver.verdict." + p.verdict()));
                row.createCell(13).setCellValue(date(LocalDate.ofInstant(p.receivedAt(), CommuneSummary.ZONE)));
                row.createCell(14).setCellValue(CommuneSummary.late(p, s.commune()) ? m.get("summary.yes") : "");
                r++;
            }
            int last = Math.max(r, 2);
            int[] widths = {6, 48, 14, 16, 10, 12, 10, 10, 10, 12, 30, 30, 16, 12, 9};
            for (int i = 0; i < widths.length; i++) {
                units.setColumnWidth(i, widths[i] * 256);
            }
            units.createFreezePane(2, 1);
            units.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.length - 1));

            Sheet counts = wb.createSheet(m.get("summary.sheet.counts"));
            String sheet = "'" + units.getSheetName() + "'!";
            String type = sheet + "$D$2:$D$" + last;
            String level = sheet + "$F$2:$F$" + last;
            String antt = sheet + "$G$2:$G$" + last;
            String verdict = sheet + "$M$2:$M$" + last;
            String valid = "\"" + validWord + "\"";
            Row t = counts.createRow(0);
            cell(t, 0, m.get("summary.col.type"), head);
            int col = 1;
            for (Classification c : Classification.values()) {
                cell(t, col++, m.get("receiver.level." + c.name()), head);
            }
            cell(t, col, m.get("summary.col.sum"), head);
            int row = 1;
            for (UnitType u : UnitType.values()) {
                Row x = counts.createRow(row);
                String typeName = "\"" + m.get("dossier.unitType." + u.name()) + "\"";
                x.createCell(0).setCellValue(m.get("dossier.unitType." + u.name()));
                int cc = 1;
                for (Classification c : Classification.values()) {
                    x.createCell(cc++).setCellFormula("COUNTIFS(" + type + "," + typeName + "," + level + ",\""
                            + m.get("receiver.level." + c.name()) + "\"," + verdict + "," + valid + ")");
                }
                x.createCell(cc).setCellFormula("SUM(B" + (row + 1) + ":E" + (row + 1) + ")");
                row++;
            }
            Row sum = counts.createRow(row);
            cell(sum, 0, m.get("summary.col.sum"), head);
            for (int c = 1; c <= 5; c++) {
                String letter = String.valueOf((char) ('A' + c));
                sum.createCell(c).setCellFormula("SUM(" + letter + "2:" + letter + row + ")");
            }
            Row prop = counts.createRow(row + 2);
            prop.createCell(0).setCellValue(m.get("summary.sheet.proposed"));
            prop.createCell(1).setCellFormula("COUNTIFS(" + antt + ",\"" + m.get("summary.yes") + "\"," + verdict + ","
                    + valid + ")");
            Row not = counts.createRow(row + 3);
            not.createCell(0).setCellValue(m.get("summary.sheet.notCounted"));
            not.createCell(1).setCellFormula("COUNTA(" + sheet + "$B$2:$B$" + last + ")-F" + (row + 1));
            counts.setColumnWidth(0, 40 * 256);
            for (int c = 1; c <= 5; c++) {
                counts.setColumnWidth(c, 12 * 256);
            }
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
    }

    private static void cell(Row r, int i, String v, CellStyle style) {
        Cell c = r.createCell(i);
        c.setCellValue(v);
        c.setCellStyle(style);
    }

    static String date(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
