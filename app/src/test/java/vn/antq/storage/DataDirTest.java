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
}
