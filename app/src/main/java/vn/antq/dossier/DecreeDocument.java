package vn.antq.dossier;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.antq.i18n.Messages;

/**
 * One printed PDF of Decree 30/2020/NĐ-CP documents, each on new pages with its own page numbers:
 * the header (unit block and national motto, number, place and date), the title, body paragraphs and
 * headings that never stand at a page foot, tables, the Nơi nhận and signature blocks kept with their
 * last paragraph. The unit's documents (the dossier {@link DossierPdf}, the registration pack
 * {@link RegistrationPdf}, the pledge forms {@link PledgeFormsPdf}) and the commune police's summary
 * ({@link CommuneSummaryPdf}) are written with it, so all print the header and signature the same way;
 * each names its {@link Issuer}.
 */
abstract class DecreeDocument {
    static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    static final Color GROUP_FILL = new Color(0xF2, 0xF2, 0xF2);
    static final float BODY = 13f;
    static final float TABLE = 11f;

    /**
     * Who issues the documents, as the header and the head's signature print them.
     *
     * @param superior  the managing agency printed above the issuer (blank: none)
     * @param name      the issuer's own name ("Trường THPT Lê Quý Đôn", "Công an xã Tân Lập")
     * @param headTitle the head's title over the signature, as printed ("HIỆU TRƯỞNG")
     * @param headName  the head's name under it; the blank to fill in by hand when not recorded
     */
    record Issuer(String superior, String name, String headTitle, String headName) {
    }

    final Messages messages;
    private final Issuer issuer;
    final PdfFonts f = new PdfFonts();
    Document doc;
    PdfWriter writer;
    private PageNumbers footer;
    /** Set while the Tờ trình's signature block is laid out; its box is where a digital signature shows. */
    boolean markSignature;
    vn.antq.signing.SignatureBox signatureBox;
    /** The last paragraph added, not yet given to the document: a signature block is kept with it. */
    private Paragraph held;
    /** The held paragraph is a heading. */
    private boolean heldHeading;
    private final java.util.Map<String, String> headerNames = new java.util.HashMap<>();

    DecreeDocument(Messages messages, Issuer issuer) {
        this.messages = messages;
        this.issuer = issuer;
    }

    /** A sentence of the bundles; whole numbers printed plain ("1250", never "1.250"). */
    String t(String key, Object... args) {
        return text(messages, key, args);
    }

