package vn.antq.dossier;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.antq.domain.Progress;
import vn.antq.domain.unit.StaffPledge;

/**
 * One printable bản cam kết per person, a page each, in one PDF — what a clerk makes today with a
 * Word mail merge: the person's name, position and department, the unit and the year prefilled, the
 * commitments from the bundle, the signature block with the name. Dated with the person's pledge
 * date when the records have it, else blank to fill in by hand. People come by department and
 * Vietnamese name order, as on the signing sheets, so the forms can be handed out department by
 * department.
 *
 * <p>The commitments are the same on every page: they are laid out once into a form XObject (a
 * {@link PdfTemplate}) that each page places, so a 5,000-page PDF lays out and stores them once; the
 * text stays text (selectable, searchable, extracted as usual).
 */
final class PledgeFormsPdf extends DecreeDocument {
    private final DossierModel m;
    private static final int PROGRESS_EVERY = 100;

    private final Progress progress;

    PledgeFormsPdf(DossierModel model, Progress progress) {
        super(model.messages, model.issuer());
        this.m = model;
        this.progress = progress;
    }

    /** Writes the forms; returns how many pages (people) it wrote. */
    int write(OutputStream out) throws IOException {
        int pages = 0;
        try {
            open(out, m.t("registration.pledge.title") + " — " + m.unit.name() + " — " + m.year);
            String unit = m.unit.name().strip();
            // the commitments are the same on every page: worked out once
            List<String> items = List.of(m.t("registration.pledge.items", unit, m.unitKind(), m.year).split("\\|"));
            String title = m.t("registration.pledge.title");
            String subject = m.t("registration.pledge.subject", m.year);
            String lead = m.t("registration.pledge.lead", m.year);
            String closing = m.t("registration.pledge.closing");
            Image commitments = commitments(lead, items);
            long total = m.snapshot.staff().size();
            for (RegistrationPdf.Group g : RegistrationPdf.groups(m)) {
                for (StaffPledge s : g.staff()) {
                    section();
                    form(s, g.name(), unit, title, subject, commitments, closing);
                    if (++pages % PROGRESS_EVERY == 0) {
                        progress.checkCancelled();
                        progress.update(pages, total, "");
                    }
                }
            }
            if (pages == 0) {
                // no staff recorded: one blank form to fill in by hand rather than an empty file
                section();
                form(null, m.t("dossier.blank"), unit, title, subject, commitments, closing);
            }
            close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return pages;
    }

    private void form(StaffPledge s, String department, String unit, String title, String subject, Image commitments,
            String closing) {
        // the pledge's own date when recorded (signed, with a date); else blank to fill in by hand
        header(null, m.dateLine(s != null && s.signed() ? s.date() : null));
        title(title, subject, true);
        add(field(m.t("registration.pledge.name", s == null ? m.t("dossier.blank") : s.staff().fullName())));
        add(field(m.t("registration.pledge.position", s == null ? m.t("dossier.blank") : m.orBlank(s.staff().position()))));
        add(field(m.t("registration.pledge.department", department)));
        add(field(m.t("registration.pledge.unit", unit)));
        add(commitments);
        add(body(closing));
        signature(null, null, new Signer(m.t("registration.pledge.signer"), m.t("dossier.sign.name"),
                s == null ? m.t("dossier.blank") : s.staff().fullName()));
    }

    /** The lead line and the numbered commitments, laid out once at the text width into a template placed on every page. */
    private Image commitments(String lead, List<String> items) throws DocumentException {
        float width = doc.right() - doc.left();
        ColumnText measure = new ColumnText(null);
        measure.setSimpleColumn(0, 0, width, 10_000);
        paragraphs(measure, lead, items);
        measure.go(true);
        float height = 10_000 - measure.getYLine() + 4;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        ColumnText text = new ColumnText(template);
        text.setSimpleColumn(0, 0, width, height);
        paragraphs(text, lead, items);
        text.go();
        Image block = Image.getInstance(template);
        block.setAlignment(Image.ALIGN_LEFT);
        return block;
    }

    private void paragraphs(ColumnText column, String lead, List<String> items) {
        column.addElement(body(lead));
        for (int i = 0; i < items.size(); i++) {
            Paragraph p = PdfBlocks.para((i + 1) + ". " + items.get(i).strip(), f.regular(BODY), Element.ALIGN_JUSTIFIED);
            p.setIndentationLeft(14);
            p.setSpacingAfter(3);
            column.addElement(p);
        }
    }

    private Paragraph field(String text) {
        Paragraph p = PdfBlocks.para(text, f.regular(BODY), Element.ALIGN_LEFT);
        p.setIndentationLeft(28);
        p.setSpacingAfter(2);
        return p;
    }
}
