package vn.antq.importer;

/**
 * A row below the header that is clearly not a person and is left out of the import without being an
 * error: the preview lists it so the clerk sees nothing was lost.
 *
 * @param rowNumber  the row number as the clerk sees it
 * @param reason     why it was left out
 * @param text       the row's filled cells, joined (shortened)
 */
public record SkippedRow(int rowNumber, Reason reason, String text) {
    /** Why a row is not a person; each has a message key {@code importer.skip.<name in lower case>}. */
    public enum Reason {
        /** Nothing in the list's columns (a note beside the table, a blank formatted row). */
        EMPTY,
        /** "Tổng cộng: 4 người". */
        TOTAL,
        /** "Người lập biểu", "Hiệu trưởng", "…, ngày … tháng … năm …". */
        SIGNATURE,
        /** A row below a footer row without a department (a signer's name). */
        FOOTER,
        /** The header repeated (a printed page break). */
        HEADER,
        /** Only numbers: an STT alone, or the column numbers (1) (2) (3) printed under the header. */
        NUMBERS;

        public String key() {
            return "importer.skip." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
