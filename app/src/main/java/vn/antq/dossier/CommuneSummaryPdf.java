package vn.antq.dossier;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.antq.domain.UnitType;
import vn.antq.domain.receiver.Commune;
import vn.antq.domain.receiver.CommuneSummary;
import vn.antq.domain.receiver.ReceivedPackage;
import vn.antq.domain.scoring.Classification;
import vn.antq.i18n.Messages;

/**
 * The commune police's summary PDF, laid out after Decree 30/2020/NĐ-CP: (a) the units proposed to
 * the People's Committee for recognition as meeting the ANTT standard, (b) the report of the
 * classification results (counts by level and unit type, then the list by level), signed by the
 * head of the commune police — like the annexes of a provincial classification decision.
 */
public final class CommuneSummaryPdf {
    private static final float BODY = 13f;
    private static final float TABLE = 11f;
    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);

    private final CommuneSummary s;
    private final Messages m;
    private final LocalDate date;
    private final PdfFonts f = new PdfFonts();
    private Document doc;

    public CommuneSummaryPdf(CommuneSummary summary, Messages messages, LocalDate date) {
        this.s = summary;
        this.m = messages;
        this.date = date;
    }

    public void write(OutputStream out) throws IOException {
        doc = new Document(PageSize.A4, 85, 50, 57, 60);
        try {
            PdfWriter w = PdfWriter.getInstance(doc, out);
            w.setFullCompression();
            doc.addTitle(m.get("summary.title", String.valueOf(s.year())));
            doc.addCreator("ANTQ Desk");
            doc.open();
            proposals();
            doc.newPage();
            report();
            doc.close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Commune c() {
        return s.commune();
    }

    private String police() {
        return blank(c().police()) ? m.get("dossier.blank") : c().police().strip();
    }

    private String commune() {
        return blank(c().commune()) ? m.get("dossier.blank") : c().commune().strip();
    }

    // --- (a) the proposals ---------------------------------------------------------------------------

    private void proposals() {
        header("summary.kind.proposal");
        title(m.get("summary.proposal.title"), m.get("summary.proposal.subject", commune(), String.valueOf(s.year())));
        add(body(m.get("summary.proposal.intro", police(), s.proposed().size(), commune(), String.valueOf(s.year()))));
        PdfPTable t = table(new float[] {7, 47, 18, 12, 16}, "summary.col.no", "summary.col.unit", "summary.col.type",
                "summary.col.total", "summary.col.level");
        int i = 1;
        for (ReceivedPackage p : s.proposed()) {
            row(t, i++, p);
        }
        if (s.proposed().isEmpty()) {
            PdfPCell none = cell(m.get("summary.none"), f.italic(TABLE), Element.ALIGN_CENTER);
            none.setColspan(5);
            t.addCell(none);
        }
        add(t);
        signature(List.of(m.get("summary.recipients.committee", commune()), m.get("dossier.recipients.archive")));
    }

    // --- (b) the classification report ---------------------------------------------------------------

    private void report() {
        header("summary.kind.report");
        title(m.get("summary.report.title"), m.get("summary.report.subject", commune(), String.valueOf(s.year())));
        add(body(m.get("summary.report.intro", police(), s.units().size(), s.counted(), String.valueOf(s.year()))));
        StringBuilder levels = new StringBuilder();
        for (Classification c : Classification.values()) {
            if (levels.length() > 0) {
                levels.append(", ");
            }
            levels.append(String.format("%02d", s.count(c))).append(' ').append(m.get("receiver.level." + c.name()));
        }
        add(body(m.get("summary.report.counts", levels.toString())));
        add(heading(m.get("summary.report.byType")));
        PdfPTable counts = table(new float[] {34, 13, 13, 13, 13, 14}, "summary.col.type",
                "receiver.level.XUAT_SAC", "receiver.level.KHA", "receiver.level.TRUNG_BINH", "receiver.level.YEU",
                "summary.col.sum");
        int[] sums = new int[5];
        for (UnitType t : UnitType.values()) {
            counts.addCell(cell(m.get("dossier.unitType." + t.name()), f.regular(TABLE), Element.ALIGN_LEFT));
            int row = 0;
            for (Classification c : Classification.values()) {
                int n = s.byType().get(t).get(c);
                counts.addCell(cell(Integer.toString(n), f.regular(TABLE), Element.ALIGN_CENTER));
                sums[c.ordinal()] += n;
                row += n;
            }
            sums[4] += row;
            counts.addCell(cell(Integer.toString(row), f.bold(TABLE), Element.ALIGN_CENTER));
        }
        counts.addCell(cell(m.get("summary.col.sum"), f.bold(TABLE), Element.ALIGN_LEFT));
        for (int n : sums) {
            counts.addCell(cell(Integer.toString(n), f.bold(TABLE), Element.ALIGN_CENTER));
        }
        add(counts);
        add(heading(m.get("summary.report.byLevel")));
        int i = 1;
        for (Classification c : Classification.values()) {
            List<ReceivedPackage> list = s.byLevel().get(c);
            add(heading(m.get("summary.report.level", roman(i++), m.get("receiver.level." + c.name()), list.size())));
            if (list.isEmpty()) {
                continue;
            }
            PdfPTable t = table(new float[] {7, 47, 18, 12, 16}, "summary.col.no", "summary.col.unit",
                    "summary.col.type", "summary.col.total", "summary.col.antt");
            int n = 1;
            for (ReceivedPackage p : list) {
                t.addCell(cell(Integer.toString(n++), f.regular(TABLE), Element.ALIGN_CENTER));
                t.addCell(cell(p.unitName(), f.regular(TABLE), Element.ALIGN_LEFT));
                t.addCell(cell(m.get("dossier.unitType." + p.unitType().name()), f.regular(TABLE), Element.ALIGN_LEFT));
                t.addCell(cell(p.total() + "/" + p.max(), f.regular(TABLE), Element.ALIGN_CENTER));
                t.addCell(cell(m.get(p.antt() ? "summary.yes" : "summary.no"), f.regular(TABLE), Element.ALIGN_CENTER));
            }
            add(t);
        }
        if (!s.notCounted().isEmpty()) {
            add(heading(m.get("summary.report.notCounted", s.notCounted().size())));
            PdfPTable t = table(new float[] {7, 45, 48}, "summary.col.no", "summary.col.unit", "summary.col.verdict");
            int n = 1;
            for (ReceivedPackage p : s.notCounted()) {
                t.addCell(cell(Integer.toString(n++), f.regular(TABLE), Element.ALIGN_CENTER));
                t.addCell(cell(p.unitName(), f.regular(TABLE), Element.ALIGN_LEFT));
                t.addCell(cell(m.get("receiver.verdict." + p.verdict()), f.regular(TABLE), Element.ALIGN_LEFT));
            }
            add(t);
        }
        signature(List.of(m.get("summary.recipients.committee", commune()), m.get("summary.recipients.superior"),
                m.get("dossier.recipients.archive")));
    }

    private static String roman(int i) {
        return new String[] {"", "I", "II", "III", "IV", "V"}[Math.min(i, 5)];
    }

    private void row(PdfPTable t, int i, ReceivedPackage p) {
        t.addCell(cell(Integer.toString(i), f.regular(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell(p.unitName(), f.regular(TABLE), Element.ALIGN_LEFT));
        t.addCell(cell(m.get("dossier.unitType." + p.unitType().name()), f.regular(TABLE), Element.ALIGN_LEFT));
        t.addCell(cell(p.total() + "/" + p.max(), f.regular(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell(m.get("receiver.level." + p.classification()), f.regular(TABLE), Element.ALIGN_CENTER));
    }

    // --- Decree 30 building blocks -------------------------------------------------------------------

    private void header(String kindKey) {
        PdfPTable t = new PdfPTable(new float[] {40, 60});
        t.setWidthPercentage(108);
        PdfPCell left = PdfBlocks.plainCell();
        if (!blank(c().superior())) {
            left.addElement(PdfBlocks.para(c().superior().strip().toUpperCase(m.locale()), f.regular(12), Element.ALIGN_CENTER));
        }
        left.addElement(PdfBlocks.para(police().toUpperCase(m.locale()), f.bold(12), Element.ALIGN_CENTER));
        left.addElement(PdfBlocks.rule(30));
        PdfPCell right = PdfBlocks.plainCell();
        right.addElement(PdfBlocks.para(m.get("dossier.national.name"), f.bold(12), Element.ALIGN_CENTER));
        right.addElement(PdfBlocks.para(m.get("dossier.national.motto"), f.bold(13), Element.ALIGN_CENTER));
        right.addElement(PdfBlocks.rule(52));
        t.addCell(left);
        t.addCell(right);
        PdfPCell number = PdfBlocks.plainCell();
        number.setPaddingTop(4);
        number.addElement(PdfBlocks.para(m.get("dossier.number", m.get(kindKey)), f.regular(13), Element.ALIGN_CENTER));
        PdfPCell when = PdfBlocks.plainCell();
        when.setPaddingTop(4);
        String[] dmy = DossierModel.decreeDate(date);
        when.addElement(PdfBlocks.para(m.get("dossier.dateLine", blank(c().place()) ? m.get("dossier.blank") : c().place().strip(),
                dmy[0], dmy[1], dmy[2]), f.italic(13), Element.ALIGN_CENTER));
        t.addCell(number);
        t.addCell(when);
        add(t);
    }

    private void title(String title, String subject) {
        Paragraph p = PdfBlocks.para(title, f.bold(14), Element.ALIGN_CENTER);
        p.setSpacingBefore(18);
        add(p);
        add(PdfBlocks.para(subject, f.bold(13), Element.ALIGN_CENTER));
        add(PdfBlocks.rule(22));
        add(new Paragraph(" ", f.regular(6)));
    }

    private void signature(List<String> recipients) {
        PdfPTable t = new PdfPTable(new float[] {45, 55});
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        t.setKeepTogether(true);
        PdfPCell left = PdfBlocks.plainCell();
        left.addElement(PdfBlocks.para(m.get("dossier.recipients"), f.boldItalic(12), Element.ALIGN_LEFT));
        for (String r : recipients) {
            left.addElement(PdfBlocks.para(r, f.regular(11), Element.ALIGN_LEFT));
        }
        PdfPCell right = PdfBlocks.plainCell();
        String title = blank(c().headTitle()) ? m.get("summary.head") : c().headTitle().strip();
        right.addElement(PdfBlocks.para(title.toUpperCase(m.locale()), f.bold(13), Element.ALIGN_CENTER));
        right.addElement(PdfBlocks.para(m.get("dossier.sign.stamp"), f.italic(12), Element.ALIGN_CENTER));
        Paragraph space = new Paragraph(" ", f.regular(13));
        space.setSpacingAfter(50);
        right.addElement(space);
        right.addElement(PdfBlocks.para(blank(c().headName()) ? m.get("dossier.blank") : c().headName().strip(), f.bold(13),
                Element.ALIGN_CENTER));
        t.addCell(left);
        t.addCell(right);
        add(t);
    }

    private PdfPTable table(float[] widths, String... headerKeys) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
        for (String h : headerKeys) {
            PdfPCell c = new PdfPCell(new Phrase(m.get(h), f.bold(TABLE)));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setBackgroundColor(HEADER_FILL);
            c.setPadding(4);
            t.addCell(c);
        }
        return t;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(PdfFonts.phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPaddingTop(2);
        c.setPaddingBottom(4);
        c.setPaddingLeft(3);
        c.setPaddingRight(3);
        return c;
    }

    private Paragraph body(String text) {
        Paragraph p = PdfBlocks.para(text, f.regular(BODY), Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(28);
        p.setSpacingAfter(4);
        return p;
    }

    private Paragraph heading(String text) {
        Paragraph p = PdfBlocks.para(text, f.bold(BODY), Element.ALIGN_LEFT);
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        return p;
    }

    private void add(Element e) {
        try {
            doc.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
