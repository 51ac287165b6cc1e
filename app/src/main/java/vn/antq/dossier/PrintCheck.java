package vn.antq.dossier;

import java.util.ArrayList;
import java.util.List;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.StaffPledge;
import vn.antq.domain.unit.YearSnapshot;

/**
 * Before an export: the names the PDF cannot print whole (characters no font of the chain has, even
 * after the system's fonts — see {@link PdfFonts}), each naming the person, department or file, so
 * the user is warned first. Such characters are printed as {@code [U+XXXX]}, never dropped.
 */
public final class PrintCheck {
    /** What is concerned ({@code staff}, {@code unit}, {@code department}, {@code evidence}), its name and the characters. */
    public record Finding(String kind, String name, List<String> characters) {
        public Finding {
            characters = List.copyOf(characters);
        }
    }

    private PrintCheck() {
    }

    public static List<Finding> of(YearSnapshot s) {
        List<Finding> out = new ArrayList<>();
        add(out, "unit", s.unit().name());
        for (DepartmentYear d : s.departments()) {
            add(out, "department", d.department().name());
        }
        for (StaffPledge p : s.staff()) {
            add(out, "staff", p.staff().fullName());
        }
        for (EvidenceFile f : s.evidence()) {
            add(out, "evidence", f.originalName());
        }
        return out;
    }

    private static void add(List<Finding> out, String kind, String name) {
        List<String> missing = PdfFonts.unprintable(name);
        if (!missing.isEmpty()) {
            out.add(new Finding(kind, name, missing));
        }
    }
}
