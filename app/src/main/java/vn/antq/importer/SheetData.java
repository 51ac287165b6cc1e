package vn.antq.importer;

import java.time.LocalDate;
import java.util.List;
import vn.antq.domain.Dates;

/**
 * The cell text of one sheet of a staff list (a workbook's sheet, or a whole CSV/text file), as read:
 * one entry per row that has any cell, merged regions already filled with their top-left value. Cells
 * are strings; a cell Excel stores as a date is kept as {@link #DATE_MARK} followed by the ISO date,
 * so the parser knows it is a real date rather than text. A text cell whose font is a legacy
 * Vietnamese font (.VnTime, VNI-Times…) starts with one of the {@link LegacyText} font marks until
 * {@link LegacyText#convert} has turned it into Unicode.
 *
 * @param sheetName   the sheet's name (the file's name for CSV/text)
 * @param rows        rows in sheet order
 * @param sheetNames  every sheet of the workbook, in order (the one read among them)
 * @param conversions columns whose text was converted from a legacy encoding (empty when none)
 */
record SheetData(String sheetName, List<Row> rows, List<String> sheetNames, List<Conversion> conversions) {
    /** Prefix (a private-use character) of a cell that held an Excel date. */
    static final char DATE_MARK = '\uE000';

    SheetData {
        rows = List.copyOf(rows);
        sheetNames = List.copyOf(sheetNames);
        conversions = List.copyOf(conversions);
    }

    SheetData(String sheetName, List<Row> rows) {
        this(sheetName, rows, List.of(sheetName), List.of());
    }

    SheetData withSheetNames(List<String> names) {
        return new SheetData(sheetName, rows, names, conversions);
    }

    /**
     * One row of the sheet.
     *
     * @param number  the Excel row number (1-based, as the clerk sees it)
     * @param cells   cell text by column index (null or "" for blank cells)
     */
    record Row(int number, List<String> cells) {
        String cell(int column) {
            if (column < 0 || column >= cells.size()) {
                return "";
            }
            String c = cells.get(column);
            return c == null ? "" : c;
        }

        boolean blank() {
            for (String c : cells) {
                if (c != null && !Text.clean(c).isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A column whose text was typed in a legacy Vietnamese encoding and converted to Unicode.
     *
     * @param column    0-based column index
     * @param encoding  the encoding found
     * @param cells     how many cells of the column were converted
     * @param before    one converted cell as it was stored
     * @param after     the same cell in Unicode
     */
    record Conversion(int column, LegacyText.Encoding encoding, int cells, String before, String after) {
    }

    static boolean isDate(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == DATE_MARK;
    }

    static LocalDate dateOf(String cell) {
        return LocalDate.parse(cell.substring(1));
    }

    /** The text of a cell for display: dates as dd/MM/yyyy. */
    static String display(String cell) {
        if (cell == null) {
            return "";
        }
        if (isDate(cell)) {
            return Dates.format(dateOf(cell));
        }
        return cell;
    }
}
