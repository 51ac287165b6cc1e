package vn.antq.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.antq.domain.unit.EvidenceStatus;

/** The evidence folder: content-addressed copies (named by SHA-256), hashing, media types. */
final class EvidenceFiles {
    private static final int BUFFER = 64 * 1024;
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("webp", "image/webp"),
            Map.entry("heic", "image/heic"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("txt", "text/plain"),
            Map.entry("zip", "application/zip"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("mp3", "audio/mpeg"));

    private EvidenceFiles() {
    }

    record Stored(String sha256, long size) {
    }

    static MessageDigest sha256() {
        return vn.antq.archive.ManifestZip.sha256();
    }

    static String hex(byte[] digest) {
        return vn.antq.archive.ManifestZip.hex(digest);
    }

    /** SHA-256 of a file, streamed. */
    static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return hex(md.digest());
    }

    /**
     * Copies a file into the evidence folder: streamed to a temporary file while hashing, forced to
     * disk, then renamed to its SHA-256. Content already stored is not stored twice (a damaged
     * stored copy is replaced by the good one).
     */
    static Stored store(Path source, Path evidenceDir, long maxBytes) {
        long size;
        try {
            if (!Files.isRegularFile(source)) {
                throw new StoreException("store.evidence.noSource", source);
            }
            size = Files.size(source);
        } catch (IOException e) {
            throw new StoreException(e, "store.error.io", source, e.getMessage());
        }
        if (size > maxBytes) {
            throw new StoreException("store.evidence.tooLarge", source.getFileName(), megabytes(size),
                    megabytes(maxBytes));
        }
        Path tmp = evidenceDir.resolve(Staging.name("evidence", ".tmp"));
        try {
            Files.createDirectories(evidenceDir);
            MessageDigest md = sha256();
            long copied = 0;
            try (InputStream in = Files.newInputStream(source);
                    FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                byte[] buf = new byte[BUFFER];
                int n;
                while ((n = in.read(buf)) > 0) {
                    copied += n;
                    if (copied > maxBytes) {
                        throw new StoreException("store.evidence.tooLarge", source.getFileName(), megabytes(copied),
                                megabytes(maxBytes));
                    }
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
                out.flush();
                ch.force(true);
            }
            String sha = hex(md.digest());
            Path target = evidenceDir.resolve(sha);
            if (Files.exists(target) && verify(target, sha) == EvidenceStatus.OK) {
                Files.delete(tmp);
            } else {
                move(tmp, target);
                syncDirectory(evidenceDir);
            }
            return new Stored(sha, copied);
        } catch (IOException e) {
            // a full disk or a folder that cannot be written is said as such
            throw Environment.writeFailed(e, evidenceDir, "store.error.io", source);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename durable where the OS allows it (Linux, macOS); a no-op on Windows. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself
        }
    }

    /** Files in the evidence folder that none of the records names (temporary files of running programs aside). */
    static List<IntegrityReport.Unused> unused(Path evidenceDir, List<vn.antq.domain.unit.EvidenceFile> records) {
        java.util.Set<String> known = new java.util.HashSet<>();
        records.forEach(r -> known.add(r.sha256()));
        List<IntegrityReport.Unused> out = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> s = Files.list(evidenceDir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (known.contains(name) || name.startsWith(".")) {
                    continue;
                }
                long size;
                try {
                    size = Files.isDirectory(p) ? 0 : Files.size(p);
                } catch (IOException e) {
                    size = 0;
                }
                out.add(new IntegrityReport.Unused(name, size));
            }
        } catch (IOException e) {
            // no evidence folder: nothing unused
        }
        return out;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** OK when the stored copy's SHA-256 matches, MISSING when it is gone, ALTERED otherwise. */
    static EvidenceStatus verify(Path file, String expectedSha) {
        try {
            return sha256(file).equals(expectedSha) ? EvidenceStatus.OK : EvidenceStatus.ALTERED;
        } catch (NoSuchFileException e) {
            return EvidenceStatus.MISSING;
        } catch (IOException e) {
            return Files.exists(file) ? EvidenceStatus.ALTERED : EvidenceStatus.MISSING;
        }
    }

    /** The media type from the first bytes (PDF, PNG, JPEG, GIF, ZIP-based office), else from the extension. */
    static String mediaType(Path file, String originalName) {
        byte[] head = new byte[12];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException ignored) {
            // fall back to the name
        }
        String ext = extension(originalName);
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return "application/pdf";
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (n >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return "image/gif";
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String byExt = BY_EXTENSION.get(ext);
            return byExt != null && (ext.endsWith("x") || ext.startsWith("od") || ext.equals("zip")) ? byExt
                    : "application/zip";
        }
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
