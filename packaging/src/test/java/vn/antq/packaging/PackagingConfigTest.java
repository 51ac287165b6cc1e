package vn.antq.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.antq.storage.DataDir;

/**
 * Guards the installer settings that must never drift (upgrade code, install folder apart from the
 * data folder, the runtime's module list) and the helpers of {@link ImageCheck}. Runs in the ordinary
 * build; the image itself is checked only in the installer profile.
 */
class PackagingConfigTest {
    /** Fixed at the first release: changing it makes Windows install a second copy instead of upgrading. */
    private static final String UPGRADE_UUID = "3c8d7af8-6ae7-4d7f-acb9-7bf7609041cb";

    private static Map<String, String> pomProperties() throws Exception {
        Path pom = Path.of(System.getProperty("packaging.basedir", ".")).resolve("pom.xml");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Node props = doc.getDocumentElement().getElementsByTagName("properties").item(0);
        Map<String, String> result = new HashMap<>();
        NodeList children = props.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                result.put(n.getNodeName(), n.getTextContent().strip());
            }
        }
        return result;
    }

    @Test
    void upgradeCodeStaysTheSameForever() throws Exception {
        String uuid = pomProperties().get("win.upgrade.uuid");
        assertThat(uuid).isEqualTo(UPGRADE_UUID);
        assertThat(UUID.fromString(uuid).toString()).isEqualTo(uuid);
    }

    @Test
    void perUserInstallFolderIsNotTheDataFolder() throws Exception {
        Map<String, String> p = pomProperties();
        String installDir = p.get("win.install.dir").replace('/', '\\');
        // The MSI removes %LOCALAPPDATA%\<installDir> recursively on uninstall/upgrade: it must not hold user data.
        assertThat(installDir).isNotBlank();
        assertThat(installDir.toLowerCase()).isNotEqualTo("antqdesk").doesNotStartWith("antqdesk\\");
        // jpackage (JDK 17) rejects ':' and '..' with only an error line and falls back to the app name,
        // i.e. %LOCALAPPDATA%\ANTQDesk, the data folder.
        assertThat(installDir).doesNotContain("..").doesNotStartWith("\\").doesNotContain(":");
        assertThat(p.get("win.menu.group")).isEqualTo("ANTQ Desk");

        // The app's own idea of the Windows data folder (storage.DataDir), against %LOCALAPPDATA%\<installDir>.
        String local = "C:\\Users\\lan\\AppData\\Local";
        String data = DataDir.defaultDir(Map.of("LOCALAPPDATA", local), "Windows 11", "C:\\Users\\lan")
                .toString().replace('/', '\\').toLowerCase(Locale.ROOT) + "\\";
        String install = (local + "\\" + installDir).toLowerCase(Locale.ROOT) + "\\";
        assertThat(data).isEqualTo("c:\\users\\lan\\appdata\\local\\antqdesk\\");
        assertThat(install).isNotEqualTo(data);
        assertThat(install.startsWith(data)).as("install folder inside the data folder").isFalse();
        assertThat(data.startsWith(install)).as("data folder inside the install folder").isFalse();
    }

    @Test
    void installerMetadataFitsTheMsiCodePageButTheLauncherDescriptionIsVietnamese() throws Exception {
        Map<String, String> p = pomProperties();
        // WiX 3 with jpackage's English strings uses code page 1252: Vietnamese letters break the link step.
        for (String key : new String[] {"msi.description", "app.vendor", "app.copyright", "app.name",
            "win.menu.group", "win.install.dir"}) {
            assertThat(p.get(key)).as(key).isNotBlank();
            assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(p.get(key))).as(key).isTrue();
        }
        assertThat(p.get("app.description")).contains("tự đánh giá", "An toàn về an ninh, trật tự");
        assertThat(p.get("app.name")).doesNotContain(" ");
    }

    @Test
    void runtimeKeepsVietnameseLocaleDataAndTheModulesJdepsCannotSee() throws Exception {
        Set<String> modules = ImageCheck.modules(pomProperties().get("jlink.modules"));
        assertThat(modules).containsAll(ImageCheck.ALWAYS);
        assertThat(modules).doesNotContainAnyElementsOf(ImageCheck.NEVER);
    }

    @Test
    void readsTheModuleListOfAJlinkRelease(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n"
                + "MODULES=\"java.base java.logging jdk.localedata\"\nOS_NAME=\"Linux\"\n");
        assertThat(ImageCheck.releaseModules(dir)).containsExactly("java.base", "java.logging", "jdk.localedata");
    }

    @Test
    void findsTheRubricVersionInTheAppJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("vn/antq/i18n/messages.properties"));
            zip.write("version=nope\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("vn/antq/rubrics/r.json"));
            zip.write("{ \"id\": \"x\",\n  \"version\" : \"QĐ 510 (2022)\" }".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ImageCheck.rubricVersion(jar)).isEqualTo("QĐ 510 (2022)");
    }
}