    static String text(Messages messages, String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            plain[i] = a instanceof Integer || a instanceof Long ? a.toString() : a;
        }
        return messages.get(key, plain);
    }

    /**
     * The place-date line: "Hà Nội, ngày 05 tháng 02 năm 2025" (Decree 30: day 1–9 and months 1–2 with a
     * leading zero); a place or day the records do not have prints as blanks to fill in by hand.
     */
    static String dateLine(Messages messages, String place, LocalDate d) {
        String blank = messages.get("dossier.blank");
        String where = DossierModel.blank(place) ? blank : place.strip();
        if (d == null) {
            return text(messages, "dossier.dateLine", where, blank, blank, blank);
        }
        String[] dmy = decreeDate(d);
        return text(messages, "dossier.dateLine", where, dmy[0], dmy[1], dmy[2]);
    }

    /**
     * Day, month and year as Decree 30/2020 writes them in a place-date line: the day in two digits, the
     * month in two digits below March ("ngày 05 tháng 01", "ngày 18 tháng 11").
     */
    static String[] decreeDate(LocalDate d) {
        String month = d.getMonthValue() < 3 ? String.format("%02d", d.getMonthValue())
                : Integer.toString(d.getMonthValue());
        return new String[] {String.format("%02d", d.getDayOfMonth()), month, Integer.toString(d.getYear())};
    }

    /** Opens an A4 document with Decree 30's margins on {@code out}. */
    void open(OutputStream out, String title) throws DocumentException {
        // Decree 30: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
        doc = new Document(PageSize.A4, 85, 50, 57, 60);
        writer = PdfWriter.getInstance(doc, out);
        writer.setFullCompression();
        footer = new PageNumbers();
        writer.setPageEvent(footer);
        doc.addTitle(title);
        doc.addCreator("ANTQ Desk");
        doc.open();
    }

    /** Gives the last held paragraph to the document and closes it. */
    void close() {
        flush();
        doc.close();
    }

    /** Starts a document on a new page with its own page numbering. */
    void section() {
        flush();
        doc.newPage();
        footer.start(writer);
    }

    /**
     * Adds an element. A paragraph is held back until the next element comes, so that a signature
     * block can be kept on one page with the paragraph before it (Decree 30: never alone on a page).
     */
    void add(Element e) {
        flush();
        heldHeading = false;
        if (e instanceof Paragraph p) {
            held = p;
        } else {
            put(e);
        }
    }

    void flush() {
        if (held != null) {
            Paragraph p = held;
            held = null;
            put(p);
        }
    }

    void put(Element e) {
        try {
            doc.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    /** Less room than this left on the page: a heading starts the next page instead (never at a page foot). */
    private static final float HEADING_ROOM = 100f;

    /** A heading, moved to the next page when it would stand at the foot of this one. */
    void addHeading(Paragraph p) {
        // two headings in a row ("II. …" then "1. …") need room for both
        float room = HEADING_ROOM + (heldHeading ? 30f : 0f);
        if (writer.getVerticalPosition(false) - doc.bottomMargin() < room) {
            if (held != null && !heldHeading) {
                flush();
            }
            doc.newPage();
        }
        flush();
        held = p;
        heldHeading = true;
    }

    /** The held paragraph and a block in one unbreakable table: the block never starts a page alone. */
    void keepWithPrevious(PdfPTable block) {
        Paragraph last = held;
        held = null;
        heldHeading = false;
        if (last == null) {
            put(block);
            return;
        }
        PdfPTable both = new PdfPTable(1);
        both.setWidthPercentage(100);
        both.setKeepTogether(true);
        both.setSplitLate(true);
        PdfPCell text = PdfBlocks.plainCell();
        text.addElement(last);
        both.addCell(text);
        PdfPCell sign = PdfBlocks.plainCell();
        sign.setPaddingTop(block.spacingBefore());
        sign.addElement(block);
        both.addCell(sign);
        put(both);
    }

    Paragraph body(String text) {
        Paragraph p = PdfBlocks.para(text, f.regular(BODY), Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(28);
        p.setSpacingAfter(4);
        return p;
    }

    Paragraph heading(String text) {
        Paragraph p = PdfBlocks.para(text, f.bold(BODY), Element.ALIGN_LEFT);
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        return p;
    }

    /**
     * The header of Decree 30: the superior agency and the issuer (bold, short rule) top left with the
     * number line under it (none when {@code kind} is null); the national name and motto (bold, rule) top
     * right with the place-date line under it.
     */
    void header(String kind, String dateLine) {
        PdfPTable t = new PdfPTable(new float[] {45, 55});
        t.setWidthPercentage(108);
        t.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell left = PdfBlocks.plainCell();
        float width = (doc.right() - doc.left()) * 1.08f * 0.45f - 4;
        if (!DossierModel.blank(issuer.superior())) {
            left.addElement(PdfBlocks.para(headerName(issuer.superior(), f.regular(12).getBaseFont(), width),
                    f.regular(12), Element.ALIGN_CENTER));
        }
        left.addElement(PdfBlocks.para(headerName(issuer.name(), f.bold(12).getBaseFont(), width), f.bold(12),
                Element.ALIGN_CENTER));
        left.addElement(PdfBlocks.rule(30));
        PdfPCell right = PdfBlocks.plainCell();
        right.addElement(PdfBlocks.para(t("dossier.national.name"), f.bold(12), Element.ALIGN_CENTER));
        right.addElement(PdfBlocks.para(t("dossier.national.motto"), f.bold(13), Element.ALIGN_CENTER));
        right.addElement(PdfBlocks.rule(52));
        t.addCell(left);
        t.addCell(right);
        PdfPCell number = PdfBlocks.plainCell();
        number.setPaddingTop(4);
        if (kind != null) {
            number.addElement(PdfBlocks.para(t("dossier.number", t(kind)), f.regular(13), Element.ALIGN_CENTER));
        }
        PdfPCell date = PdfBlocks.plainCell();
        date.setPaddingTop(4);
        date.addElement(PdfBlocks.para(dateLine, f.italic(13), Element.ALIGN_CENTER));
        t.addCell(number);
        t.addCell(date);
        add(t);
    }

    /** {@link DossierModel#headerName} at 12 pt, worked out once per name and font: a 5,000-page pack repeats the header. */
    private String headerName(String name, BaseFont font, float width) {
        return headerNames.computeIfAbsent(font.getPostscriptFontName() + "|" + width + "|" + name,
                k -> DossierModel.headerName(messages, name, font, 12, width));
    }

    void title(String title, String subject, boolean ruleUnder) {
        Paragraph p = PdfBlocks.para(title, f.bold(14), Element.ALIGN_CENTER);
        p.setSpacingBefore(18);
        add(p);
        if (subject != null) {
            // A subject line (trích yếu) is bold; the "(Kèm theo …)" line of an appendix is italic.
            add(PdfBlocks.para(subject, subject.startsWith("(") ? f.italic(13) : f.bold(13), Element.ALIGN_CENTER));
        }
        if (ruleUnder) {
            add(PdfBlocks.rule(22));
        }
        Paragraph gap = new Paragraph(" ", f.regular(6));
        add(gap);
    }

    /**
     * The "Kính gửi:" block: one addressee on the line, several as a list ("- A;" … "- B.").
     */
    void addressee(List<String> names) {
        PdfPTable to = new PdfPTable(new float[] {22, 78});
        to.setWidthPercentage(85);
        PdfPCell label = PdfBlocks.plainCell();
        label.addElement(PdfBlocks.para(t("dossier.toTrinh.to"), f.regular(BODY), Element.ALIGN_RIGHT));
        PdfPCell cell = PdfBlocks.plainCell();
        cell.setPaddingLeft(6);
        for (int i = 0; i < names.size(); i++) {
            String end = i == names.size() - 1 ? "." : ";";
            cell.addElement(PdfBlocks.para((names.size() > 1 ? "- " : "") + names.get(i) + end, f.regular(BODY),
                    Element.ALIGN_LEFT));
        }
        to.addCell(label);
        to.addCell(cell);
        to.setSpacingAfter(8);
        add(to);
    }

    /** One signature block: the signer's title, the note under it (stamp, "ghi rõ họ tên") and the name. */
    record Signer(String title, String note, String name) {
    }

    /** Recipients (null for none) or a second signer (null for none) bottom left; the signer bottom right. */
    void signature(List<String> recipients, Signer leftSigner, Signer rightSigner) {
        PdfPTable t = new PdfPTable(new float[] {45, 55});
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        t.setKeepTogether(true);
        PdfPCell left = PdfBlocks.plainCell();
        if (recipients != null) {
            left.addElement(PdfBlocks.para(t("dossier.recipients"), f.boldItalic(12), Element.ALIGN_LEFT));
            for (String r : recipients) {
                left.addElement(PdfBlocks.para(r, f.regular(11), Element.ALIGN_LEFT));
            }
        } else if (leftSigner != null) {
            left.addElement(PdfBlocks.para(leftSigner.title(), f.bold(13), Element.ALIGN_CENTER));
            left.addElement(PdfBlocks.para(leftSigner.note(), f.italic(12), Element.ALIGN_CENTER));
            Paragraph space = new Paragraph(" ", f.regular(13));
            space.setSpacingAfter(50);
            left.addElement(space);
            left.addElement(PdfBlocks.para(leftSigner.name(), f.bold(13), Element.ALIGN_CENTER));
        }
        PdfPCell right = PdfBlocks.plainCell();
        right.addElement(PdfBlocks.para(rightSigner.title(), f.bold(13), Element.ALIGN_CENTER));
        right.addElement(PdfBlocks.para(rightSigner.note(), f.italic(12), Element.ALIGN_CENTER));
        Paragraph space = new Paragraph(" ", f.regular(13));
        space.setSpacingAfter(50);
        right.addElement(space);
        right.addElement(PdfBlocks.para(rightSigner.name(), f.bold(13), Element.ALIGN_CENTER));
        if (markSignature) {
            // The space between "(Ký tên, đóng dấu)" and the name: where the digital signature is shown.
            right.setCellEvent((cell, pos, canvases) -> signatureBox = new vn.antq.signing.SignatureBox(
                    writer.getPageNumber(), pos.getLeft() + 12, pos.getBottom() + 24, pos.getRight() - 12,
                    pos.getBottom() + 24 + 52));
        }
        t.addCell(left);
        t.addCell(right);
        keepWithPrevious(t);
    }

    /** A Nơi nhận block on its own, under a signature block that has people on both sides. */
    void recipients(List<String> lines) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(10);
        t.setKeepTogether(true);
        PdfPCell c = PdfBlocks.plainCell();
        c.addElement(PdfBlocks.para(t("dossier.recipients"), f.boldItalic(12), Element.ALIGN_LEFT));
        for (String r : lines) {
            c.addElement(PdfBlocks.para(r, f.regular(11), Element.ALIGN_LEFT));
        }
        t.addCell(c);
        add(t);
    }

    /** The head of the issuer signs (with the stamp) bottom right; the recipients (null for none) bottom left. */
    void headSignature(List<String> recipients) {
        signature(recipients, null, new Signer(issuer.headTitle(), t("dossier.sign.stamp"), issuer.headName()));
    }

    PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, f.bold(TABLE)));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setBackgroundColor(HEADER_FILL);
            c.setPadding(4);
            t.addCell(c);
        }
        return t;
    }

    PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(PdfFonts.phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPaddingTop(2);
        c.setPaddingBottom(4);
        c.setPaddingLeft(3);
        c.setPaddingRight(3);
        return c;
    }

    PdfPCell cell(String text) {
        return cell(text, f.regular(TABLE), Element.ALIGN_LEFT);
    }

    PdfPCell centered(String text) {
        return cell(text, f.regular(TABLE), Element.ALIGN_CENTER);
    }

    // --- page numbers ------------------------------------------------------------------------------------

    /**
     * Decree 30/2020: page numbers in Arabic figures, 13 pt, centred at the top of the page, from the
     * second page of each document (its first page carries none).
     */
    private final class PageNumbers extends PdfPageEventHelper {
        private int startPage = 1;

        void start(PdfWriter w) {
            startPage = w.getPageNumber();
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            int page = w.getPageNumber() - startPage + 1;
            if (page < 2) {
                return;
            }
            String text = Integer.toString(page);
            BaseFont font = PdfFonts.regularBase();
            float size = 13;
            float x = (d.getPageSize().getWidth() - font.getWidthPoint(text, size)) / 2;
            float y = d.getPageSize().getHeight() - 36;
            PdfContentByte cb = w.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(font, size);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
        }
    }
}
