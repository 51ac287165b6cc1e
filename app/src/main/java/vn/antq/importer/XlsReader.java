package vn.antq.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.domain.CancelledException;
import vn.antq.domain.Progress;

/**
 * Reads a sheet of an Excel 97–2003 workbook (.xls) with POI's HSSF, by the same rules as
 * {@link XlsxReader}: dates as dates (1904 workbooks too), merged regions filled, legacy-font text
 * marked for conversion, the same {@link ReadBudget} and row limit.
 */
final class XlsReader {
    private static final Logger LOG = LoggerFactory.getLogger(XlsReader.class);

    private XlsReader() {
    }

    static SheetData read(Path file, SheetChoice choice, ReadBudget budget, Progress progress) {
        String name = XlsxReader.name(file);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
            int count = wb.getNumberOfSheets();
            if (count == 0) {
                throw new StaffFileException("importer.file.noSheet", name);
            }
            List<String> names = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                names.add(wb.getSheetName(i));
            }
            int only = choice.named() ? choice.namedIndex(names) : -1;
            Map<Short, Character> marks = new HashMap<>();
            SheetData last = null;
            for (int i = 0; i < count; i++) {
                if (only >= 0 && i != only) {
                    continue;
                }
                last = LegacyText.convert(sheet(wb, wb.getSheetAt(i), marks, name, budget, progress)
                        .withSheetNames(names));
                if (choice.accept(last)) {
                    return last;
                }
            }
            return choice.fallback(last);
        } catch (StaffFileException | CancelledException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new StaffFileException("importer.file.encrypted", name);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Unreadable .xls workbook {}: {}", file, e.toString());
            throw new StaffFileException("importer.file.corruptXls", name);
        }
    }

    private static SheetData sheet(HSSFWorkbook wb, Sheet sheet, Map<Short, Character> marks, String name,
            ReadBudget budget, Progress progress) {
        TreeMap<Integer, String[]> rows = new TreeMap<>();
        int expected = sheet.getLastRowNum() + 1;
        int n = 0;
        for (Row row : sheet) {
            String[] cells = null;
            for (Cell cell : row) {
                budget.cell();
                int col = cell.getColumnIndex();
                if (col >= XlsxReader.MAX_COLUMNS) {
                    continue;
                }
                String text = text(cell, cell.getCellType());
                if (text == null || text.isEmpty()) {
                    continue;
                }
                budget.chars(text.length());
                if (cell.getCellType() == CellType.STRING
                        || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING) {
                    char mark = marks.computeIfAbsent(cell.getCellStyle().getIndex(),
                            k -> LegacyText.markOfFont(wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontName()));
                    if (mark != 0) {
                        text = mark + text;
                    }
                }
                if (cells == null) {
                    cells = new String[Math.max(8, col + 1)];
                } else if (col >= cells.length) {
                    cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
                }
                cells[col] = text;
            }
            if (cells != null) {
                rows.put(row.getRowNum() + 1, cells);
                if (++n > XlsxReader.MAX_ROWS) {
                    throw new StaffFileException("importer.file.tooManyRows", name, XlsxReader.MAX_ROWS);
                }
                if (n % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update(n, expected >= n ? expected : -1, "");
                }
            }
        }
        XlsxReader.fillMerged(rows, sheet.getMergedRegions());
        return new SheetData(sheet.getSheetName(), XlsxReader.rowsOf(rows));
    }

    private static String text(Cell cell, CellType type) {
        switch (type) {
            case STRING -> {
                return cell.getStringCellValue();
            }
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
                    LocalDateTime dt = cell.getLocalDateTimeCellValue();
                    return dt == null ? XlsxReader.plainNumber(d) : SheetData.DATE_MARK + dt.toLocalDate().toString();
                }
                return XlsxReader.plainNumber(d);
            }
            case BOOLEAN -> {
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            }
            case FORMULA -> {
                CellType cached = cell.getCachedFormulaResultType();
                return cached == CellType.FORMULA ? null : text(cell, cached);
            }
            default -> {
                return null;
            }
        }
    }
}
