package vn.antq.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;
import vn.antq.domain.CancelledException;
import vn.antq.domain.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a sheet of an .xlsx with POI's streaming (SAX) reader, so large lists take little memory and
 * time, within a {@link ReadBudget}. Everything that is not a readable .xlsx becomes a
 * {@link StaffFileException} with a message the clerk understands; never a POI stack trace.
 */
final class XlsxReader {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);
    /** Files above this size are refused before they are opened. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Rows above this count are refused (a staff list, not a database dump). */
    static final int MAX_ROWS = 100_000;
    /** Columns beyond this index are ignored. */
    static final int MAX_COLUMNS = 100;

    private XlsxReader() {
    }

    /**
     * Reads the chosen sheet of an .xlsx (legacy-font text converted). The caller has checked the file's
     * size and that it is an OOXML package.
     */
    static SheetData read(Path file, SheetChoice choice, ReadBudget budget, Progress progress) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (!isWorkbook(pkg)) {
                throw new StaffFileException("importer.file.notXlsx", name(file));
            }
            XSSFReader reader;
            try {
                reader = new XSSFReader(pkg);
            } catch (POIXMLException | OpenXML4JException | IllegalArgumentException e) {
                // an Office file that is not a workbook (a .docx renamed…)
                throw new StaffFileException("importer.file.notXlsx", name(file));
            }
            SheetXml.Styles styles;
            try (InputStream in = optional(reader::getStylesData)) {
                styles = SheetXml.styles(in);
            }
            List<String> strings;
            try (InputStream shared = optional(reader::getSharedStringsData)) {
                strings = SheetXml.sharedStrings(shared, budget);
            }
            boolean use1904;
            try (InputStream wb = reader.getWorkbookData()) {
                use1904 = SheetXml.date1904(wb);
            }
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
            if (names.isEmpty()) {
                throw new StaffFileException("importer.file.noSheet", name(file));
            }
            int only = choice.named() ? choice.namedIndex(names) : -1;
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            SheetData last = null;
            for (int index = 0; sheets.hasNext(); index++) {
                try (InputStream sheet = sheets.next()) {
                    if (only >= 0 && index != only) {
                        continue;
                    }
                    SheetXml.Sheet handler = new SheetXml.Sheet(styles, strings, use1904, budget, progress, () -> {
                        throw new StaffFileException("importer.file.tooManyRows", name(file), MAX_ROWS);
                    });
                    handler.parse(sheet);
                    fillMerged(handler.rows, handler.merged);
                    last = LegacyText.convert(new SheetData(sheets.getSheetName(), rowsOf(handler.rows))
                            .withSheetNames(names));
                    if (choice.accept(last)) {
                        return last;
                    }
                }
            }
            return choice.fallback(last);
        } catch (StaffFileException | CancelledException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw new StaffFileException("importer.file.notXlsx", name(file));
        } catch (EncryptedDocumentException e) {
            throw new StaffFileException("importer.file.encrypted", name(file));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            if (zipBomb(e)) {
                // POI's own check: a part that inflates far beyond its compressed size
                throw new StaffFileException("importer.file.tooMuchData", name(file),
                        String.valueOf(ReadBudget.MAX_CELLS), String.valueOf(ReadBudget.MAX_CHARS / 1_000_000));
            }
            LOG.debug("Unreadable workbook {}: {}", file, e.toString());
            throw new StaffFileException("importer.file.corrupt", name(file));
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
            if (t instanceof StaffFileException) {
                return false;
            }
        }
        return false;
    }

    static List<SheetData.Row> rowsOf(TreeMap<Integer, String[]> cells) {
        List<SheetData.Row> rows = new ArrayList<>(cells.size());
        for (Map.Entry<Integer, String[]> e : cells.entrySet()) {
            rows.add(new SheetData.Row(e.getKey(), trimmed(e.getValue())));
        }
        return rows;
    }

    /** Whether the package's main part is a spreadsheet (not a Word or PowerPoint file). */
    private static boolean isWorkbook(OPCPackage pkg) {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core == null || core.size() == 0) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (core == null || core.size() == 0) {
            return false;
        }
        PackagePart main = pkg.getPart(core.getRelationship(0));
        return main != null && main.getContentType().toLowerCase(java.util.Locale.ROOT).contains("sheet");
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static List<String> trimmed(String[] cells) {
        int n = cells.length;
        while (n > 0 && (cells[n - 1] == null || cells[n - 1].isEmpty())) {
            n--;
        }
        return Arrays.asList(Arrays.copyOf(cells, n));
    }

    /**
     * Copies each merged region's top-left value into the region's other cells, in the rows that
     * have content of their own (so a department merged down a block of names reaches every name,
     * while a region running over trailing blank rows does not make them look half filled).
     */
    static void fillMerged(TreeMap<Integer, String[]> rows, List<CellRangeAddress> merged) {
        for (CellRangeAddress region : merged) {
            String[] top = rows.get(region.getFirstRow() + 1);
            int firstCol = region.getFirstColumn();
            if (top == null || firstCol >= MAX_COLUMNS || firstCol >= top.length || top[firstCol] == null
                    || top[firstCol].isEmpty()) {
                continue;
            }
            String value = top[firstCol];
            int lastCol = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
            for (Map.Entry<Integer, String[]> e : rows.subMap(region.getFirstRow() + 1, true,
                    region.getLastRow() + 1, true).entrySet()) {
                String[] cells = e.getValue();
                boolean own = e.getKey() == region.getFirstRow() + 1 || hasContent(cells);
                if (!own) {
                    continue;
                }
                for (int c = firstCol; c <= lastCol && c < cells.length; c++) {
                    if (cells[c] == null || cells[c].isEmpty()) {
                        cells[c] = value;
                    }
                }
            }
        }
    }

    private static boolean hasContent(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A part that may be absent (no shared strings, no styles): null then. */
    private static InputStream optional(PartOpener opener) throws IOException {
        try {
            return opener.open();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            return null;
        }
    }

    private interface PartOpener {
        InputStream open() throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException;
    }

    /** The 0-based column of a cell reference such as "AB12" (faster than parsing a CellReference). */
    static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = ref.charAt(i);
            if (c == '$') {
                i++;
                continue;
            }
            char u = Character.toUpperCase(c);
            if (u < 'A' || u > 'Z') {
                break;
            }
            col = col * 26 + (u - 'A' + 1);
            if (col > 20_000) {
                return -1;
            }
            i++;
        }
        return col - 1;
    }

    static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
