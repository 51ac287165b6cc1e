package vn.antq.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One app window per data folder. The window holds an EXCLUSIVE operating-system lock on
 * {@code antq-window.lock} for its whole life, so the lock goes with the process however it ends
 * (a kill leaves nothing that blocks the next start). It listens on a loopback port written, with a
 * random token, to {@code antq-window.port}: a second start on the same folder asks the first to
 * show its window ({@link #askToShow}) and exits. Commands that write refuse a folder whose window is
 * open ({@link #isOpenElsewhere}); reads go on as before (SQLite arbitrates).
 */
public final class WindowLock implements AutoCloseable {
    static final String LOCK_FILE = "antq-window.lock";
    static final String PORT_FILE = "antq-window.port";
    private static final String SHOW = "SHOW ";
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    /**
     * Folders whose window lock this JVM holds. Checked before the lock file is opened again: on
     * POSIX systems closing ANY channel of a file drops every lock the process has on it.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private volatile ServerSocket server;

    private WindowLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's window lock; empty when a window (of this or another program) has it. On a
     * file system without locks (some network shares) the lock is given unguarded.
     */
    public static java.util.Optional<WindowLock> acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!HELD.add(dir)) {
            return java.util.Optional.empty();
        }
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // this JVM has the window open already
            }
            if (l == null) {
                ch.close();
                HELD.remove(dir);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new WindowLock(dir, ch, l));
        } catch (IOException e) {
            closeQuietly(ch);
            return java.util.Optional.of(new WindowLock(dir, null, null));
        }
    }

    /** Whether a window has this folder open (in another program, or in this one). */
    public static boolean isOpenElsewhere(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (HELD.contains(dir)) {
            return true;
        }
        Path file = dir.resolve(LOCK_FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // no locks here: nothing to go by
        }
    }

    /**
     * Listens for a second start on this folder: each valid request runs {@code onShow} (on the
     * listening thread). The port and a new random token go to {@code antq-window.port}.
     */
    public void listen(Runnable onShow) throws IOException {
        byte[] raw = new byte[16];
        new SecureRandom().nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server = s;
        Path tmp = dir.resolve(PORT_FILE + ".tmp");
        Files.writeString(tmp, s.getLocalPort() + " " + token + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, dir.resolve(PORT_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Thread t = new Thread(() -> serve(s, token, onShow), "antq-window-lock");
        t.setDaemon(true);
        t.start();
    }

    private static void serve(ServerSocket s, String token, Runnable onShow) {
        while (!s.isClosed()) {
            try (Socket c = s.accept()) {
                c.setSoTimeout(CONNECT_TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(),
                        StandardCharsets.US_ASCII));
                String line = in.readLine();
                if (line != null && line.equals(SHOW + token)) {
                    onShow.run();
                    OutputStream out = c.getOutputStream();
                    out.write("OK\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (SocketTimeoutException e) {
                // a caller that said nothing: next
            } catch (IOException e) {
                if (s.isClosed()) {
                    return;
                }
            }
        }
    }

    /**
     * Asks the window that has the folder open to come to the front; false when it cannot be reached
     * (no port file, a stale one, or no answer).
     */
    public static boolean askToShow(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(PORT_FILE);
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 2) {
                return false;
            }
            int port = Integer.parseInt(parts[0]);
            try (Socket c = new Socket()) {
                c.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
                c.setSoTimeout(CONNECT_TIMEOUT_MS);
                OutputStream out = c.getOutputStream();
                out.write((SHOW + parts[1] + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(c.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                return "OK".equals(answer);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Stops listening and gives the lock back. */
    @Override
    public void close() {
        ServerSocket s = server;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closed
            }
            try {
                Files.deleteIfExists(dir.resolve(PORT_FILE));
            } catch (IOException ignored) {
                // a stale port file is harmless: nobody answers on it
            }
        }
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException ignored) {
                // released with the channel
            }
        }
        closeQuietly(channel);
        HELD.remove(dir);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
