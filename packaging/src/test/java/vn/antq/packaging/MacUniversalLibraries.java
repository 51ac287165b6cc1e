package vn.antq.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The JavaFX libraries of both Macs in one jar. JavaFX loads its native libraries from the root of
 * the class path ({@code /libglass.dylib}), so the Intel and the Apple-silicon builds cannot both
 * sit there under the same name; what {@code lipo -create} makes, a universal ("fat") Mach-O file
 * holding both, can: macOS loads the slice of its own processor. This writes, for every
 * {@code .dylib} the two JavaFX jars carry, one universal library into a small jar that the app's
 * shade step adds to {@code antq-desk.jar} (the thin Mac libraries are filtered out there). Each
 * slice is the original file byte for byte, so its code signature stays valid.
 *
 * <p>Run as a single-file program with only the JDK (app/pom.xml, before the shade step):
 * <pre>java MacUniversalLibraries.java INTEL.jar APPLE_SILICON.jar OUT.jar</pre>
 */
public final class MacUniversalLibraries {
    /** Universal ("fat") header magic, big-endian, as lipo writes it. */
    static final int FAT_MAGIC = 0xCAFEBABE;
    /** 64-bit Mach-O magic as it reads in the file's own (little-endian) order. */
    static final int MH_MAGIC_64 = 0xFEEDFACF;
    static final int CPU_TYPE_X86_64 = 0x01000007;
    static final int CPU_TYPE_ARM64 = 0x0100000C;
    /** Slices start on 16 KiB boundaries (arm64 pages; also a multiple of x86-64's 4 KiB). */
    static final int ALIGN_LOG2 = 14;

    private MacUniversalLibraries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java MacUniversalLibraries.java INTEL.jar APPLE_SILICON.jar OUT.jar");
            System.exit(2);
        }
        Map<String, byte[]> intel = dylibs(Path.of(args[0]));
        Map<String, byte[]> arm = dylibs(Path.of(args[1]));
        if (intel.isEmpty() || !intel.keySet().equals(arm.keySet())) {
            System.err.println("MacUniversalLibraries: the two jars do not carry the same libraries: "
                    + intel.keySet() + " / " + arm.keySet());
            System.exit(1);
        }
        Path out = Path.of(args[2]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (String name : intel.keySet()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(universal(intel.get(name), arm.get(name)));
                zip.closeEntry();
            }
        }
        System.out.println("MacUniversalLibraries: " + intel.size() + " universal libraries in " + out);
    }

    /** The {@code .dylib} entries at the root of a jar, by name. */
    static Map<String, byte[]> dylibs(Path jar) throws IOException {
        Map<String, byte[]> result = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().endsWith(".dylib") && e.getName().indexOf('/') < 0) {
                    try (InputStream in = zip.getInputStream(e)) {
                        result.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return result;
    }

    /** The CPU type of a thin 64-bit Mach-O file; refuses anything else (a fat file, a truncated one). */
    static int cpuType(byte[] thin) {
        if (thin.length < 32) {
            throw new IllegalArgumentException("not a Mach-O file: " + thin.length + " bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(thin).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != MH_MAGIC_64) {
            throw new IllegalArgumentException(String.format("not a thin 64-bit Mach-O file (magic %08x)", b.getInt(0)));
        }
        return b.getInt(4);
    }

    /** lipo -create of one Intel and one Apple-silicon library: fat header, then each slice aligned. */
    static byte[] universal(byte[] intel, byte[] arm) {
        if (cpuType(intel) != CPU_TYPE_X86_64 || cpuType(arm) != CPU_TYPE_ARM64) {
            throw new IllegalArgumentException("expected an x86_64 and an arm64 library");
        }
        byte[][] slices = {intel, arm};
        int align = 1 << ALIGN_LOG2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(8 + 20 * slices.length).order(ByteOrder.BIG_ENDIAN);
        header.putInt(FAT_MAGIC).putInt(slices.length);
        int offset = align;
        int[] offsets = new int[slices.length];
        for (int i = 0; i < slices.length; i++) {
            ByteBuffer thin = ByteBuffer.wrap(slices[i]).order(ByteOrder.LITTLE_ENDIAN);
            offsets[i] = offset;
            header.putInt(thin.getInt(4)).putInt(thin.getInt(8)).putInt(offset).putInt(slices[i].length)
                    .putInt(ALIGN_LOG2);
            offset = roundUp(offset + slices[i].length, align);
        }
        out.writeBytes(header.array());
        for (int i = 0; i < slices.length; i++) {
            pad(out, offsets[i]);
            out.writeBytes(slices[i]);
        }
        return out.toByteArray();
    }

    /** The slice for a CPU type in a universal file, or null when it has none. */
    static byte[] slice(byte[] fat, int cpuType) {
        ByteBuffer b = ByteBuffer.wrap(fat).order(ByteOrder.BIG_ENDIAN);
        if (b.getInt(0) != FAT_MAGIC) {
            return null;
        }
        int n = b.getInt(4);
        for (int i = 0; i < n; i++) {
            int at = 8 + 20 * i;
            if (b.getInt(at) == cpuType) {
                int offset = b.getInt(at + 8);
                int size = b.getInt(at + 12);
                byte[] s = new byte[size];
                System.arraycopy(fat, offset, s, 0, size);
                return s;
            }
        }
        return null;
    }

    private static int roundUp(int n, int align) {
        return (n + align - 1) / align * align;
    }

    private static void pad(ByteArrayOutputStream out, int upTo) {
        while (out.size() < upTo) {
            out.write(0);
        }
    }
}
