package vn.antq.dossier;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.domain.Progress;
import vn.antq.domain.VietnameseText;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.StaffPledge;

/**
 * The registration pack's documents of the first quarter, in one PDF, each on new pages with its
 * own page numbers (Decree 30 layout through {@link DecreeDocument}):
 * <ol>
 *   <li>the bản đăng ký phấn đấu đạt tiêu chuẩn "An toàn về an ninh, trật tự" (Circular 124,
 *       Điều 9.2.a), the criteria of the unit's article listed from the checklist's data, dated with
 *       the unit's registration date as recorded (blank to fill in by hand when none is);</li>
 *   <li>the departments' registrations: which registered, on which date, which did not;</li>
 *   <li>a pledge signing sheet per department: STT, name, position and a blank signature column.</li>
 * </ol>
 * The pledge form of each person is {@link PledgeFormsPdf}.
 */
final class RegistrationPdf extends DecreeDocument {
    private final DossierModel m;
    /** Height of a signing row: room for a handwritten signature. */
    private static final float SIGN_ROW = 26f;
    private static final int ROWS_PER_FLUSH = 400;

    private final Progress progress;
    private final LocalDate listDate;

    /**
     * @param listDate the date the departments' list carries: the year's document date when the records
     *                 have one (or one given), else null (printed blank)
     */
    RegistrationPdf(DossierModel model, LocalDate listDate, Progress progress) {
        super(model.messages, model.issuer());
        this.m = model;
        this.listDate = listDate;
        this.progress = progress;
    }

    /** The staff of one department (or of none), in Vietnamese name order. */
    record Group(String name, List<StaffPledge> staff) {
    }

    /**
     * The staff by department: departments in Vietnamese order, people in each by Vietnamese name
     * order (given name first, as staff lists are); staff without a department last.
     */
    static List<Group> groups(DossierModel m) {
        Comparator<String> order = VietnameseText.order();
        List<DepartmentYear> departments = new ArrayList<>(m.snapshot.departments());
        departments.sort(Comparator.comparing(d -> d.department().name(), order));
        Map<Long, List<StaffPledge>> byId = new LinkedHashMap<>();
        List<StaffPledge> none = new ArrayList<>();
        for (DepartmentYear d : departments) {
            byId.put(d.department().id(), new ArrayList<>());
        }
        for (StaffPledge p : m.snapshot.staff()) {
            Long id = p.staff().departmentId();
            List<StaffPledge> list = id == null ? null : byId.get(id);
            (list == null ? none : list).add(p);
        }
        Comparator<StaffPledge> byName = Comparator.comparing(p -> p.staff().fullName(), VietnameseText.nameOrder());
        List<Group> out = new ArrayList<>();
        for (DepartmentYear d : departments) {
            List<StaffPledge> staff = byId.get(d.department().id());
            if (!staff.isEmpty()) {
                staff.sort(byName);
                out.add(new Group(d.department().name().strip(), staff));
            }
        }
        if (!none.isEmpty()) {
            none.sort(byName);
            out.add(new Group(m.t("dossier.pledges.noDepartment"), none));
        }
        return out;
    }

