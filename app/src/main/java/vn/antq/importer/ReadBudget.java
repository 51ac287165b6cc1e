package vn.antq.importer;

/**
 * The limits of one read of a staff list, checked while streaming, so that a small file that unpacks to
 * gigabytes (a 45 MB .xlsx holding 4 GB of cells, a zip bomb) is refused after reading at most the
 * budget, with one clear message, instead of filling memory or running for minutes. A staff list of
 * 100,000 people with 20 columns is far below every limit.
 */
final class ReadBudget {
    /** Cells (XML cell elements, CSV fields, .xls cells), blank ones included. */
    static final long MAX_CELLS = 3_000_000;
    /** Characters of text seen (XML text of the sheet and the shared strings, CSV text). */
    static final long MAX_CHARS = 80_000_000;

    private final String fileName;
    private long cells;
    private long chars;

    ReadBudget(String fileName) {
        this.fileName = fileName;
    }

    void cell() {
        if (++cells > MAX_CELLS) {
            throw tooMuch();
        }
    }

    void chars(long n) {
        chars += n;
        if (chars > MAX_CHARS) {
            throw tooMuch();
        }
    }

    private StaffFileException tooMuch() {
        return new StaffFileException("importer.file.tooMuchData", fileName, String.valueOf(MAX_CELLS),
                String.valueOf(MAX_CHARS / 1_000_000));
    }
}
