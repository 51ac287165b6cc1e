package vn.antq.dossier;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;

/**
 * The small building blocks of a Decree 30 page shared by the unit's dossier ({@link DossierPdf}) and
 * the commune's summary ({@link CommuneSummaryPdf}): a paragraph printed through the font fallback
 * chain, the short rule under a header line, and a borderless cell.
 */
final class PdfBlocks {
    private PdfBlocks() {
    }

    /** A paragraph of {@code text}, characters the font lacks printed with a fallback font ({@link PdfFonts#phrase}). */
    static Paragraph para(String text, Font font, int align) {
        Paragraph p = new Paragraph(PdfFonts.phrase(text, font));
        p.setAlignment(align);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }

    /** A centred rule of {@code percent} of the width, drawn just under the line above. */
    static Paragraph rule(float percent) {
        // The separator is drawn at the paragraph's baseline: a leading of 8 puts it just under the text
        // above, clear of the dots below capitals (Ị, Ạ).
        Paragraph p = new Paragraph(new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0)));
        p.setLeading(8);
        p.setSpacingAfter(4);
        return p;
    }

    /** A table cell with no border and no padding, for laying out blocks side by side. */
    static PdfPCell plainCell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }
}
