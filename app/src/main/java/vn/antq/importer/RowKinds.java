package vn.antq.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells the rows below the header that are clearly not people — totals, the signature footer, the
 * header repeated on a printed page break, rows of numbers only (an STT alone, the column numbers
 * (1) (2) (3)), rows with nothing in the list's columns — from rows of people. The words that start
 * totals and footers are data ({@code row-skip-words.json}). A row with a name and a department is a
 * person, whatever else it says, except when its name cell itself is a total or footer text.
 */
final class RowKinds {
    private static final Pattern NUMBERS = Pattern.compile("[(\\[]?[0-9]{1,6}[.)\\]]?");
    private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");
    private static final List<String> TOTAL;
    private static final List<String> SIGNATURE;

    static {
        Map<String, List<String>> words = ImporterData.load("/vn/antq/importer/row-skip-words.json");
        TOTAL = folded(words.get("TOTAL"));
        SIGNATURE = folded(words.get("SIGNATURE"));
    }

    private final ColumnMapping mapping;
    private final ColumnMapping headerMapping;
    private boolean inFooter;

    RowKinds(ColumnMapping mapping, ColumnMapping headerMapping) {
        this.mapping = mapping;
        this.headerMapping = headerMapping;
    }

    private static List<String> folded(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(Text.fold(w));
        }
        return List.copyOf(out);
    }

    /** Why a row is not a person, or null when it is one (valid or not). Rows are given in order. */
    SkippedRow.Reason notAPerson(SheetData.Row r) {
        String name = StaffImport.fullName(mapping, r);
        String lead = name.isEmpty() ? firstText(r) : name;
        // fold once; most rows are people whose name is no total, footer or header word
        String folded = Text.fold(lead);
        if (isTotalFolded(folded)) {
            inFooter = true;
            return SkippedRow.Reason.TOTAL;
        }
        if (isSignatureFolded(folded) || name.isEmpty() && anyCell(r, RowKinds::isSignature)) {
            inFooter = true;
            return SkippedRow.Reason.SIGNATURE;
        }
        if ((name.isEmpty() || name.codePoints().noneMatch(Character::isLetter)) && numbersOnly(r)) {
            return SkippedRow.Reason.NUMBERS;
        }
        if (name.isEmpty() && !anyMapped(r)) {
            return SkippedRow.Reason.EMPTY;
        }
        if (!name.isEmpty() && StaffField.forFolded(folded) != null && repeatsHeader(r)) {
            return SkippedRow.Reason.HEADER;
        }
        if (inFooter && (name.isEmpty() || StaffImport.cellText(mapping, r, StaffField.DEPARTMENT).isEmpty())) {
            return SkippedRow.Reason.FOOTER;
        }
        return null;
    }

    private boolean anyMapped(SheetData.Row r) {
        for (int column : mapping.asMap().values()) {
            String c = r.cell(column);
            if (!c.isEmpty() && !Text.clean(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean repeatsHeader(SheetData.Row r) {
        List<String> texts = new ArrayList<>(r.cells().size());
        for (String c : r.cells()) {
            texts.add(Text.clean(SheetData.display(c)));
        }
        ColumnMapping again = ColumnMapping.detect(texts);
        int same = 0;
        for (Map.Entry<StaffField, Integer> e : again.asMap().entrySet()) {
            if (headerMapping.column(e.getKey()).orElse(-1) == e.getValue()) {
                same++;
            }
        }
        return same >= 2;
    }

    static boolean isTotal(String text) {
        return isTotalFolded(Text.fold(text));
    }

    private static boolean isTotalFolded(String f) {
        for (String w : TOTAL) {
            if (f.equals(w)) {
                return true;
            }
            if (f.startsWith(w + " ")) {
                String rest = f.substring(w.length() + 1);
                // "Tổng cộng: 4 người", "Cộng 12"; a one-word total only before a number ("Cống Văn A" is a name)
                if (w.indexOf(' ') > 0 || DIGIT.matcher(rest).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isSignature(String text) {
        return isSignatureFolded(Text.fold(text));
    }

    private static boolean isSignatureFolded(String f) {
        if (f.isEmpty()) {
            return false;
        }
        for (String w : SIGNATURE) {
            if (f.equals(w) || f.startsWith(w + " ")) {
                return true;
            }
        }
        // "Hà Nội, ngày 15 tháng 3 năm 2026"
        return f.contains("ngay ") && f.contains(" thang ") && f.contains(" nam ");
    }

    private static boolean anyCell(SheetData.Row r, java.util.function.Predicate<String> test) {
        for (String c : r.cells()) {
            if (c != null && !c.isEmpty() && !SheetData.isDate(c) && test.test(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean numbersOnly(SheetData.Row r) {
        boolean any = false;
        for (String c : r.cells()) {
            if (c == null || c.isEmpty()) {
                continue;
            }
            String t = Text.clean(c);
            if (t.isEmpty()) {
                continue;
            }
            if (SheetData.isDate(c) || !NUMBERS.matcher(t).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String firstText(SheetData.Row r) {
        for (String c : r.cells()) {
            String t = Text.clean(SheetData.display(c));
            if (!t.isEmpty() && !NUMBERS.matcher(t).matches()) {
                return t;
            }
        }
        return "";
    }

    /** The row's filled cells joined with " | " (a merged cell once), at most 120 characters. */
    static String summary(SheetData.Row r) {
        StringBuilder b = new StringBuilder();
        String last = null;
        for (String c : r.cells()) {
            String t = Text.clean(SheetData.display(c));
            if (!t.isEmpty() && !t.equals(last)) {
                last = t;
                if (b.length() > 0) {
                    b.append(" | ");
                }
                b.append(t);
            }
        }
        return b.length() > 120 ? b.substring(0, 119) + "…" : b.toString();
    }
}
