package vn.antq.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirTest {
    @Test
    void optionWinsOverEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of(DataDir.ENV, "/srv/antq", "XDG_DATA_HOME", "/x");
        assertThat(DataDir.resolve("/tmp/mine", env, "Linux", "/home/lan")).isEqualTo(Path.of("/tmp/mine"));
        assertThat(DataDir.resolve(null, env, "Linux", "/home/lan")).isEqualTo(Path.of("/srv/antq"));
        assertThat(DataDir.resolve("  ", Map.of(), "Linux", "/home/lan"))
                .isEqualTo(Path.of("/home/lan/.local/share/antq-desk"));
    }

    @Test
    void defaultsPerOperatingSystem() {
        assertThat(DataDir.defaultDir(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", "/home/lan"))
                .isEqualTo(Path.of("/data/xdg/antq-desk"));
        assertThat(DataDir.defaultDir(Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/lan"))
                .isEqualTo(Path.of("/home/lan/.local/share/antq-desk"));
        assertThat(DataDir.defaultDir(Map.of(), "Mac OS X", "/Users/lan"))
                .isEqualTo(Path.of("/Users/lan/Library/Application Support/ANTQDesk"));
        Path win = DataDir.defaultDir(Map.of("LOCALAPPDATA", "C:\\Users\\lan\\AppData\\Local"), "Windows 11", "C:\\Users\\lan");
        assertThat(win.getFileName().toString()).isEqualTo("ANTQDesk");
        assertThat(win.toString()).startsWith("C:\\Users\\lan\\AppData\\Local");
        Path winNoEnv = DataDir.defaultDir(Map.of(), "Windows 10", "/home/lan");
        assertThat(winNoEnv).isEqualTo(Path.of("/home/lan", "AppData", "Local", "ANTQDesk"));
    }

    /** The Windows default, from the environment as the Windows JVM hands it over (names in any case). */
    private static String windows(Map<String, String> env, String home) {
        return DataDir.defaultDir(env, "Windows 11", home).toString().replace('/', '\\');
    }

    @Test
    void windowsDataFolderIsUnderLocalAppData() {
        String home = "C:\\Users\\Nguyễn Thị Lan";
        assertThat(windows(Map.of("LOCALAPPDATA", home + "\\AppData\\Local"), home))
                .isEqualTo("C:\\Users\\Nguyễn Thị Lan\\AppData\\Local\\ANTQDesk");
        // Windows ignores the case of variable names; a roaming profile on a share is absolute too
        assertThat(windows(Map.of("LocalAppData", "D:\\Profiles\\lan\\Local"), home))
                .isEqualTo("D:\\Profiles\\lan\\Local\\ANTQDesk");
        assertThat(windows(Map.of("LOCALAPPDATA", "\\\\server\\profiles\\lan\\Local "), home))
                .isEqualTo("\\\\server\\profiles\\lan\\Local\\ANTQDesk");
        assertThat(windows(Map.of("LOCALAPPDATA", "C:/Users/lan/AppData/Local"), home))
                .isEqualTo("C:\\Users\\lan\\AppData\\Local\\ANTQDesk");
    }

    @Test
    void windowsFallsBackToTheProfileWhenLocalAppDataIsMissingBlankOrRelative() {
        String home = "C:\\Users\\lan";
        String fallback = "C:\\Users\\lan\\AppData\\Local\\ANTQDesk";
        assertThat(windows(Map.of(), home)).isEqualTo(fallback);
        assertThat(windows(Map.of("LOCALAPPDATA", "  "), home)).isEqualTo(fallback);
        // relative values would land in the working folder: for a shortcut, the install folder the MSI deletes
        for (String relative : new String[] {"AppData\\Local", "C:AppData", "\\Users\\lan", "."}) {
            assertThat(windows(Map.of("LOCALAPPDATA", relative), home)).as(relative).isEqualTo(fallback);
        }
        // the data folder's own override still wins over all of it
        assertThat(DataDir.resolve(null, Map.of(DataDir.ENV, "/srv/antq", "LOCALAPPDATA", "C:\\x"), "Windows 11", home))
                .isEqualTo(Path.of("/srv/antq"));
    }

    @Test
    void recognisesWindowsAbsolutePathsOnAnyPlatform() {
        assertThat(DataDir.isWindowsAbsolute("C:\\Users")).isTrue();
        assertThat(DataDir.isWindowsAbsolute("z:/data")).isTrue();
        assertThat(DataDir.isWindowsAbsolute("\\\\nas\\share")).isTrue();
        assertThat(DataDir.isWindowsAbsolute("C:")).isFalse();
        assertThat(DataDir.isWindowsAbsolute("C:Users")).isFalse();
        assertThat(DataDir.isWindowsAbsolute("\\Users")).isFalse();
        assertThat(DataDir.isWindowsAbsolute("\\\\nas")).isFalse();
        assertThat(DataDir.isWindowsAbsolute("Đ:\\x")).isFalse();
    }
}
