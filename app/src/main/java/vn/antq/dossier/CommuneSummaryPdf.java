package vn.antq.dossier;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
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
 * The commune police's summary PDF, laid out after Decree 30/2020/NĐ-CP through {@link DecreeDocument}
 * (the same header, signature and page numbers as the units' documents, the commune police as the
 * issuer): (a) the units proposed to the People's Committee for recognition as meeting the ANTT
 * standard, (b) the report of the classification results (counts by level and unit type, then the list
 * by level), each a document of its own signed by the head of the commune police — like the annexes of
 * a provincial classification decision.
 */
public final class CommuneSummaryPdf extends DecreeDocument {
    private final CommuneSummary s;
    private final LocalDate date;

    public CommuneSummaryPdf(CommuneSummary summary, Messages messages, LocalDate date) {
        super(messages, issuer(summary.commune(), messages));
        this.s = summary;
        this.date = date;
    }

    /** The commune police as the issuer: its name under its superior; its head signs ("TRƯỞNG CÔNG AN" when untitled). */
    private static Issuer issuer(Commune c, Messages messages) {
        String blank = messages.get("dossier.blank");
        String title = DossierModel.blank(c.headTitle()) ? messages.get("summary.head") : c.headTitle().strip();
        return new Issuer(c.superior(), DossierModel.blank(c.police()) ? blank : c.police().strip(),
                title.toUpperCase(messages.locale()), DossierModel.blank(c.headName()) ? blank : c.headName().strip());
    }

