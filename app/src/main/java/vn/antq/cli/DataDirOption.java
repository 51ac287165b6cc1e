package vn.antq.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.antq.i18n.Messages;
import vn.antq.storage.DataDir;
import vn.antq.storage.Store;
import vn.antq.storage.StoreOptions;

/** The {@code --data-dir DIR} option every data command takes (else ANTQ_DATA_DIR, else the OS default). */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = {"Thư mục dữ liệu (mặc định: biến ANTQ_DATA_DIR, rồi thư mục của hệ điều hành)",
                "Data folder (default: ANTQ_DATA_DIR, then the OS default)"})
    String dataDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The options of the command line this command runs in (the rules in force). */
    StoreOptions options() {
        return ((Cli) mixee.root().userObject()).options();
    }

    Path path() {
        return DataDir.resolve(dataDir);
    }

    /** Opens (creating on first use) the data folder: for init. Refused while the app's window has it open. */
    Store open() {
        return Store.open(writablePath(), options());
    }

    /**
     * The data folder for a command that writes: refused (one line, exit 2) while the app's window has
     * it open, since the window would go on showing, and later save over, what the command changed.
     * Commands that only read are not refused.
     */
    Path writablePath() {
        Path dir = path();
        if (vn.antq.storage.WindowLock.isOpenElsewhere(dir)) {
            throw new CliException(text("store.cli.openInApp", dir), Cli.EXIT_BAD_INPUT);
        }
        return dir;
    }

    /** Opens a data folder that must already hold data: for commands that only read or copy it. */
    Store openExisting() {
        Path dir = path();
        if (!java.nio.file.Files.exists(dir.resolve(DataDir.DB_FILE))) {
            throw new CliException(text("store.cli.noData", dir), Cli.EXIT_BAD_INPUT);
        }
        return Store.open(dir, options());
    }

    /** The store for a command that writes (see {@link #writablePath}, {@link #openExisting}). */
    Store openForWriting() {
        writablePath();
        return openExisting();
    }

    /** The year asked for, else the latest year of the store; refused when the store has none. */
    static int yearOrLatest(Store store, Integer year) {
        if (year != null) {
            if (store.years().get(year).isEmpty()) {
                throw new CliException(text("store.year.missing", String.valueOf(year)), Cli.EXIT_BAD_INPUT);
            }
            return year;
        }
        return store.years().latest().orElseThrow(() -> new CliException(Messages.vietnamese().get("store.year.none"),
                Cli.EXIT_BAD_INPUT));
    }

    static String date(LocalDate d) {
        return vn.antq.domain.Dates.format(d);
    }

    static String text(String key, Object... args) {
        return Messages.vietnamese().get(key, args);
    }

    static List<String> lines(String... lines) {
        return List.of(lines);
    }
}
