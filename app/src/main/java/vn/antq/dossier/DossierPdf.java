package vn.antq.dossier;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.antq.domain.Progress;
import vn.antq.domain.checklist.ChecklistEvent;
import vn.antq.domain.unit.Commendation;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.StaffPledge;

/**
 * The printable PDF: six documents, each on new pages with its own page numbers, laid out after
 * Decree 30/2020/NĐ-CP (unit and national header, number, place and date, title, body,
 * recipients, signature and stamp block). A4, Liberation Serif embedded (Identity-H).
 */
final class DossierPdf extends DecreeDocument {
    private final DossierModel m;
    private static final int ROWS_PER_FLUSH = 400;
    private static final long MAX_IMAGE_BYTES = 30L * 1024 * 1024;

    private final Progress progress;
    private final EvidenceSource evidence;

    DossierPdf(DossierModel model, Progress progress, EvidenceSource evidence) {
        super(model.messages, model.issuer());
        this.m = model;
        this.progress = progress;
        this.evidence = evidence;
    }

    static boolean isImage(EvidenceFile e) {
        String type = e.mediaType() == null ? "" : e.mediaType().toLowerCase(Locale.ROOT);
        if (type.equals("image/png") || type.equals("image/jpeg") || type.equals("image/jpg")) {
            return true;
        }
        String name = e.originalName() == null ? "" : e.originalName().toLowerCase(Locale.ROOT);
        return type.isEmpty() && (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"));
    }

    void write(OutputStream out) throws IOException {
        try {
            open(out, m.t("dossier.toTrinh.title") + " — " + m.unit.name() + " — " + m.year);
            section();
            toTrinh();
            progress.checkCancelled();
            section();
            baoCao();
            progress.checkCancelled();
            section();
            bienBan();
            progress.checkCancelled();
            section();
            bangDiem();
            progress.checkCancelled();
            section();
            progress.update(4, 6, "");
            danhSach();
            progress.checkCancelled();
            section();
            progress.update(5, 6, "");
            minhChung();
            progress.checkCancelled();
            if (m.request.appendImages()) {
                images();
            }
            close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Where the Tờ trình's signature block was laid out (null before {@link #write}). */
    vn.antq.signing.SignatureBox signatureBox() {
        return signatureBox;
    }

    // --- 1. Tờ trình -------------------------------------------------------------------------------

    /**
     * The Tờ trình. A unit that meets the ANTT standard asks the commune police to submit it to the
     * recognising body for recognition and proposes its classification; a unit that does not asks for
     * no recognition: the document reports the self-assessment and proposes the classification only,
     * to the commune police.
     */
    private void toTrinh() {
        boolean ask = m.anttAchieved;
        header("dossier.toTrinh.kind");
        title(m.t("dossier.toTrinh.title"), m.t(ask ? "dossier.toTrinh.subject" : "dossier.toTrinh.subjectReport",
                m.year), true);
        addressee(ask ? List.of(m.communePolice(), m.recognisingBodyName()) : List.of(m.communePolice()));
        add(body(m.t("dossier.toTrinh.basis1")));
        add(body(m.t("dossier.toTrinh.basis2")));
        ReviewMeeting meeting = m.snapshot.meeting();
        add(body(m.t("dossier.toTrinh.basis3", meeting == null ? m.t("dossier.blank") : m.dateOrBlank(meeting.date()))));
        add(body(m.t("dossier.toTrinh.result", m.unit.name().strip(), m.unitKind(), m.year - 1, m.year, m.criteriaMet,
                m.criteriaTotal, m.request.score().total(), m.request.score().max())));
        String propose = ask ? "dossier.toTrinh.proposeAchieved" : "dossier.toTrinh.proposeNotAchieved";
        add(body(m.t(propose, m.unit.name().strip(), m.communePolice(), m.recognisingBodyName(), m.year,
                m.proposedLevel(), m.request.score().total(), m.request.score().max(), m.unmetCriteria())));
        add(body(m.t("dossier.toTrinh.attachments")));
        add(body(m.t(ask ? "dossier.toTrinh.closing" : "dossier.toTrinh.closingReport", m.communePolice())));
        markSignature = true;
        headSignature(List.of(m.t("dossier.recipients.above"), m.t("dossier.recipients.archive")));
        markSignature = false;
    }

    // --- 2. Báo cáo -------------------------------------------------------------------------------

    private void baoCao() {
        header("dossier.baoCao.kind");
        title(m.t("dossier.baoCao.title"), m.t("dossier.baoCao.subject", m.unitKind(), m.year), true);
        addHeading(heading(m.t("dossier.baoCao.part1")));
        add(body(m.t("dossier.baoCao.situation", m.unit.name().strip(), m.orBlank(m.unit.address()),
                m.snapshot.departments().size(), m.snapshot.staff().size(), m.staffWord())));
        addHeading(heading(m.t("dossier.baoCao.part2")));
        addHeading(heading(m.t("dossier.baoCao.checklist")));
        if (m.checkRows.isEmpty()) {
            add(body(m.t("dossier.checklist.none")));
        } else {
            PdfPTable t = table(new float[] {7, 55, 11, 32}, m.t("dossier.col.tt"), m.t("dossier.col.criterion"),
                    m.t("dossier.col.result"), m.t("dossier.col.done"));
            for (DossierModel.CheckRow r : m.checkRows) {
                Font font = r.part() ? f.regular(TABLE) : f.bold(TABLE);
                t.addCell(cell(r.label(), font, Element.ALIGN_CENTER));
                t.addCell(cell(r.text(), r.part() ? f.regular(TABLE) : f.bold(TABLE), Element.ALIGN_LEFT));
                t.addCell(cell(m.answerText(r), font, Element.ALIGN_CENTER));
                t.addCell(cell(r.note(), f.regular(10), Element.ALIGN_LEFT));
            }
            add(t);
        }
        events();
        addHeading(heading(m.t("dossier.baoCao.rubric")));
        add(scoreTable());
        addHeading(heading(m.t("dossier.baoCao.registration")));
        String registered = m.snapshot.year().registered()
                ? m.t("dossier.registration.yes") + " (" + DossierModel.date(m.snapshot.year().registeredOn()) + ")"
                : m.t("dossier.registration.no");
        add(body(m.t("dossier.baoCao.registrationText", registered, m.departmentsRegistered,
                m.snapshot.departments().size(), m.staffSigned, m.snapshot.staff().size(),
                m.percent(m.staffSigned, m.snapshot.staff().size()))));
        addHeading(heading(m.t("dossier.baoCao.commendations")));
        if (m.snapshot.commendations().isEmpty()) {
            add(body(m.t("dossier.baoCao.noCommendations")));
        }
        for (Commendation c : m.snapshot.commendations()) {
            add(body(m.t("dossier.baoCao.commendation", m.orBlank(c.title()), m.orBlank(c.recipient()),
                    m.orBlank(c.decisionNumber()), m.dateOrBlank(c.date()), m.orBlank(c.issuer()))));
        }
        addHeading(heading(m.t("dossier.baoCao.part3")));
        add(body(m.t("dossier.baoCao.total", m.request.score().total(), m.request.score().max(), m.proposedLevel())));
        add(body(m.t("dossier.baoCao.profile", m.profileName()
                + (m.profileNote().isEmpty() ? "" : " — " + m.profileNote()))));
        add(body(m.t("dossier.baoCao.antt", m.anttText())));
        addHeading(heading(m.t("dossier.baoCao.part4", m.year + 1)));
        add(body(m.t("dossier.baoCao.plan", m.staffWord())));
        headSignature(m.anttAchieved
                ? List.of("- " + m.communePolice() + ";", "- " + m.recognisingBodyName() + ";",
                        m.t("dossier.recipients.archive"))
                : List.of("- " + m.communePolice() + ";", m.t("dossier.recipients.archive")));
    }

    private void events() {
        if (m.snapshot.events().isEmpty()) {
            add(body(m.t("dossier.checklist.noEvents")));
            return;
        }
        add(PdfBlocks.para(m.t("dossier.checklist.events"), f.italic(BODY), Element.ALIGN_LEFT));
        PdfPTable t = table(new float[] {14, 40, 12, 44}, m.t("dossier.col.eventDate"), m.t("dossier.col.event"),
                m.t("dossier.col.excused"), m.t("dossier.col.description"));
        for (ChecklistEvent e : m.snapshot.events()) {
            t.addCell(centered(DossierModel.date(e.date())));
            t.addCell(cell(m.eventLabel(e.eventCode())));
            t.addCell(centered(m.t(e.excused() ? "dossier.yes" : "dossier.no")));
            t.addCell(cell(m.inPeriod(e) ? e.description()
                    : DossierModel.nz(e.description()) + " " + m.t("dossier.checklist.outsidePeriod")));
        }
        add(t);
    }

    /** The scoring table: items bold, sub-items under them, the total and the proposed classification. */
    private PdfPTable scoreTable() {
        PdfPTable t = table(new float[] {7, 49, 12, 12, 30}, m.t("dossier.col.tt"), m.t("dossier.col.content"),
                m.t("dossier.col.max"), m.t("dossier.col.points"), m.t("dossier.col.note"));
        for (DossierModel.ScoreRow r : m.scoreRows) {
            Font font = r.child() ? f.regular(TABLE) : f.bold(TABLE);
            t.addCell(cell(m.ttLabel(r), font, Element.ALIGN_CENTER));
            t.addCell(cell(r.item().title().in(m.messages.locale()), font, Element.ALIGN_LEFT));
            t.addCell(cell(Integer.toString(r.item().max()), font, Element.ALIGN_CENTER));
            t.addCell(cell(Integer.toString(r.points()), font, Element.ALIGN_CENTER));
            t.addCell(cell(r.note(), f.regular(10), Element.ALIGN_LEFT));
        }
        t.addCell(cell("", f.bold(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell(m.t("dossier.score.total"), f.bold(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell(Integer.toString(m.request.score().max()), f.bold(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell(Integer.toString(m.request.score().total()), f.bold(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell("", f.bold(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell("", f.bold(TABLE), Element.ALIGN_CENTER));
        t.addCell(cell(m.t("dossier.score.classification"), f.bold(TABLE), Element.ALIGN_CENTER));
        PdfPCell level = cell(m.levelLabel(), f.bold(TABLE), Element.ALIGN_CENTER);
        level.setColspan(3);
        t.addCell(level);
        return t;
    }

    /** The header dated with the documents' date (the Tờ trình's, the report's, the tables'). */
    private void header(String kind) {
        header(kind, m.dateLine());
    }

    // --- 3. Biên bản ----------------------------------------------------------------------------------

    private void bienBan() {
        MinutesText mt = new MinutesText(m);
        // the minutes are dated with the meeting, not with the export
        header("dossier.bienBan.kind", mt.dateLine());
        title(m.t("dossier.bienBan.title"), m.t("dossier.bienBan.subject", m.unitKind(), m.year), true);
        if (!mt.recorded()) {
            add(PdfBlocks.para(m.t("dossier.bienBan.notRecorded"), f.italic(12), Element.ALIGN_CENTER));
        }
        add(body(mt.startLine()));
        add(body(mt.locationLine()));
        addHeading(heading(m.t("dossier.bienBan.participants")));
        for (MinutesText.RoleLines role : mt.attendees()) {
            String roleName = role.label() + ": ";
            if (role.people().size() <= 1) {
                // one person (or a blank to fill in): on the role's line
                Paragraph p = new Paragraph();
                p.setLeading(BODY * 1.25f);
                p.add(new Chunk(roleName, f.italic(BODY)));
                p.add(PdfFonts.phrase(role.people().isEmpty() ? mt.blankPerson() : role.people().get(0),
                        f.regular(BODY)));
                p.setIndentationLeft(14);
                add(p);
                continue;
            }
            Paragraph p = PdfBlocks.para(roleName, f.italic(BODY), Element.ALIGN_LEFT);
            p.setIndentationLeft(14);
            add(p);
            for (String person : role.people()) {
                Paragraph q = PdfBlocks.para(m.t("dossier.bienBan.person", person), f.regular(BODY), Element.ALIGN_LEFT);
                q.setIndentationLeft(28);
                add(q);
            }
        }
        addHeading(heading(m.t("dossier.bienBan.contents")));
        add(body(m.t("dossier.bienBan.report", m.unitKind(), m.year, m.criteriaMet, m.criteriaTotal,
                m.request.score().total(), m.request.score().max(), m.levelLabel())));
        List<String> opinions = mt.opinions();
        if (!opinions.isEmpty()) {
            addHeading(heading(m.t("dossier.bienBan.opinions")));
            for (String line : opinions) {
                add(body(line));
            }
        }
        addHeading(heading(m.t("dossier.bienBan.conclusions")));
        // generated from the outcome; what the meeting added follows, never replaces it
        add(body(m.generatedConclusion()));
        ReviewMeeting meeting = m.snapshot.meeting();
        if (meeting != null && !DossierModel.blank(meeting.conclusions())) {
            add(body(m.t("dossier.bienBan.conclusionMore")));
            for (String line : meeting.conclusions().strip().split("\\R")) {
                add(body(line));
            }
        }
        add(body(mt.voteLine()));
        add(body(mt.endLine()));
        signature(null, new Signer(m.t("dossier.sign.secretary"), m.t("dossier.sign.name"), mt.secretaryName()),
                new Signer(m.t("dossier.sign.chair"), m.t("dossier.sign.stamp"), mt.chairName()));
        recipients(mt.recipients());
    }

    // --- 4. Bảng tự chấm điểm --------------------------------------------------------------------------

    private void bangDiem() {
        header(null);
        title(m.t("dossier.score.title", m.year), attached(), false);
        String version = DossierModel.nz(m.request.rubric().version());
        if (!version.isEmpty()) {
            add(PdfBlocks.para(m.t("dossier.score.basis", version), f.italic(12), Element.ALIGN_CENTER));
        }
        add(scoreTable());
        add(PdfBlocks.para(m.t("dossier.score.profile", m.profileName()), f.bold(12), Element.ALIGN_LEFT));
        for (String line : m.thresholdLines()) {
            Paragraph p = PdfBlocks.para("- " + line, f.regular(12), Element.ALIGN_LEFT);
            p.setIndentationLeft(14);
            add(p);
        }
        if (!m.profileNote().isEmpty()) {
            add(PdfBlocks.para(m.t("dossier.pdf.profileNote", m.profileNote()), f.italic(12), Element.ALIGN_LEFT));
        }
        headSignature(null);
    }

    private String attached() {
        return m.t("dossier.attached", DossierModel.date(m.request.documentDate()), m.unit.name().strip());
    }

    // --- 5. Danh sách ký cam kết và phòng ban ------------------------------------------------------------

    private void danhSach() {
        header(null);
        title(m.t("dossier.departments.title", m.year), attached(), false);
        if (m.snapshot.departments().isEmpty()) {
            add(body(m.t("dossier.departments.none")));
        } else {
            PdfPTable t = table(new float[] {7, 38, 17, 13, 9, 8, 10}, m.t("dossier.col.stt"),
                    m.t("dossier.col.department"), m.t("dossier.col.registration"), m.t("dossier.col.date"),
                    m.t("dossier.col.staffCount"), m.t("dossier.col.staffSigned"), m.t("dossier.col.percent"));
            int n = 1;
            int staff = 0;
            int signed = 0;
            for (DepartmentYear d : m.snapshot.departments()) {
                t.addCell(centered(Integer.toString(n++)));
                t.addCell(cell(d.department().name()));
                t.addCell(centered(m.t(d.registered() ? "dossier.registration.yes" : "dossier.registration.no")));
                t.addCell(centered(DossierModel.date(d.date())));
                t.addCell(centered(Integer.toString(d.staffCount())));
                t.addCell(centered(Integer.toString(d.staffSigned())));
                t.addCell(centered(m.percent(d.staffSigned(), d.staffCount())));
                staff += d.staffCount();
                signed += d.staffSigned();
            }
            t.addCell(cell("", f.bold(TABLE), Element.ALIGN_CENTER));
            t.addCell(cell(m.t("dossier.departments.total"), f.bold(TABLE), Element.ALIGN_LEFT));
            t.addCell(cell(m.departmentsRegistered + "/" + m.snapshot.departments().size(), f.bold(TABLE),
                    Element.ALIGN_CENTER));
            t.addCell(cell("", f.bold(TABLE), Element.ALIGN_CENTER));
            t.addCell(cell(Integer.toString(staff), f.bold(TABLE), Element.ALIGN_CENTER));
            t.addCell(cell(Integer.toString(signed), f.bold(TABLE), Element.ALIGN_CENTER));
            t.addCell(cell(m.percent(signed, staff), f.bold(TABLE), Element.ALIGN_CENTER));
            add(t);
        }
        Paragraph p = PdfBlocks.para(m.t("dossier.pledges.title", m.year), f.bold(13), Element.ALIGN_CENTER);
        p.setSpacingBefore(12);
        add(p);
        add(PdfBlocks.para(m.t("dossier.pledges.summary", m.snapshot.staff().size(), m.staffSigned,
                m.percent(m.staffSigned, m.snapshot.staff().size()), m.snapshot.staff().size() - m.staffSigned),
                f.italic(12), Element.ALIGN_CENTER));
        PdfPTable t = table(new float[] {8, 34, 24, 16, 14}, m.t("dossier.col.stt"), m.t("dossier.col.name"),
                m.t("dossier.col.position"), m.t("dossier.col.signDate"), m.t("dossier.col.signed"));
        t.setComplete(false);
        String yes = m.t("dossier.pledge.signed");
        String no = m.t("dossier.pledge.unsigned");
        Font regular = f.regular(TABLE);
        int n = 1;
        int rows = 0;
        for (Map.Entry<String, List<StaffPledge>> group : m.staffByDepartment().entrySet()) {
            long groupSigned = group.getValue().stream().filter(StaffPledge::signed).count();
            PdfPCell g = cell(m.t("dossier.pledges.group", group.getKey(), groupSigned, group.getValue().size()),
                    f.bold(TABLE), Element.ALIGN_LEFT);
            g.setColspan(5);
            g.setBackgroundColor(GROUP_FILL);
            t.addCell(g);
            for (StaffPledge s : group.getValue()) {
                t.addCell(cell(Integer.toString(n++), regular, Element.ALIGN_CENTER));
                t.addCell(cell(s.staff().fullName(), regular, Element.ALIGN_LEFT));
                t.addCell(cell(s.staff().position(), regular, Element.ALIGN_LEFT));
                t.addCell(cell(DossierModel.date(s.date()), regular, Element.ALIGN_CENTER));
                t.addCell(cell(s.signed() ? yes : no, regular, Element.ALIGN_CENTER));
                if (++rows % ROWS_PER_FLUSH == 0) {
                    progress.checkCancelled();
                    progress.update(4L * m.snapshot.staff().size() + rows, 6L * m.snapshot.staff().size(), "");
                    add(t);
                }
            }
        }
        t.setComplete(true);
        add(t);
        // the list's closing line: the signature block below is kept on one page with it
        add(body(m.t("dossier.pledges.closing", m.snapshot.staff().size(), m.staffSigned)));
        headSignature(null);
    }

    // --- 6. Danh mục minh chứng -------------------------------------------------------------------------

    private void minhChung() {
        header(null);
        title(m.t("dossier.evidence.title", m.year), attached(), false);
        if (m.plan.evidence().isEmpty()) {
            add(body(m.t("dossier.evidence.none")));
        } else {
            PdfPTable t = table(new float[] {7, 22, 20, 16, 10, 33}, m.t("dossier.col.stt"),
                    m.t("dossier.col.packageName"), m.t("dossier.col.originalName"), m.t("dossier.col.supports"),
                    m.t("dossier.col.size"), m.t("dossier.col.sha"));
            for (PackedEvidence e : m.plan.evidence()) {
                String state = m.evidenceState(e);
                t.addCell(centered(Integer.toString(e.index())));
                t.addCell(cell(e.fileName() + (state.isEmpty() ? "" : "\n(" + state + ")"), f.regular(10),
                        Element.ALIGN_LEFT));
                t.addCell(cell(e.file().originalName(), f.regular(10), Element.ALIGN_LEFT));
                t.addCell(cell(m.supports(e), f.regular(10), Element.ALIGN_LEFT));
                t.addCell(cell(String.format(Locale.ROOT, "%,d", e.file().size()).replace(',', '.'), f.regular(10),
                        Element.ALIGN_RIGHT));
                String sha = e.file().sha256() == null ? "" : e.file().sha256();
                String shaLines = sha.length() == 64 ? sha.substring(0, 32) + "\n" + sha.substring(32) : sha;
                t.addCell(cell(shaLines, f.mono(6.5f), Element.ALIGN_LEFT));
            }
            add(t);
            add(body(m.t("dossier.evidence.closing", m.plan.evidence().size())));
        }
        headSignature(null);
    }

    /** Image evidence (PNG/JPEG) appended as pages, scaled to fit, each with its caption. */
    private void images() throws IOException {
        for (PackedEvidence e : m.plan.evidence()) {
            if (!e.included() || !isImage(e.file()) || e.file().size() > MAX_IMAGE_BYTES) {
                continue;
            }
            progress.checkCancelled();
            byte[] bytes;
            try (InputStream in = evidence.open(e.file().sha256())) {
                bytes = in.readNBytes((int) MAX_IMAGE_BYTES + 1);
            }
            Image image;
            try {
                image = Image.getInstance(bytes);
            } catch (IOException | RuntimeException ex) {
                continue;
            }
            section();
            add(PdfBlocks.para(m.t("dossier.evidence.image", e.index(), e.file().originalName()), f.bold(12),
                    Element.ALIGN_CENTER));
            float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
            float height = doc.getPageSize().getHeight() - doc.topMargin() - doc.bottomMargin() - 40;
            image.scaleToFit(width, height);
            image.setAlignment(Image.ALIGN_CENTER);
            add(image);
        }
    }
}
