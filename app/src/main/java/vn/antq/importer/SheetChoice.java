package vn.antq.importer;

import java.util.List;

/**
 * Which sheet of a workbook to read: the one the user named (by name, without regard to case or
 * accents, or by its number counted from 1), or else the first whose header names the required
 * columns (a workbook's first sheet is often a cover or a summary), or else the first sheet with data.
 */
final class SheetChoice {
    private final String wanted;
    private final String fileName;
    private SheetData firstWithData;

    SheetChoice(String wantedOrNull, String fileName) {
        this.wanted = wantedOrNull == null || wantedOrNull.isBlank() ? null : wantedOrNull.strip();
        this.fileName = fileName;
    }

    /** Whether the user named a sheet. */
    boolean named() {
        return wanted != null;
    }

    /** The index of the sheet the user named among {@code names}; refused when there is none such. */
    int namedIndex(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (Text.fold(names.get(i)).equals(Text.fold(wanted))) {
                return i;
            }
        }
        if (wanted.matches("[0-9]{1,4}")) {
            int n = Integer.parseInt(wanted);
            if (n >= 1 && n <= names.size()) {
                return n - 1;
            }
        }
        throw new StaffFileException("importer.file.noSuchSheet", fileName, wanted, String.join(", ", names));
    }

    /**
     * Offers a sheet read (legacy text already converted); true when it is the one to use. Without a
     * named sheet, the first with a recognisable header is taken; the first with data is remembered.
     */
    boolean accept(SheetData sheet) {
        if (named()) {
            return true;
        }
        if (firstWithData == null && sheet.rows().stream().anyMatch(r -> !r.blank())) {
            firstWithData = sheet;
        }
        return StaffImport.hasHeader(sheet);
    }

    /** When no sheet had a header: the first with data, else the last one offered. */
    SheetData fallback(SheetData last) {
        return firstWithData != null ? firstWithData : last;
    }
}
