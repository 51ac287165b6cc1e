package vn.antq.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.antq.storage.Store;
import vn.antq.storage.WindowLock;

/**
 * The child process of {@link OneWindowPerFolderTest}: holds a data folder as the app's window does
 * (its store open, the window lock taken, listening for a second start), prints {@code READY}, prints
 * {@code SHOWN} each time a second start asks it to come to the front, and ends when its input closes
 * (or when it is killed).
 */
public final class WindowHolder {
    private WindowHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.open(dir); WindowLock lock = WindowLock.acquire(dir).orElseThrow()) {
            lock.listen(() -> out.println("SHOWN"));
            out.println("READY");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
