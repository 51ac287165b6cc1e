package vn.antq.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.antq.domain.DomainException;
import vn.antq.json.StrictJson;

/**
 * The one ZIP-with-a-SHA-256-manifest of the product, used by backups ({@code antq-backup/1}) and
 * packages ({@code antq-package/1}). {@link Writer} streams entries into a ZIP, hashing each, and
 * writes {@code manifest.json} last; {@link Reader} checks an untrusted ZIP against its manifest with
 * budgets: the manifest is read with {@link StrictJson}, every path is checked (no zip-slip, no
 * duplicates), declared sizes are summed against a budget BEFORE any content is read, and each
 * entry is read at most one byte past its declared size, so a bomb or a lie stops at once.
 *
 * <p>The manifest's JSON shape (field names, other fields) belongs to each format; this class only
 * needs the name of the list and of the path field in it.
 */
public final class ManifestZip {
    public static final String MANIFEST = "manifest.json";
    private static final int BUFFER = 64 * 1024;

    private ManifestZip() {
    }

    /** One entry of a manifest: its path in the ZIP, size in bytes and SHA-256 (lower-case hex). */
    public record Entry(String name, long size, String sha256) {
    }

    /** How much an archive may hold: per entry and in total (bytes declared by its manifest). */
    public record Budget(long maxEntryBytes, long maxTotalBytes, int maxEntries) {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** A relative path with '/' separators, no "..", no drive, no backslash, no control characters. */
    public static boolean safe(String path) {
        if (path == null || path.isEmpty() || path.length() > 1000 || path.startsWith("/") || path.contains("\\")
                || path.contains(":")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return false;
            }
        }
        for (String part : path.split("/", -1)) {
            if (part.equals("..") || part.equals(".") || (part.isEmpty() && !path.endsWith("/"))) {
                return false;
            }
        }
        return true;
    }

    /** A name from an untrusted archive, fit for a message: control characters as '?', at most 200 characters. */
    public static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    // --- writing --------------------------------------------------------------------------------------

    /** Writes entries, hashing each, then the manifest. Not thread-safe. */
    public static final class Writer implements Closeable {
        private final ZipOutputStream zip;
        private final List<Entry> written = new ArrayList<>();

        public Writer(OutputStream out) {
            this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        }

        /**
         * Copies one entry from {@code in}; {@code compress} false stores data that is compressed
         * already (photos, PDFs) without deflating it again. {@code tick} is called every few MB (for
         * cancelling), may be null.
         */
        public Entry add(String name, InputStream in, FileTime time, boolean compress, Runnable tick)
                throws IOException {
            ZipEntry entry = new ZipEntry(name);
            if (time != null) {
                entry.setLastModifiedTime(time);
            }
            zip.setLevel(compress ? 6 : Deflater.NO_COMPRESSION);
            zip.putNextEntry(entry);
            MessageDigest md = sha256();
            byte[] buf = new byte[BUFFER];
            long size = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                zip.write(buf, 0, n);
                size += n;
                if (tick != null && (size & ((1 << 22) - 1)) < n) {
                    tick.run();
                }
            }
            zip.closeEntry();
            Entry e = new Entry(name, size, hex(md.digest()));
            written.add(e);
            return e;
        }

        /** Every entry written so far, in order. */
        public List<Entry> entries() {
            return List.copyOf(written);
        }

