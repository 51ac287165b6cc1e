package vn.antq.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.antq.domain.Progress;

/**
 * Plain SAX readers of the parts of an .xlsx the import needs: which cell styles are dates
 * (styles.xml), the shared strings, the 1904 date flag (workbook.xml) and the cells and merged
 * regions of a sheet. POI's own model classes for these parts load the XMLBeans schema types,
 * which costs about a second of start-up; these readers load nothing of the kind.
 */
final class SheetXml {
    private SheetXml() {
    }

    private static XMLReader reader(DefaultHandler handler) throws SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        return xml;
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /**
     * What the import needs of the cell styles (cellXfs order).
     *
     * @param dates      whether the style's number format is a date format
     * @param fontMarks  the {@link LegacyText} mark of the style's font when it is a legacy Vietnamese
     *                   font (.VnTime, VNI-Times…), else 0
     */
    record Styles(boolean[] dates, char[] fontMarks) {
        static final Styles NONE = new Styles(new boolean[0], new char[0]);

        boolean date(int style) {
            return style >= 0 && style < dates.length && dates[style];
        }

        char fontMark(int style) {
            return style >= 0 && style < fontMarks.length ? fontMarks[style] : 0;
        }
    }

    /** The styles part (styles.xml): number formats and fonts of each cell style. */
    static Styles styles(InputStream styles) throws IOException, SAXException, ParserConfigurationException {
        if (styles == null) {
            return Styles.NONE;
        }
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        List<Integer> xfFonts = new ArrayList<>();
        List<String> fontNames = new ArrayList<>();
        DefaultHandler h = new DefaultHandler() {
            private boolean inCellXfs;
            private boolean inFonts;
            private boolean inFont;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                String name = local(localName, qName);
                if ("numFmt".equals(name)) {
                    Integer id = intOrNull(atts.getValue("numFmtId"));
                    if (id != null) {
                        custom.put(id, atts.getValue("formatCode"));
                    }
                } else if ("fonts".equals(name)) {
                    inFonts = true;
                } else if ("font".equals(name) && inFonts) {
                    inFont = true;
                    fontNames.add("");
                } else if ("name".equals(name) && inFont) {
                    String v = atts.getValue("val");
                    fontNames.set(fontNames.size() - 1, v == null ? "" : v);
                } else if ("cellXfs".equals(name)) {
                    inCellXfs = true;
                } else if ("xf".equals(name) && inCellXfs) {
                    Integer id = intOrNull(atts.getValue("numFmtId"));
                    xfFormats.add(id == null ? 0 : id);
                    Integer font = intOrNull(atts.getValue("fontId"));
                    xfFonts.add(font == null ? 0 : font);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                String name = local(localName, qName);
                if ("cellXfs".equals(name)) {
                    inCellXfs = false;
                } else if ("fonts".equals(name)) {
                    inFonts = false;
                } else if ("font".equals(name)) {
                    inFont = false;
                }
            }
        };
        reader(h).parse(new InputSource(styles));
        boolean[] dates = new boolean[xfFormats.size()];
        char[] marks = new char[xfFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = xfFormats.get(i);
            String format = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
            dates[i] = format != null && DateUtil.isADateFormat(id, format);
            int font = xfFonts.get(i);
            marks[i] = font >= 0 && font < fontNames.size() ? LegacyText.markOfFont(fontNames.get(font)) : 0;
        }
        return new Styles(dates, marks);
    }

