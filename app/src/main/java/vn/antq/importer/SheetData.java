package vn.antq.importer;

import java.time.LocalDate;
import java.util.List;
import vn.antq.domain.Dates;

/**
 * The cell text of the first sheet of a workbook, as read: one entry per row that has any cell,
 * merged regions already filled with their top-left value. Cells are strings; a cell Excel stores
 * as a date is kept as {@link #DATE_MARK} followed by the ISO date, so the parser knows it is a
 * real date rather than text.
 *
 * @param sheetName the sheet's name
 * @param rows      rows in sheet order
 */
record SheetData(String sheetName, List<Row> rows) {
    /** Prefix (a private-use character) of a cell that held an Excel date. */
    static final char DATE_MARK = '\uE000';

    SheetData {
        rows = List.copyOf(rows);
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
