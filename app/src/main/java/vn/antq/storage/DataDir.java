package vn.antq.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the unit's data folder is: the {@code --data-dir} option, else the {@code ANTQ_DATA_DIR}
 * environment variable, else the default of the operating system (Windows
 * {@code %LOCALAPPDATA%\ANTQDesk}; Linux {@code $XDG_DATA_HOME/antq-desk} or
 * {@code ~/.local/share/antq-desk}; macOS {@code ~/Library/Application Support/ANTQDesk}).
 * Pure logic: the environment, OS name and home folder are passed in.
 */
public final class DataDir {
    /** The environment variable that points at another data folder. */
    public static final String ENV = "ANTQ_DATA_DIR";
    /** The database file inside the data folder. */
    public static final String DB_FILE = "antq.db";
    /** The evidence folder inside the data folder. */
    public static final String EVIDENCE_DIR = "evidence";
    /** The automatic backups folder inside the data folder. */
    public static final String BACKUP_DIR = "backups";

    private DataDir() {
    }

    /** The data folder for this process: option, then environment, then the OS default. */
    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /**
     * The data folder from an explicit option (may be null or blank), the environment, the OS name
     * ({@code os.name}) and the user's home folder.
     */
    public static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option.strip()).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
        }
        return defaultDir(env, osName, userHome);
    }

    /** The default data folder of an operating system. */
    public static Path defaultDir(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // Windows' variable names ignore case (the real System.getenv() does too; an injected map may not).
            // A relative value is ignored: it would put the data under the working folder, which for a
            // shortcut is the install folder, and the MSI deletes that folder on every upgrade.
            String local = windowsEnv(env, "LOCALAPPDATA");
            if (local != null && isWindowsAbsolute(local.strip())) {
                return Path.of(local.strip(), "ANTQDesk");
            }
            return Path.of(userHome, "AppData", "Local", "ANTQDesk");
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "ANTQDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "antq-desk");
        }
        return Path.of(userHome, ".local", "share", "antq-desk");
    }

    /** An environment variable looked up as Windows does: the name's case does not matter. */
    static String windowsEnv(Map<String, String> env, String name) {
        String exact = env.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * A Windows absolute path, whatever OS runs this: a drive letter with a separator ({@code C:\...},
     * {@code D:/...}) or a UNC share ({@code \\server\share\...}). {@code C:folder} and {@code \folder} are
     * relative to a current drive or folder.
     */
    static boolean isWindowsAbsolute(String path) {
        if (path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(0) < 128
                && path.charAt(1) == ':' && (path.charAt(2) == '\\' || path.charAt(2) == '/')) {
            return true;
        }
        return path.matches("[\\\\/]{2}[^\\\\/]+[\\\\/][^\\\\/]+.*");
    }
}
