package vn.antq.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Vietnamese text typed years ago with a legacy font, TCVN3 (ABC: .VnTime, .VnArial…) or
 * VNI-Windows (VNI-Times…), where a workbook stores "Nguyễn Văn Hùng" as "NguyÔn V¨n Hïng" or
 * "Nguyeãn Vaên Huøng". The mapping tables are data ({@code legacy-tcvn3.json},
 * {@code legacy-vni.json}). Text is converted when the cell's font is such a font, or when its
 * characters show the encoding and the result reads as Vietnamese syllables; text that holds any
 * character beyond Latin-1 (ă, đ, ơ, ư, ế…) is Unicode already and is never converted.
 */
public final class LegacyText {
    /** A legacy encoding. */
    public enum Encoding {
        TCVN3("TCVN3 (ABC)"),
        VNI("VNI-Windows");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        /** How clerks know it ("TCVN3 (ABC)", "VNI-Windows"). */
        public String label() {
            return label;
        }
    }

    /** Cell prefix set by a reader: the cell's font is a TCVN3 font. */
    static final char MARK_TCVN3 = '\uE001';
    /** Cell prefix: a TCVN3 capitals font (.VnTimeH…): the text is upper case. */
    static final char MARK_TCVN3_CAPS = '\uE002';
    /** Cell prefix: a VNI font. */
    static final char MARK_VNI = '\uE003';

    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Set<String> NUCLEI = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
            "oo", "ôô", "ua", "uâ", "uê", "ui", "uô", "uơ", "ươ", "ưa", "ưi", "ưu", "uy", "uya", "uyê", "uyu", "yê",
            "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uơi", "ueo");
    private static final String VOWELS = "aăâeêioôơuưy";

    private static final class Tables {
        static final Map<String, String> TCVN3 = single(ImporterData.load("/vn/antq/importer/legacy-tcvn3.json"));
        static final Map<String, String> VNI = single(ImporterData.load("/vn/antq/importer/legacy-vni.json"));
        /** Characters that only appear in text of the encoding, never in Vietnamese Unicode. */
        static final Set<Character> TCVN3_ONLY = distinct(TCVN3);
        static final Set<Character> VNI_ONLY = distinct(VNI);

        private static Map<String, String> single(Map<String, List<String>> raw) {
            Map<String, String> m = new HashMap<>();
            raw.forEach((k, v) -> m.put(k, v.get(0)));
            return Map.copyOf(m);
        }

        private static Set<Character> distinct(Map<String, String> table) {
            Set<Character> s = new HashSet<>();
            for (String k : table.keySet()) {
                for (char c : k.toCharArray()) {
                    if (c >= 0x80 && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                        s.add(c);
                    }
                }
            }
            return Set.copyOf(s);
        }
    }

    private LegacyText() {
    }

    /** The legacy encoding of a font by its name (".VnTime", ".VnArialH", "VNI-Times"…), or null. */
    public static Encoding ofFont(String fontName) {
        if (fontName == null) {
            return null;
        }
        String f = fontName.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn") || f.startsWith("vn") && (f.startsWith("vntime") || f.startsWith("vnarial"))) {
            return Encoding.TCVN3;
        }
        if (f.startsWith("vni-") || f.startsWith("vni ") || f.startsWith("vni_")) {
            return Encoding.VNI;
        }
        return null;
    }

    /** The cell mark a reader puts before the text of a cell in that font, or 0 for a Unicode font. */
    static char markOfFont(String fontName) {
        Encoding e = ofFont(fontName);
        if (e == Encoding.VNI) {
            return MARK_VNI;
        }
        if (e == Encoding.TCVN3) {
            String f = fontName.strip();
            return f.endsWith("H") ? MARK_TCVN3_CAPS : MARK_TCVN3;
        }
        return 0;
    }

    /**
     * The characters Windows shows for bytes 0x80–0x9F (– — “ ” € …): legacy-font text holds them as
     * punctuation, so they do not make a text Unicode.
     */
    private static final String WINDOWS_PUNCTUATION = windowsPunctuation();

    private static String windowsPunctuation() {
        byte[] b = new byte[32];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x80 + i);
        }
        return new String(b, java.nio.charset.Charset.forName("windows-1252"));
    }

    /**
     * Whether a text is certainly Unicode (holds a character no legacy font text has: ă, đ, ơ, ư, ế…), or
     * plain ASCII.
     */
    public static boolean isUnicodeOrAscii(String text) {
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF && WINDOWS_PUNCTUATION.indexOf(c) < 0) {
                return true;
            }
            high |= c >= 0x80 && c <= 0xFF;
        }
        return !high;
    }

    /** Converts text typed in {@code encoding} to Unicode NFC; Unicode or ASCII text is returned as it is. */
    public static String decode(String text, Encoding encoding) {
        return decode(text, encoding, false);
    }

    static String decode(String text, Encoding encoding, boolean capitals) {
        if (text == null || isUnicodeOrAscii(text)) {
            return text;
        }
        Map<String, String> table = encoding == Encoding.TCVN3 ? Tables.TCVN3 : Tables.VNI;
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 1 < text.length()) {
                String two = table.get(text.substring(i, i + 2));
                if (two != null) {
                    b.append(two);
                    i += 2;
                    continue;
                }
            }
            String one = table.get(text.substring(i, i + 1));
            b.append(one != null ? one : text.substring(i, i + 1));
            i++;
        }
        String out = Normalizer.normalize(b, Normalizer.Form.NFC);
        return capitals ? out.toUpperCase(Locale.forLanguageTag("vi-VN")) : out;
    }

    /**
     * The legacy encoding a text is typed in, judged from its characters alone, or null when it is
     * Unicode, ASCII, or not clearly one of them (then it is left as it is).
     */
    public static Encoding guess(String text) {
        if (text == null || isUnicodeOrAscii(text)) {
            return null;
        }
        Encoding best = null;
        int bestScore = 0;
        for (Encoding e : Encoding.values()) {
            if (evidence(text, e) == 0) {
                continue;
            }
            int score = plausibility(decode(text, e));
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many characters of the text only appear in that encoding. */
    static int evidence(String text, Encoding e) {
        Set<Character> only = e == Encoding.TCVN3 ? Tables.TCVN3_ONLY : Tables.VNI_ONLY;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (only.contains(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Words that read as Vietnamese syllables minus words that cannot (more than one tone mark, a
     * vowel cluster Vietnamese does not have, a character left over from a legacy table), counting
     * only words with a non-ASCII character.
     */
    static int plausibility(String unicode) {
        int score = 0;
        for (String word : unicode.split("[^\\p{L}\\p{M}\\u00A8-\\u00FF]+")) {
            if (word.isEmpty() || isUnicodeOrAscii(word) && word.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            score += syllable(word) ? 1 : -1;
        }
        return score;
    }

    private static boolean syllable(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int tones = 0;
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                letters.append(c);
            }
        }
        if (tones > 1) {
            return false;
        }
        String base = Normalizer.normalize(letters, Normalizer.Form.NFC);
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (!(c >= 'a' && c <= 'z' || VOWELS.indexOf(c) >= 0 || c == 'đ')) {
                return false;
            }
        }
        // the vowel nucleus: "qu" and "gi" before a vowel belong to the onset
        int start = 0;
        while (start < base.length() && VOWELS.indexOf(base.charAt(start)) < 0) {
            start++;
        }
        if (start > 0 && start + 1 < base.length()) {
            char prev = base.charAt(start - 1);
            char v = base.charAt(start);
            if ((prev == 'q' && v == 'u' || prev == 'g' && v == 'i') && VOWELS.indexOf(base.charAt(start + 1)) >= 0) {
                start++;
            }
        }
        int end = start;
        while (end < base.length() && VOWELS.indexOf(base.charAt(end)) >= 0) {
            end++;
        }
        if (start == end) {
            return false;
        }
        for (int i = end; i < base.length(); i++) {
            if (VOWELS.indexOf(base.charAt(i)) >= 0) {
                return false;
            }
        }
        return NUCLEI.contains(base.substring(start, end));
    }

    /**
     * Converts the cells of a sheet typed in a legacy encoding, column by column: cells marked with a
     * legacy font; cells whose characters show an encoding; and, in a column where some cell showed an
     * encoding and no cell is Unicode, the column's other non-ASCII cells. Marks are removed.
     */
    static SheetData convert(SheetData sheet) {
        Map<Integer, Encoding> columnGuess = new HashMap<>();
        Set<Integer> unicodeColumns = new HashSet<>();
        boolean any = false;
        for (SheetData.Row r : sheet.rows()) {
            List<String> cells = r.cells();
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell == null || cell.isEmpty()) {
                    continue;
                }
                char first = cell.charAt(0);
                if (first == MARK_TCVN3 || first == MARK_TCVN3_CAPS || first == MARK_VNI) {
                    any = true;
                    continue;
                }
                if (hasAbove255(cell)) {
                    unicodeColumns.add(c);
                }
                if (first == SheetData.DATE_MARK || isUnicodeOrAscii(cell)) {
                    continue;
                }
                Encoding g = guess(cell);
                if (g != null) {
                    columnGuess.putIfAbsent(c, g);
                    any = true;
                }
            }
        }
        if (!any) {
            return sheet;
        }
        Map<Integer, int[]> counts = new HashMap<>();
        Map<Integer, String[]> examples = new HashMap<>();
        Map<Integer, Encoding> used = new HashMap<>();
        List<SheetData.Row> rows = new ArrayList<>(sheet.rows().size());
        for (SheetData.Row r : sheet.rows()) {
            List<String> cells = r.cells();
            List<String> out = null;
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell == null || cell.isEmpty()) {
                    continue;
                }
                String converted = null;
                Encoding enc = null;
                char first = cell.charAt(0);
                String before = cell;
                if (first == MARK_TCVN3 || first == MARK_TCVN3_CAPS || first == MARK_VNI) {
                    before = cell.substring(1);
                    enc = first == MARK_VNI ? Encoding.VNI : Encoding.TCVN3;
                    converted = isUnicodeOrAscii(before) ? before : decode(before, enc, first == MARK_TCVN3_CAPS);
                } else if (first != SheetData.DATE_MARK && !isUnicodeOrAscii(cell)) {
                    enc = guess(cell);
                    if (enc == null && columnGuess.containsKey(c) && !unicodeColumns.contains(c)) {
                        enc = columnGuess.get(c);
                    }
                    if (enc != null) {
                        converted = decode(cell, enc);
                    }
                }
                if (converted == null) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(cells);
                }
                out.set(c, converted);
                if (!converted.equals(before)) {
                    used.putIfAbsent(c, enc);
                    counts.computeIfAbsent(c, k -> new int[1])[0]++;
                    examples.putIfAbsent(c, new String[] {before, converted});
                }
            }
            rows.add(out == null ? r : new SheetData.Row(r.number(), out));
        }
        List<SheetData.Conversion> conversions = new ArrayList<>();
        used.keySet().stream().sorted().forEach(c -> conversions.add(new SheetData.Conversion(c, used.get(c),
                counts.get(c)[0], examples.get(c)[0], examples.get(c)[1])));
        return new SheetData(sheet.sheetName(), rows, sheet.sheetNames(), conversions);
    }

    private static boolean hasAbove255(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF && WINDOWS_PUNCTUATION.indexOf(s.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text a user typed or pasted into a name field, converted when it is clearly TCVN3 or VNI
     * (else returned unchanged): the "Chuyển mã TCVN3/VNI" action of the name fields.
     */
    public static String toUnicode(String typed) {
        if (typed == null) {
            return null;
        }
        Encoding e = guess(typed);
        return e == null ? typed : decode(typed, e);
    }
}
