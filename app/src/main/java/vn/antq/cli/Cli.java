package vn.antq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.antq.about.AppInfo;
import vn.antq.i18n.Messages;
import vn.antq.log.ErrorLog;
import vn.antq.storage.DataDir;
import vn.antq.storage.StoreOptions;

/**
 * The command line of the jar. Every command prints its result on stdout; faults go to stderr as
 * one readable line (in Vietnamese) with exit status 2 for bad input, 1 for a failed check.
 */
@Command(name = "antq-desk",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        sortOptions = false,
        header = {
            "ANTQ Desk — tự chấm điểm phong trào toàn dân bảo vệ ANTQ và tiêu chuẩn “An toàn về an ninh, trật tự”.",
            "ANTQ Desk — self-assessment of the national-security movement and the ANTT standard.",
        },
        synopsisHeading = "%nCách dùng / Usage:%n",
        commandListHeading = "%nLệnh / Commands:%n",
        optionListHeading = "%nTùy chọn / Options:%n",
        footer = {
            "",
            "Không có tham số: mở cửa sổ ứng dụng (có thể kèm --data-dir THƯ_MỤC).",
            "No arguments: opens the application window (optionally with --data-dir DIR).",
        })
public final class Cli implements Runnable {
    /** Exit status for bad input (bad JSON, unknown key, value out of range…). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit status for a check that found a problem. */
    public static final int EXIT_PROBLEM = 1;

    private final StoreOptions options;

    private Cli(StoreOptions options) {
        this.options = options;
    }

    /** The rules (and other options) every command opens the data folder with. */
    StoreOptions options() {
        return options;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** The subcommands, in the order {@code --help} lists them. */
    static List<Object> commands() {
        return List.of(new ScoreCommand(), new InitCommand(), new ImportStaffCommand(), new ListStaffCommand(),
                new BackupCommand(), new RestoreCommand(), new CheckCommand(), new ExportAssessmentCommand(), new ImportAssessmentCommand(),
                new ExportCommand(), new ReviewCommand(), new VerifyCommand(), new CertificatesCommand(), new ReceiverInitCommand(), new ReceiveCommand(), new ReceiveSummaryCommand(), new GenerateDemoCommand());
    }

    /** The command line on the shipped rules. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, StoreOptions.defaults());
    }

    /** The command line on the given rules: the composition root of every command. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, StoreOptions options) {
        CommandLine cl = new CommandLine(new Cli(options));
        for (Object c : commands()) {
            cl.addSubcommand(c);
        }
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Cli::commandList);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(
                    oneLine(Messages.vietnamese().get("cli.error.usage", ex.getMessage())));
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /** Lists every command with both lines of its description (Vietnamese, then English). */
    static String commandList(CommandLine.Help help) {
        StringBuilder sb = new StringBuilder();
        int width = help.subcommands().keySet().stream().mapToInt(String::length).max().orElse(8) + 2;
        for (var e : help.subcommands().entrySet()) {
            String[] lines = e.getValue().commandSpec().usageMessage().description();
            for (int i = 0; i < Math.max(1, lines.length); i++) {
                String name = i == 0 ? e.getKey() : "";
                String text = lines.length == 0 ? "" : lines[i];
                sb.append("  ").append(name).append(" ".repeat(width - name.length())).append(text).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Runs the command line and returns the exit status. Whatever happens, the user sees at most one
     * line on stderr per failure; the technical details go to the data folder's log
     * ({@code logs/antq.log}), and the libraries' own warnings to {@code logs/libraries.log}.
     */
    public static int run(String[] args) {
        routeLibraryLogs(dataDirOf(args));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, out, err);
    }

    /** {@link #run(String[])} with the streams given (tests). */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        Path dataDir = dataDirOf(args);
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli passes Errors through: the input was too large for the memory given
            ErrorLog.write(dataDir, commandName(args), e);
            err.println(Messages.vietnamese().get("cli.error.memory", maxHeapMegabytes()));
            code = EXIT_BAD_INPUT;
        } catch (RuntimeException | Error e) {
            Path log = ErrorLog.write(dataDir, commandName(args), e);
            err.println(Messages.vietnamese().get("cli.error.unexpected", e.getClass().getSimpleName(),
                    log == null ? "—" : log));
            code = EXIT_BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The data folder the arguments name ({@code --data-dir}, else the environment or the OS default). */
    static Path dataDirOf(String[] args) {
        String option = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                option = args[i + 1];
            } else if (args[i].startsWith("--data-dir=")) {
                option = args[i].substring("--data-dir=".length());
            }
        }
        try {
            return DataDir.resolve(option);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String commandName(String[] args) {
        return args.length == 0 ? "antq-desk" : "antq-desk " + args[0];
    }

    /** Sends slf4j-simple's output (POI's warnings…) to the data folder instead of the user's screen. */
    private static void routeLibraryLogs(Path dataDir) {
        String key = "org.slf4j.simpleLogger.logFile";
        if (System.getProperty(key) != null) {
            return;
        }
        try {
            if (dataDir != null && Files.isDirectory(dataDir)) {
                Path logs = Files.createDirectories(dataDir.resolve(ErrorLog.DIR));
                System.setProperty(key, logs.resolve(ErrorLog.LIBRARIES).toString());
                return;
            }
        } catch (IOException | RuntimeException e) {
            // fall through: no log file
        }
        // no data folder: library warnings are not for the user's screen either
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
    }

    static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** One line: a message spread over lines is joined, so scripts and users see one line per failure. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Shows the app and rubric version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ANTQ Desk " + AppInfo.version() + " — " + vn.antq.rules.RulesLoader.defaultRubric().version()};
        }
    }

    /**
     * Turns a domain refusal or a fault into one line on stderr and an exit status; never a stack trace.
     * What a developer would need (the cause, the stack) goes to the data folder's log.
     */
    static final class Failures implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            PrintWriter err = cl.getErr();
            Path dataDir = dataDirOf(parsed.originalArgs().toArray(new String[0]));
            String what = "antq-desk " + cl.getCommandName();
            if (ex instanceof CliException ce) {
                err.println(oneLine(ce.getMessage()));
                return ce.exitCode();
            }
            if (ex instanceof vn.antq.domain.DomainException de) {
                if (de.getCause() != null) {
                    ErrorLog.write(dataDir, what, de);
                }
                err.println(oneLine(de.getMessage()));
                return EXIT_BAD_INPUT;
            }
            Path log = ErrorLog.write(dataDir, what, ex);
            err.println(Messages.vietnamese().get("cli.error.unexpected", ex.getClass().getSimpleName(),
                    log == null ? "—" : log));
            return EXIT_BAD_INPUT;
        }
    }
}