        /** Writes {@code manifest.json} (the bytes given) as the last entry and finishes the ZIP. */
        public void finish(byte[] manifest, FileTime time) throws IOException {
            ZipEntry entry = new ZipEntry(MANIFEST);
            if (time != null) {
                entry.setLastModifiedTime(time);
            }
            zip.setLevel(6);
            zip.putNextEntry(entry);
            zip.write(manifest);
            zip.closeEntry();
            zip.finish();
            zip.flush();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    // --- reading --------------------------------------------------------------------------------------

    /** What can be wrong with an archive, found by {@link Reader#check}. */
    public enum Fault {
        /** A path that could escape a folder when extracted, or the same path twice. */
        UNSAFE,
        /** The manifest is missing. */
        NO_MANIFEST,
        /** The manifest cannot be read or is not of the format expected. */
        BAD_MANIFEST,
        /** Listed in the manifest, absent from the ZIP. */
        MISSING,
        /** In the ZIP, not in the manifest. */
        EXTRA,
        /** Declared sizes beyond the budget. */
        TOO_LARGE
    }

    /** One fault and the path (or detail) it concerns. */
    public record Problem(Fault fault, String path) {
    }

    /** The outcome of {@link Reader#check}: the manifest (null when unreadable), the entries it lists, the faults. */
    public record Checked(ObjectNode manifest, List<Entry> listed, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Thrown by {@link Reader#open} for a file that is not a readable ZIP. */
    public static final class NotAZip extends IOException {
        public NotAZip(Throwable cause) {
            super(cause);
        }
    }

    /** An untrusted archive opened for checking. */
    public static final class Reader implements Closeable {
        private final ZipFile zip;
        private final String label;
        private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
        private final List<Problem> unsafe = new ArrayList<>();

        private Reader(ZipFile zip, String label) {
            this.zip = zip;
            this.label = label;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (!safe(e.getName()) || entries.putIfAbsent(e.getName(), e) != null) {
                    unsafe.add(new Problem(Fault.UNSAFE, printable(e.getName())));
                }
            }
        }

        public static Reader open(Path file) throws IOException {
            try {
                String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                return new Reader(new ZipFile(file.toFile(), StandardCharsets.UTF_8), label);
            } catch (ZipException | IllegalArgumentException e) {
                throw new NotAZip(e);
            }
        }

        /**
         * Checks the archive's structure against its manifest, reading no content but the manifest:
         * the manifest's {@code format}, every listed path safe and once, present in the ZIP, nothing
         * extra (but {@code alsoAllowed}), sizes within the budget. Content is checked by {@link #copy}.
         *
         * @param listField the manifest's list of entries ({@code entries}, {@code files})
         * @param nameField the path field of each ({@code name}, {@code path})
         */
        public Checked check(String format, String listField, String nameField, Budget budget, Set<String> alsoAllowed) {
            List<Problem> problems = new ArrayList<>(unsafe);
            ZipEntry me = entries.get(MANIFEST);
            if (me == null) {
                problems.add(new Problem(Fault.NO_MANIFEST, label));
                return new Checked(null, List.of(), problems);
            }
            ObjectNode manifest;
            try (InputStream in = zip.getInputStream(me)) {
                manifest = StrictJson.readObject(in, MANIFEST + " (" + label + ")", StrictJson.Budget.MANIFEST);
            } catch (DomainException e) {
                problems.add(new Problem(Fault.BAD_MANIFEST, e.getMessage()));
                return new Checked(null, List.of(), problems);
            } catch (IOException e) {
                problems.add(new Problem(Fault.BAD_MANIFEST, MANIFEST));
                return new Checked(null, List.of(), problems);
            }
            JsonNode list = manifest.get(listField);
            if (!format.equals(text(manifest.get("format"))) || list == null || !list.isArray()) {
                problems.add(new Problem(Fault.BAD_MANIFEST, "format"));
                return new Checked(manifest, List.of(), problems);
            }
            List<Entry> listed = new ArrayList<>();
            Set<String> names = new java.util.HashSet<>();
            long total = 0;
            for (JsonNode n : list) {
                String name = n.isObject() ? text(n.get(nameField)) : null;
                JsonNode sizeNode = n.isObject() ? n.get("size") : null;
                String sha = n.isObject() ? text(n.get("sha256")) : null;
                if (name == null || !safe(name) || name.equals(MANIFEST) || !names.add(name)) {
                    problems.add(new Problem(Fault.UNSAFE, name == null ? "?" : printable(name)));
                    continue;
                }
                if (sizeNode == null || !sizeNode.isIntegralNumber() || !sizeNode.canConvertToLong()
                        || sizeNode.longValue() < 0 || sha == null || !sha.matches("[0-9a-fA-F]{64}")) {
                    problems.add(new Problem(Fault.BAD_MANIFEST, printable(name)));
                    continue;
                }
                long size = sizeNode.longValue();
                if (size > budget.maxEntryBytes() || listed.size() >= budget.maxEntries()) {
                    problems.add(new Problem(Fault.TOO_LARGE, printable(name)));
                    continue;
                }
                total += size;
                listed.add(new Entry(name, size, sha.toLowerCase(java.util.Locale.ROOT)));
                if (!entries.containsKey(name)) {
                    problems.add(new Problem(Fault.MISSING, name));
                }
            }
            if (total > budget.maxTotalBytes()) {
                problems.add(new Problem(Fault.TOO_LARGE, label));
            }
            for (String name : entries.keySet()) {
                if (!name.equals(MANIFEST) && !names.contains(name) && !name.endsWith("/")
                        && !alsoAllowed.contains(name)) {
                    problems.add(new Problem(Fault.EXTRA, printable(name)));
                }
            }
            return new Checked(manifest, List.copyOf(listed), problems);
        }

        /** The raw bytes of an entry no larger than {@code max} (e.g. a signature), or null. */
        public byte[] bytes(String name, int max) throws IOException {
            ZipEntry e = entries.get(name);
            if (e == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(e)) {
                byte[] b = in.readNBytes(max + 1);
                return b.length > max ? null : b;
            }
        }

        /**
         * Streams a listed entry into {@code sink} (may be null: hash only), reading at most one byte
         * past its declared size. True when size and SHA-256 match; on false the sink holds garbage.
         */
        public boolean copy(Entry listed, OutputStream sink) throws IOException {
            ZipEntry e = entries.get(listed.name());
            if (e == null) {
                return false;
            }
            MessageDigest md = sha256();
            byte[] buf = new byte[BUFFER];
            long read = 0;
            try (InputStream in = zip.getInputStream(e)) {
                int n;
                while ((n = in.read(buf, 0, (int) Math.min(buf.length, listed.size() + 1 - read))) > 0) {
                    md.update(buf, 0, n);
                    if (sink != null) {
                        sink.write(buf, 0, n);
                    }
                    read += n;
                    if (read > listed.size()) {
                        return false;
                    }
                }
            } catch (ZipException ex) {
                return false;
            }
            return read == listed.size() && hex(md.digest()).equalsIgnoreCase(listed.sha256());
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }

        private static String text(JsonNode n) {
            return n != null && n.isTextual() ? n.textValue() : null;
        }
    }
}
