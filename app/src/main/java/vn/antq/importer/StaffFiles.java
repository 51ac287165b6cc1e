package vn.antq.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.antq.domain.Progress;

/**
 * Opens a staff list of any accepted kind — .xlsx, .xls, .csv or text (.txt, Excel's Unicode Text) —
 * by what the file is (its first bytes), not only its name, and reads the chosen sheet within one
 * {@link ReadBudget}. Every failure is a {@link StaffFileException} with a message for the clerk.
 */
final class StaffFiles {
    /** Files above this size are refused before they are opened. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** The file chooser's patterns of the accepted kinds. */
    static final java.util.List<String> PATTERNS = java.util.List.of("*.xlsx", "*.xls", "*.csv", "*.txt");

    private StaffFiles() {
    }

    /**
     * Reads a staff list.
     *
     * @param sheetOrNull  the sheet to read (name or number from 1), or null for the first with a header
     */
    static SheetData read(Path file, String sheetOrNull, Progress progress) {
        String name = XlsxReader.name(file);
        checkFile(file);
        ReadBudget budget = new ReadBudget(name);
        SheetChoice choice = new SheetChoice(sheetOrNull, name);
        FileMagic magic = magicOf(file);
        return switch (magic) {
            case OOXML -> {
                checkZip(file);
                yield XlsxReader.read(file, choice, budget, progress);
            }
            case OLE2 -> {
                ole2Check(file);
                yield XlsReader.read(file, choice, budget, progress);
            }
            case BIFF2, BIFF3, BIFF4 -> throw new StaffFileException("importer.file.xls", name);
            default -> {
                if (magic != FileMagic.UNKNOWN || !looksLikeText(file)) {
                    throw new StaffFileException("importer.file.notXlsx", name);
                }
                yield TextTableReader.read(file, budget, progress);
            }
        };
    }

    private static void checkFile(Path file) {
        String name = XlsxReader.name(file);
        try {
            if (!Files.exists(file)) {
                throw new StaffFileException("importer.file.missing", file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw new StaffFileException("importer.file.notXlsx", name);
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new StaffFileException("importer.file.tooLarge", name, size / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024));
            }
            if (size == 0) {
                throw new StaffFileException("importer.file.notXlsx", name);
            }
        } catch (IOException e) {
            throw new StaffFileException("importer.file.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A truncated or damaged zip is refused here, before POI, which would log a warning and fall back to
     * reading the broken file as a stream.
     */
    private static void checkZip(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.size() == 0) {
                throw new StaffFileException("importer.file.corrupt", XlsxReader.name(file));
            }
        } catch (IOException e) {
            throw new StaffFileException("importer.file.corrupt", XlsxReader.name(file));
        }
    }

    private static FileMagic magicOf(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (NoSuchFileException e) {
            throw new StaffFileException("importer.file.missing", file.toString());
        } catch (IOException e) {
            throw new StaffFileException("importer.file.unreadable", XlsxReader.name(file),
                    String.valueOf(e.getMessage()));
        }
    }

    /** An OLE2 container is an .xls workbook, an encrypted .xlsx (password) or another old Office file. */
    private static void ole2Check(Path file) {
        String name = XlsxReader.name(file);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new StaffFileException("importer.file.encrypted", name);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new StaffFileException("importer.file.notXlsx", name);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof StaffFileException s) {
                throw s;
            }
            throw new StaffFileException("importer.file.corruptXls", name);
        }
    }

    /**
     * Whether a file is text: a name ending in .csv/.txt/.tsv, or no NUL byte in its first 8 KB, or a
     * UTF-16 byte order mark (Excel's Unicode Text, whose ASCII letters carry NUL bytes).
     */
    private static boolean looksLikeText(Path file) {
        String n = XlsxReader.name(file).toLowerCase(Locale.ROOT);
        byte[] head = new byte[8192];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StaffFileException("importer.file.unreadable", XlsxReader.name(file),
                    String.valueOf(e.getMessage()));
        }
        if (read >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        for (int i = 0; i < read; i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        return n.endsWith(".csv") || n.endsWith(".txt") || n.endsWith(".tsv") || read > 0;
    }
}
