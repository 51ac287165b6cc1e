package vn.antq.importer;

/**
 * A column of a staff list whose text was typed in a legacy Vietnamese encoding and converted to Unicode.
 *
 * @param column    0-based column index
 * @param header    the column's header text (after conversion), or ""
 * @param encoding  TCVN3 or VNI
 * @param cells     how many cells were converted
 * @param before    one converted cell as the file had it
 * @param after     the same cell in Unicode
 */
public record LegacyConversion(int column, String header, LegacyText.Encoding encoding, int cells, String before,
        String after) {
}
