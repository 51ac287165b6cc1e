package vn.antq.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Windows workflow (.github/workflows/windows.yml) cannot run on this project's Linux CI, so everything
 * it calls must be something Linux runs: its Maven commands are the ones .ci/run runs (the same profile, the
 * same image check), its test command is the README's, and the MSI it keeps is where the pom puts it.
 */
class WorkflowTest {
    private static String workflow;
    private static String ciRun;
    private static String readme;

    @BeforeAll
    static void read() throws Exception {
        Path root = Path.of(System.getProperty("packaging.basedir", ".")).resolve("..").normalize();
        workflow = Files.readString(root.resolve(".github/workflows/windows.yml"), StandardCharsets.UTF_8);
        ciRun = Files.readString(root.resolve(".ci/run"), StandardCharsets.UTF_8);
        readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** Maven invocations of a script, as argument lists without the flags that change only the output. */
    static List<List<String>> mavenCommands(String script, String wrapper) {
        Pattern line = Pattern.compile("(?m)^\\s*(?:run:\\s*)?" + Pattern.quote(wrapper) + "\\s+(.*)$");
        Matcher m = line.matcher(script);
        List<List<String>> result = new java.util.ArrayList<>();
        while (m.find()) {
            result.add(Arrays.stream(m.group(1).strip().split("\\s+"))
                    .filter(a -> !a.equals("-ntp") && !a.equals("-q") && !a.equals("--no-transfer-progress"))
                    .collect(Collectors.toList()));
        }
        return result;
    }

    @Test
    void runsOnAHostedWindowsRunnerOnEveryPush() {
        assertThat(workflow).contains("runs-on: windows-latest").containsPattern("(?m)^on:\\s*$")
                .containsPattern("(?m)^  push:");
    }

    @Test
    void everyMavenCommandOfTheWorkflowIsOneCiRunsOnLinux() {
        List<List<String>> windows = mavenCommands(workflow, "mvnw.cmd");
        List<List<String>> linux = mavenCommands(ciRun, "./mvnw");
        assertThat(windows).as("the workflow's Maven commands").hasSize(2);
        assertThat(linux).as(".ci/run runs every Maven command of the Windows workflow").containsAll(windows);
        assertThat(windows).contains(List.of("-B", "-P", "installer", "-DskipTests", "package"));
    }

    @Test
    void itsTestCommandIsTheReadmes() {
        Matcher m = Pattern.compile("Run every test[^`]*```\\s*\\n\\s*\\./mvnw (.*)\\n").matcher(readme);
        assertThat(m.find()).as("README's test command").isTrue();
        List<String> readmeCommand = Arrays.asList(m.group(1).strip().split("\\s+"));
        assertThat(readme).contains("On Windows use `mvnw.cmd` instead of `./mvnw`");
        assertThat(mavenCommands(workflow, "mvnw.cmd")).first().isEqualTo(readmeCommand);
    }

    @Test
    void buildsTheMsiWithTheJdkAndWixThePomIsMadeFor() throws Exception {
        PackagingPom pom = PackagingPom.read("windows");
        assertThat(pom.property("installer.type")).isEqualTo("MSI");
        assertThat(pom.property("installer.skip")).isEqualTo("false");
        // two JDKs: the runtime's (25, named to the build in ANTQ_RUNTIME_JDK) set up first, then the build's own (17),
        // which setup-java leaves as JAVA_HOME
        List<Integer> jdks = new java.util.ArrayList<>();
        Matcher jdk = Pattern.compile("java-version:\\s*'?(\\d+)'?").matcher(workflow);
        while (jdk.find()) {
            jdks.add(Integer.parseInt(jdk.group(1)));
        }
        assertThat(jdks).containsExactly(25, Integer.parseInt(pom.property("maven.compiler.release")));
        int version = jdks.get(1);
        assertThat(workflow).contains("ANTQ_RUNTIME_JDK: ${{ env.JAVA_HOME_25_X64 }}");
        assertThat(workflow).contains("distribution: temurin");
        if (version < 24) { // jpackage supports WiX 4/5 only from JDK 24 (JDK-8319457)
            assertThat(workflow).containsPattern("wix3\\d*/releases/download/wix3\\d+rtm/wix3\\d+-binaries\\.zip");
        }
        // jpackage of JDK 17 needs a full JDK with jmods (Temurin's JDK has them); the README says which one.
        assertThat(Files.readString(Path.of(System.getProperty("packaging.basedir", ".")).resolve("WINDOWS.md"),
                StandardCharsets.UTF_8)).contains("JDK 17 x64", "WiX Toolset 3.14");
    }

    @Test
    void keepsTheMsiWhereThePomPutsIt() throws Exception {
        PackagingPom pom = PackagingPom.read("windows");
        String installerDir = "packaging/" + pom.property("installer.dir");
        assertThat(workflow).contains("uses: actions/upload-artifact@v4")
                .contains("path: " + installerDir + "/*.msi").contains("if-no-files-found: error");
    }

    @Test
    void theImageCheckRunsInTheProfileBothBuildsUse() throws Exception {
        // the check-image execution (exec plugin, not a test: -DskipTests does not skip it) is in the installer profile
        String pom = Files.readString(Path.of(System.getProperty("packaging.basedir", ".")).resolve("pom.xml"),
                StandardCharsets.UTF_8);
        int installer = pom.indexOf("<id>installer</id>");
        int check = pom.indexOf("<id>check-image</id>");
        int windowsProfile = pom.indexOf("<id>windows</id>");
        assertThat(installer).isPositive();
        assertThat(check).isGreaterThan(installer).isLessThan(windowsProfile);
        assertThat(pom.substring(check, pom.indexOf("</execution>", check))).contains("ImageCheck.java")
                .contains("<phase>prepare-package</phase>");
    }
}
