package vn.antq.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link RestoreCrashTest}: restores (or backs up) and stops at one step of the
 * work, printing {@code STOPPED n}, then waits to be killed with SIGKILL. Arguments:
 * {@code restore DATA_DIR ZIP STEP} or {@code backup DATA_DIR OUT_ZIP}.
 */
public final class RestoreChild {
    private RestoreChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int stop = args[0].equals("backup") ? Backups.BACKUP_STAGED : Integer.parseInt(args[3]);
        Object forever = new Object();
        Backups.hook = step -> {
            if (step == stop) {
                out.println("STOPPED " + step);
                synchronized (forever) {
                    while (true) {
                        try {
                            forever.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            }
        };
        if (args[0].equals("backup")) {
            try (Store store = Store.open(Path.of(args[1]))) {
                store.backup(Path.of(args[2]), null);
            }
        } else {
            Store.restore(Path.of(args[1]), Path.of(args[2]), null);
        }
        out.println("DONE");
    }
}
