package vn.antq.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.antq.interchange.AssessmentJson;

/**
 * Checks a package against its {@code manifest.json}: every listed file present with the listed
 * size and SHA-256, nothing extra, no unsafe or duplicate path. Nothing is extracted to disk:
 * entries are streamed and hashed, and reading stops as soon as an entry exceeds its listed size,
 * so a malicious zip (zip-slip paths, huge or bomb entries) cannot fill the disk or run for long.
 */
public final class Verifier {
    /** The largest manifest read (a real one is a few hundred KB). */
    static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
    /** The most bytes hashed in one check, whatever the manifest claims. */
    static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024 * 1024;

    private Verifier() {
    }

    public static VerifyReport verify(Path zipFile) {
        String name = zipFile.getFileName() == null ? zipFile.toString() : zipFile.getFileName().toString();
        List<VerifyReport.Problem> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (!safe(e.getName())) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.UNSAFE, printable(e.getName())));
                    continue;
                }
                if (entries.putIfAbsent(e.getName(), e) != null) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.UNSAFE, printable(e.getName())));
                }
            }
            ZipEntry manifestEntry = entries.get(PackageWriter.MANIFEST);
            if (manifestEntry == null) {
                problems.add(new VerifyReport.Problem(VerifyReport.Kind.NO_MANIFEST, name));
                return new VerifyReport(name, 0, problems);
            }
            JsonNode manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
                if (bytes.length > MAX_MANIFEST_BYTES) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.BAD_MANIFEST, "size"));
                    return new VerifyReport(name, 0, problems);
                }
                manifest = AssessmentJson.mapper().readTree(bytes);
            } catch (IOException e) {
                problems.add(new VerifyReport.Problem(VerifyReport.Kind.BAD_MANIFEST, String.valueOf(e.getMessage())));
                return new VerifyReport(name, 0, problems);
            }
            if (manifest == null || !manifest.isObject() || !PackageWriter.FORMAT.equals(manifest.path("format").asText())
                    || !manifest.path("files").isArray()) {
                problems.add(new VerifyReport.Problem(VerifyReport.Kind.BAD_MANIFEST, "format"));
                return new VerifyReport(name, 0, problems);
            }
            Set<String> listed = new HashSet<>();
            long budget = MAX_TOTAL_BYTES;
            int checked = 0;
            for (JsonNode f : manifest.get("files")) {
                String path = f.path("path").asText("");
                long size = f.path("size").asLong(-1);
                String sha = f.path("sha256").asText("");
                checked++;
                if (!safe(path) || !listed.add(path) || path.equals(PackageWriter.MANIFEST)) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.UNSAFE, printable(path)));
                    continue;
                }
                ZipEntry e = entries.get(path);
                if (e == null) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.MISSING, path));
                    continue;
                }
                if (size < 0 || size > budget) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.DIFFERS, path));
                    continue;
                }
                long read = hash(zip, e, size, sha);
                if (read < 0) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.DIFFERS, path));
                } 
                budget -= Math.abs(read);
            }
            for (String entryName : entries.keySet()) {
                if (!entryName.equals(PackageWriter.MANIFEST) && !entryName.equals(PackageWriter.MANIFEST_SIGNATURE)
                        && !listed.contains(entryName)
                        && !entryName.endsWith("/")) {
                    problems.add(new VerifyReport.Problem(VerifyReport.Kind.EXTRA, entryName));
                }
            }
            return new VerifyReport(name, checked, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new VerifyReport.Problem(VerifyReport.Kind.UNREADABLE, name));
            return new VerifyReport(name, 0, problems);
        }
    }

    /**
     * Streams one entry through SHA-256, reading at most {@code size + 1} bytes. Returns the bytes read
     * when size and hash match, or minus the bytes read when they do not.
     */
    private static long hash(ZipFile zip, ZipEntry e, long size, String sha) throws IOException {
        MessageDigest md = Sha256.digest();
        byte[] buf = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = zip.getInputStream(e)) {
            int n;
            while ((n = in.read(buf, 0, (int) Math.min(buf.length, size + 1 - read))) > 0) {
                md.update(buf, 0, n);
                read += n;
                if (read > size) {
                    return -read;
                }
            }
        } catch (java.util.zip.ZipException ex) {
            return -Math.max(read, 1);
        }
        if (read != size || !Sha256.hex(md.digest()).equalsIgnoreCase(sha)) {
            return -Math.max(read, 1);
        }
        return read;
    }

    /** A relative path with '/' separators, no "..", no drive, no backslash, no control characters. */
    static boolean safe(String path) {
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

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
