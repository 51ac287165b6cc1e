package vn.antq.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.antq.domain.CancelledException;
import vn.antq.domain.Progress;

/**
 * Reads a staff list saved as text: CSV (comma or semicolon, as Excel writes it in Vietnamese and
 * European settings) or Excel's "Unicode Text" (tab-separated UTF-16). The encoding is found from the
 * byte order mark (UTF-8, UTF-16 LE/BE), else UTF-8 when the bytes are valid UTF-8, else Windows-1258
 * (Vietnamese ANSI) — unless the text reads as TCVN3/VNI bytes, which {@link LegacyText} then converts.
 * The separator is the one of comma, semicolon and tab that splits the first lines most consistently.
 * Quoted cells may hold separators, quotes ("") and line breaks (commons-csv parses them).
 */
final class TextTableReader {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final int SAMPLE_LINES = 30;

    private TextTableReader() {
    }

    static SheetData read(Path file, ReadBudget budget, Progress progress) {
        String name = XlsxReader.name(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StaffFileException("importer.file.unreadable", name, String.valueOf(e.getMessage()));
        }
        String text = decode(bytes);
        budget.chars(text.length());
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        List<SheetData.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            int n = 0;
            for (CSVRecord record : parser) {
                int number = (int) Math.min(Integer.MAX_VALUE, record.getRecordNumber());
                List<String> cells = new ArrayList<>(Math.min(record.size(), XlsxReader.MAX_COLUMNS));
                boolean any = false;
                for (int c = 0; c < record.size(); c++) {
                    budget.cell();
                    if (c < XlsxReader.MAX_COLUMNS) {
                        String v = record.get(c);
                        cells.add(v);
                        any |= !v.isEmpty();
                    }
                }
                if (!any) {
                    continue;
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(new SheetData.Row(number, cells));
                if (++n > XlsxReader.MAX_ROWS) {
                    throw new StaffFileException("importer.file.tooManyRows", name, XlsxReader.MAX_ROWS);
                }
                if (n % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update(n, -1, "");
                }
            }
        } catch (StaffFileException | CancelledException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new StaffFileException("importer.file.badText", name, String.valueOf(rows.size() + 1));
        }
        return LegacyText.convert(new SheetData(name, rows));
    }

    /** The text of the bytes: by byte order mark, else UTF-8 if valid, else Windows-1258 or legacy bytes. */
    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            // not UTF-8: an "ANSI" file
        }
        String vietnamese = Normalizer.normalize(new String(b, WINDOWS_1258), Normalizer.Form.NFC);
        // TCVN3/VNI text saved as bytes: read byte for byte (Latin-1), then converted by LegacyText
        String latin = new String(b, StandardCharsets.ISO_8859_1);
        LegacyText.Encoding legacy = LegacyText.guess(latin);
        if (legacy != null && LegacyText.plausibility(LegacyText.decode(latin, legacy))
                > LegacyText.plausibility(vietnamese)) {
            return latin;
        }
        return vietnamese;
    }

    /** The separator that splits the first lines into the same number (above one) of fields most often. */
    static char separator(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (lines.size() < SAMPLE_LINES && start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                lines.add(line);
            }
            start = end + 1;
        }
        char best = ',';
        int bestScore = -1;
        for (char sep : SEPARATORS) {
            Map<Integer, Integer> byCount = new HashMap<>();
            for (String line : lines) {
                int fields = fields(line, sep);
                if (fields > 1) {
                    byCount.merge(fields, 1, Integer::sum);
                }
            }
            // lines sharing the most common field count, weighted a little by the count itself
            int score = 0;
            for (Map.Entry<Integer, Integer> e : byCount.entrySet()) {
                score = Math.max(score, e.getValue() * 100 + e.getKey());
            }
            if (score > bestScore) {
                bestScore = score;
                best = sep;
            }
        }
        return best;
    }

    private static int fields(String line, char sep) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                n++;
            }
        }
        return n;
    }
}
