package vn.antq.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's options on Windows, checked here: the JVM settings file {@code antq.vmoptions} as a Windows
 * checkout or editor leaves it (CR LF line ends) still applies, and the Windows java-options point at files the
 * Windows image has ({@code $APPDIR} is {@code app\} beside {@code runtime\}).
 */
class LauncherOptionsTest {
    private static Path vmoptions() {
        return Path.of(System.getProperty("packaging.basedir", ".")).resolve("src/jvm/antq.vmoptions");
    }

    private static String flags(Path optionsFile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:VMOptionsFile=" + optionsFile, "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void vmOptionsFileIsPlainAsciiWithoutByteOrderMark() throws IOException {
        byte[] bytes = Files.readAllBytes(vmoptions());
        // a UTF-8 byte order mark (old Notepad's "UTF-8") makes the JVM refuse to start: "Unrecognized option"
        assertThat(bytes.length).isPositive();
        assertThat(bytes[0]).isEqualTo((byte) '-');
        for (byte b : bytes) {
            assertThat(b >= 0).as("ASCII only").isTrue();
        }
    }

    @Test
    void vmOptionsApplyWithWindowsLineEnds(@TempDir Path tmp) throws Exception {
        String lf = Files.readString(vmoptions(), StandardCharsets.US_ASCII);
        Path crlf = tmp.resolve("antq.vmoptions");
        Files.writeString(crlf, lf.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.US_ASCII);
        assertThat(Files.readString(crlf)).contains("\r\n");
        String out = flags(crlf);
        for (String line : lf.strip().split("\\R")) {
            String[] kv = line.strip().substring("-XX:".length()).split("=");
            assertThat(out).as(line).containsPattern("\\b" + kv[0] + "\\s+= " + kv[1] + "\\s+\\{product\\} \\{command line\\}");
        }
    }

    @Test
    void windowsJavaOptionsPointAtFilesTheWindowsImageHas() throws Exception {
        PackagingPom pom = PackagingPom.windowsBuild();
        List<String> options = pom.jpackage("app-image").stream().filter(o -> o.name().equals("--java-options"))
                .findFirst().orElseThrow().values();
        // the runtime's own archive (runtime\bin\server\classes.jsa, dumped at build time) is the JVM's default:
        // no archive path and nothing of the archive once made on the user's machine
        assertThat(options).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Dantq.cds."));
        assertThat(pom.jpackage("app-image")).anyMatch(o -> o.name().equals("--module")
                && o.values().equals(List.of("vn.antq.desk/vn.antq.app.Launcher")));
        // JavaFX 21 on the Java 25 runtime: allowed to use sun.misc.Unsafe without a warning on stderr
        assertThat(options).contains("--sun-misc-unsafe-memory-access=allow");
        assertThat(options).contains("-XX:VMOptionsFile=$APPDIR/antq.vmoptions", "-Dfile.encoding=UTF-8",
                "-Dorg.sqlite.lib.name=sqlitejdbc.dll");
        String sqliteDir = options.stream().filter(o -> o.startsWith("-Dorg.sqlite.lib.path=")).findFirst()
                .orElseThrow().substring("-Dorg.sqlite.lib.path=$APPDIR/native/".length());
        // the unpack step takes exactly that entry out of the sqlite-jdbc jar
        Path sqliteJar = Path.of(System.getProperty("m2.repository")).resolve("org/xerial/sqlite-jdbc").resolve(pom.property("sqlite.version"))
                .resolve("sqlite-jdbc-" + pom.property("sqlite.version") + ".jar").normalize();
        try (ZipFile zip = new ZipFile(sqliteJar.toFile())) {
            assertThat(zip.getEntry(sqliteDir + "/sqlitejdbc.dll")).as(sqliteDir).isNotNull();
        }
        assertThat(vmoptions().getFileName().toString()).isEqualTo("antq.vmoptions");
        // no option of the Linux launcher slipped into the Windows one
        assertThat(options).noneMatch(o -> o.contains("TransparentHugePages") || o.endsWith(".so"));
    }
}