    void write(OutputStream out) throws IOException {
        try {
            open(out, m.t("registration.form.title") + " — " + m.unit.name() + " — " + m.year);
            section();
            form();
            progress.checkCancelled();
            section();
            departments();
            progress.checkCancelled();
            List<Group> groups = groups(m);
            long total = Math.max(1, m.snapshot.staff().size());
            long done = 0;
            for (Group g : groups) {
                section();
                sheet(g, done, total);
                done += g.staff().size();
                progress.checkCancelled();
                progress.update(done, total, "");
            }
            close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    // --- 1. Bản đăng ký --------------------------------------------------------------------------------

    private void form() {
        // dated with the unit's registration as recorded; blank (to fill in by hand) when none is
        header(null, m.dateLine(m.snapshot.year().registeredOn()));
        title(m.t("registration.form.title"), m.t("registration.form.subject", m.year), true);
        addressee(List.of(m.communePolice(), m.recognisingBodyName()));
        add(body(m.t("dossier.toTrinh.basis1")));
        add(body(m.t("registration.form.basis2", m.unitKind())));
        String unit = m.unit.name().strip();
        add(body(m.t("registration.form.lead", unit, m.year)));
        criteria();
        add(body(m.t("registration.form.measuresLead", unit)));
        for (String line : m.t("registration.form.measures", m.year, m.staffWord(), m.communePolice()).split("\\|")) {
            add(item("- " + line.strip()));
        }
        add(body(m.t("registration.form.closing", m.communePolice(), unit)));
        headSignature(List.of(m.t("dossier.recipients.above"), m.t("dossier.recipients.archive")));
    }

    /**
     * The criteria of the unit's article as the checklist's data words them, one numbered paragraph
     * each as the Circular prints them: a criterion the data splits into parts (for answering) is printed
     * as its parts joined back into one sentence; what does not apply to the unit is left out.
     */
    private void criteria() {
        List<ChecklistSheet.Criterion> rows = m.request.checklist().criteria();
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            ChecklistSheet.Criterion c = rows.get(i);
            if (c.part() || c.kind() == ChecklistSheet.Kind.NOT_APPLICABLE) {
                continue;
            }
            String text = c.text().strip();
            if (c.kind() == ChecklistSheet.Kind.HEADING) {
                List<String> parts = new ArrayList<>();
                for (int j = i + 1; j < rows.size() && rows.get(j).part(); j++) {
                    if (rows.get(j).kind() != ChecklistSheet.Kind.NOT_APPLICABLE) {
                        parts.add(trimEnd(rows.get(j).text()));
                    }
                }
                if (!parts.isEmpty()) {
                    String joined = String.join("; ", parts);
                    text = Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
                }
            }
            any = true;
            add(item(c.label() + ". " + trimEnd(text) + "."));
        }
        if (!any) {
            add(item(m.t("registration.form.noCriteria")));
        }
    }

    /** A clause without its closing punctuation, so clauses can be joined and closed once. */
    private static String trimEnd(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    private Paragraph item(String text) {
        Paragraph p = PdfBlocks.para(text, f.regular(BODY), Element.ALIGN_JUSTIFIED);
        p.setIndentationLeft(14);
        p.setSpacingAfter(3);
        return p;
    }

    // --- 2. Danh sách phòng, ban đăng ký ---------------------------------------------------------------

    private void departments() {
        header(null, m.dateLine(listDate()));
        title(m.t("registration.departments.title", m.year), m.t("registration.departments.subject",
                m.unit.name().strip()), false);
        List<DepartmentYear> departments = new ArrayList<>(m.snapshot.departments());
        departments.sort(Comparator.comparing(d -> d.department().name(), VietnameseText.order()));
        if (departments.isEmpty()) {
            add(body(m.t("registration.departments.none")));
            headSignature(null);
            return;
        }
        PdfPTable t = table(new float[] {8, 46, 12, 18, 16}, m.t("dossier.col.stt"), m.t("dossier.col.department"),
                m.t("registration.col.staff"), m.t("registration.col.registered"), m.t("registration.col.registeredOn"));
        int n = 1;
        int staff = 0;
        int registered = 0;
        for (DepartmentYear d : departments) {
            t.addCell(centered(Integer.toString(n++)));
            t.addCell(cell(d.department().name()));
            t.addCell(centered(Integer.toString(d.staffCount())));
            // "Đã đăng ký" only for a department the records say registered, with its date
            t.addCell(centered(m.t(d.registered() ? "dossier.registration.yes" : "dossier.registration.no")));
            t.addCell(centered(d.registered() ? DossierModel.date(d.date()) : ""));
            staff += d.staffCount();
            if (d.registered()) {
                registered++;
            }
        }
        Font bold = f.bold(TABLE);
        t.addCell(cell("", bold, Element.ALIGN_CENTER));
        t.addCell(cell(m.t("registration.departments.total"), bold, Element.ALIGN_LEFT));
        t.addCell(cell(Integer.toString(staff), bold, Element.ALIGN_CENTER));
        t.addCell(cell(registered + "/" + departments.size(), bold, Element.ALIGN_CENTER));
        t.addCell(cell("", bold, Element.ALIGN_CENTER));
        add(t);
        add(body(m.t("registration.departments.closing", registered, departments.size())));
        headSignature(null);
    }

    /**
     * The date of the departments' list: the year's document date, unless a registration it lists is
     * dated after it (a list cannot show what happened later); then blank, to fill in by hand.
     */
    LocalDate listDate() {
        if (listDate == null) {
            return null;
        }
        for (DepartmentYear d : m.snapshot.departments()) {
            if (d.registered() && d.date() != null && d.date().isAfter(listDate)) {
                return null;
            }
        }
        return listDate;
    }

    // --- 3. Danh sách ký cam kết của một phòng, ban ---------------------------------------------------------

    private void sheet(Group g, long before, long total) {
        // a form to be signed: its date is written when it is signed
        header(null, m.dateLine(null));
        title(m.t("registration.sheet.title", m.year), null, false);
        Paragraph dep = PdfBlocks.para(m.t("registration.sheet.department", g.name()), f.bold(BODY), Element.ALIGN_LEFT);
        dep.setSpacingAfter(4);
        add(dep);
        PdfPTable t = table(new float[] {8, 38, 26, 28}, m.t("dossier.col.stt"), m.t("dossier.col.name"),
                m.t("dossier.col.position"), m.t("registration.col.sign"));
        t.setComplete(false);
        Font regular = f.regular(TABLE);
        int n = 1;
        for (StaffPledge s : g.staff()) {
            PdfPCell stt = cell(Integer.toString(n), regular, Element.ALIGN_CENTER);
            stt.setMinimumHeight(SIGN_ROW);
            stt.setVerticalAlignment(Element.ALIGN_MIDDLE);
            t.addCell(stt);
            PdfPCell name = cell(s.staff().fullName(), regular, Element.ALIGN_LEFT);
            name.setVerticalAlignment(Element.ALIGN_MIDDLE);
            t.addCell(name);
            PdfPCell position = cell(DossierModel.nz(s.staff().position()), regular, Element.ALIGN_LEFT);
            position.setVerticalAlignment(Element.ALIGN_MIDDLE);
            t.addCell(position);
            t.addCell(cell("", regular, Element.ALIGN_LEFT));
            if (n++ % ROWS_PER_FLUSH == 0) {
                progress.checkCancelled();
                progress.update(before + n, total, "");
                add(t);
            }
        }
        t.setComplete(true);
        add(t);
        add(body(m.t("registration.sheet.closing", g.staff().size())));
        signature(null, new Signer(m.t("registration.sheet.maker"), m.t("dossier.sign.name"), m.t("dossier.blank")),
                new Signer(m.t("registration.sheet.leader"), m.t("dossier.sign.name"), m.t("dossier.blank")));
    }
}