    /** The shared strings in order: the text runs of each item joined, phonetic hints left out. */
    static List<String> sharedStrings(InputStream in, ReadBudget budget)
            throws IOException, SAXException, ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        if (in == null) {
            return strings;
        }
        DefaultHandler h = new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inT;
            private int phonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                String name = local(localName, qName);
                if ("si".equals(name)) {
                    text.setLength(0);
                } else if ("rPh".equals(name)) {
                    phonetic++;
                } else if ("t".equals(name)) {
                    inT = phonetic == 0;
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                String name = local(localName, qName);
                if ("si".equals(name)) {
                    strings.add(text.toString());
                } else if ("rPh".equals(name)) {
                    phonetic--;
                } else if ("t".equals(name)) {
                    inT = false;
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                budget.chars(length);
                if (inT) {
                    text.append(ch, start, length);
                }
            }
        };
        reader(h).parse(new InputSource(in));
        return strings;
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel). */
    static boolean date1904(InputStream workbook) throws IOException, SAXException, ParserConfigurationException {
        boolean[] flag = {false};
        DefaultHandler h = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if ("workbookPr".equals(local(localName, qName))) {
                    String v = atts.getValue("date1904");
                    flag[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
        };
        reader(h).parse(new InputSource(workbook));
        return flag[0];
    }

    /** The cells of a sheet (row number → cell text by column) and its merged regions. */
    static final class Sheet extends DefaultHandler {
        final TreeMap<Integer, String[]> rows = new TreeMap<>();
        final List<CellRangeAddress> merged = new ArrayList<>();
        private final Styles styles;
        private final ReadBudget budget;
        private final List<String> strings;
        private final boolean use1904;
        private final Progress progress;
        private final Runnable tooMany;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private String[] current;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean inV;
        private boolean inInlineT;
        private int phonetic;
        private int count;
        private long expectedRows = -1;

        Sheet(Styles styles, List<String> strings, boolean use1904, ReadBudget budget, Progress progress,
                Runnable tooMany) {
            this.styles = styles;
            this.budget = budget;
            this.strings = strings;
            this.use1904 = use1904;
            this.progress = progress;
            this.tooMany = tooMany;
        }

        void parse(InputStream sheet) throws IOException, SAXException, ParserConfigurationException {
            reader(this).parse(new InputSource(sheet));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "row" -> {
                    Integer r = intOrNull(atts.getValue("r"));
                    rowNumber = r != null ? r : rowNumber + 1;
                    current = null;
                    column = -1;
                }
                case "c" -> {
                    budget.cell();
                    String ref = atts.getValue("r");
                    column = ref != null ? XlsxReader.columnOf(ref) : column + 1;
                    type = atts.getValue("t");
                    Integer s = intOrNull(atts.getValue("s"));
                    style = s == null ? 0 : s;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "dimension" -> {
                    // "A1:H5001": the last row, so progress can show a total
                    String ref = atts.getValue("ref");
                    if (ref != null && ref.contains(":")) {
                        try {
                            expectedRows = CellRangeAddress.valueOf(ref).getLastRow() + 1;
                        } catch (RuntimeException e) {
                            expectedRows = -1;
                        }
                    }
                }
                case "v" -> inV = true;
                case "rPh" -> phonetic++;
                case "t" -> inInlineT = "inlineStr".equals(type) && phonetic == 0;
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null && ref.contains(":")) {
                        try {
                            merged.add(CellRangeAddress.valueOf(ref));
                        } catch (RuntimeException e) {
                            // an odd reference: the merge is ignored, the cells are still read
                        }
                    }
                }
                default -> {
                    // other elements carry nothing the import needs
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "v" -> inV = false;
                case "t" -> inInlineT = false;
                case "rPh" -> phonetic--;
                case "c" -> cell();
                case "row" -> endRow();
                default -> {
                    // nothing to do
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            budget.chars(length);
            if (inV) {
                value.append(ch, start, length);
            } else if (inInlineT) {
                inline.append(ch, start, length);
            }
        }

        private void cell() {
            String text = cellText();
            if (text == null || text.isEmpty() || column < 0 || column >= XlsxReader.MAX_COLUMNS) {
                return;
            }
            if (current == null) {
                current = new String[Math.max(8, column + 1)];
            } else if (column >= current.length) {
                current = Arrays.copyOf(current, Math.max(column + 1, current.length * 2));
            }
            char mark = styles.fontMark(style);
            current[column] = mark != 0 && isText() ? mark + text : text;
        }

        private boolean isText() {
            return "s".equals(type) || "inlineStr".equals(type) || "str".equals(type);
        }

        private String cellText() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) {
                    return null;
                }
                double d;
                try {
                    d = Double.parseDouble(v.trim());
                } catch (NumberFormatException e) {
                    return v;
                }
                if (styles.date(style) && DateUtil.isValidExcelDate(d)) {
                    LocalDateTime dt = DateUtil.getLocalDateTime(d, use1904);
                    return dt == null ? v : SheetData.DATE_MARK + dt.toLocalDate().toString();
                }
                return XlsxReader.plainNumber(d);
            }
            switch (type) {
                case "s" -> {
                    Integer i = intOrNull(v.trim());
                    return i != null && i >= 0 && i < strings.size() ? strings.get(i) : null;
                }
                case "inlineStr" -> {
                    return inline.length() > 0 ? inline.toString() : v;
                }
                case "b" -> {
                    return "1".equals(v.trim()) ? "TRUE" : v.isEmpty() ? null : "FALSE";
                }
                case "d" -> {
                    String iso = v.trim();
                    try {
                        return SheetData.DATE_MARK + LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso)
                                .toString();
                    } catch (RuntimeException e) {
                        return iso;
                    }
                }
                default -> {
                    // "str" (a formula's text), "e" (an error such as #N/A): the cached text
                    return v;
                }
            }
        }

        private void endRow() {
            if (current != null) {
                rows.put(rowNumber, current);
                // the limit is of staff rows: the header row is not one of them
                if (++count > XlsxReader.MAX_ROWS + 1) {
                    tooMany.run();
                }
                if (count % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update(count, expectedRows >= count ? expectedRows : -1, "");
                }
            }
            current = null;
        }
    }

    static Integer intOrNull(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