    public void write(OutputStream out) throws IOException {
        try {
            open(out, t("summary.title", String.valueOf(s.year())));
            section();
            proposals();
            section();
            report();
            close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Commune c() {
        return s.commune();
    }

    private String police() {
        return DossierModel.blank(c().police()) ? t("dossier.blank") : c().police().strip();
    }

    private String commune() {
        return DossierModel.blank(c().commune()) ? t("dossier.blank") : c().commune().strip();
    }

    /** The header dated with the summary's day, at the commune's place. */
    private void header(String kindKey) {
        header(kindKey, dateLine(messages, c().place(), date));
    }

    private PdfPTable headedTable(float[] widths, String... headerKeys) {
        String[] headers = new String[headerKeys.length];
        for (int i = 0; i < headerKeys.length; i++) {
            headers[i] = t(headerKeys[i]);
        }
        return table(widths, headers);
    }

    // --- (a) the proposals ---------------------------------------------------------------------------

    private void proposals() {
        header("summary.kind.proposal");
        title(t("summary.proposal.title"), t("summary.proposal.subject", commune(), String.valueOf(s.year())), true);
        add(body(t("summary.proposal.intro", police(), s.proposed().size(), commune(), String.valueOf(s.year()))));
        PdfPTable t = headedTable(new float[] {7, 47, 18, 12, 16}, "summary.col.no", "summary.col.unit",
                "summary.col.type", "summary.col.total", "summary.col.level");
        int i = 1;
        for (ReceivedPackage p : s.proposed()) {
            row(t, i++, p);
        }
        if (s.proposed().isEmpty()) {
            PdfPCell none = cell(t("summary.none"), f.italic(TABLE), Element.ALIGN_CENTER);
            none.setColspan(5);
            t.addCell(none);
        }
        add(t);
        // a closing sentence: the signature is kept with it, never alone at the top of a page (Decree 30)
        add(body(s.proposed().isEmpty()
                ? t("summary.proposal.closingNone", police(), commune(), String.valueOf(s.year()))
                : t("summary.proposal.closing", police(), commune())));
        headSignature(List.of(t("summary.recipients.committee", commune()), t("dossier.recipients.archive")));
    }

    // --- (b) the classification report ---------------------------------------------------------------

    private void report() {
        header("summary.kind.report");
        title(t("summary.report.title"), t("summary.report.subject", commune(), String.valueOf(s.year())), true);
        add(body(t("summary.report.intro", police(), s.units().size(), s.counted(), String.valueOf(s.year()))));
        StringBuilder levels = new StringBuilder();
        for (Classification c : Classification.values()) {
            if (levels.length() > 0) {
                levels.append(", ");
            }
            levels.append(String.format("%02d", s.count(c))).append(' ').append(t("receiver.level." + c.name()));
        }
        add(body(t("summary.report.counts", levels.toString())));
        add(heading(t("summary.report.byType")));
        PdfPTable counts = headedTable(new float[] {34, 13, 13, 13, 13, 14}, "summary.col.type",
                "receiver.level.XUAT_SAC", "receiver.level.KHA", "receiver.level.TRUNG_BINH", "receiver.level.YEU",
                "summary.col.sum");
        int[] sums = new int[5];
        for (UnitType t : UnitType.values()) {
            counts.addCell(cell(t("dossier.unitType." + t.name()), f.regular(TABLE), Element.ALIGN_LEFT));
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
        counts.addCell(cell(t("summary.col.sum"), f.bold(TABLE), Element.ALIGN_LEFT));
        for (int n : sums) {
            counts.addCell(cell(Integer.toString(n), f.bold(TABLE), Element.ALIGN_CENTER));
        }
        add(counts);
        add(heading(t("summary.report.byLevel")));
        int i = 1;
        for (Classification c : Classification.values()) {
            List<ReceivedPackage> list = s.byLevel().get(c);
            add(heading(t("summary.report.level", roman(i++), t("receiver.level." + c.name()), list.size())));
            if (list.isEmpty()) {
                continue;
            }
            PdfPTable t = headedTable(new float[] {7, 47, 18, 12, 16}, "summary.col.no", "summary.col.unit",
                    "summary.col.type", "summary.col.total", "summary.col.antt");
            int n = 1;
            for (ReceivedPackage p : list) {
                t.addCell(cell(Integer.toString(n++), f.regular(TABLE), Element.ALIGN_CENTER));
                t.addCell(cell(p.unitName(), f.regular(TABLE), Element.ALIGN_LEFT));
                t.addCell(cell(t("dossier.unitType." + p.unitType().name()), f.regular(TABLE), Element.ALIGN_LEFT));
                t.addCell(cell(p.total() + "/" + p.max(), f.regular(TABLE), Element.ALIGN_CENTER));
                t.addCell(cell(t(p.antt() ? "summary.yes" : "summary.no"), f.regular(TABLE), Element.ALIGN_CENTER));
            }
            add(t);
        }
        if (!s.notCounted().isEmpty()) {
            add(heading(t("summary.report.notCounted", s.notCounted().size())));
            PdfPTable t = headedTable(new float[] {7, 45, 48}, "summary.col.no", "summary.col.unit", "summary.col.verdict");
            int n = 1;
            for (ReceivedPackage p : s.notCounted()) {
                t.addCell(cell(Integer.toString(n++), f.regular(TABLE), Element.ALIGN_CENTER));
                t.addCell(cell(p.unitName(), f.regular(TABLE), Element.ALIGN_LEFT));
                t.addCell(cell(t("receiver.verdict." + p.verdict()), f.regular(TABLE), Element.ALIGN_LEFT));
            }
            add(t);
        }
        add(body(t("summary.report.closing", police(), commune(), String.valueOf(s.year()))));
        headSignature(List.of(t("summary.recipients.committee", commune()), t("summary.recipients.superior"),
                t("dossier.recipients.archive")));
    }

    private static String roman(int i) {
        return new String[] {"", "I", "II", "III", "IV", "V"}[Math.min(i, 5)];
    }

    private void row(PdfPTable t, int i, ReceivedPackage p) {
        t.addCell(cell(Integer.toString(i), f.regular(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell(p.unitName(), f.regular(TABLE), Element.ALIGN_LEFT));
        t.addCell(cell(t("dossier.unitType." + p.unitType().name()), f.regular(TABLE), Element.ALIGN_LEFT));
        t.addCell(cell(p.total() + "/" + p.max(), f.regular(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell(t("receiver.level." + p.classification()), f.regular(TABLE), Element.ALIGN_CENTER));
    }
}
