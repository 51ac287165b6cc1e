package vn.antq.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * packaging/WINDOWS.md cannot drift from packaging/pom.xml: its table of jpackage options is generated from the
 * pom (installer profile with the windows profile's properties) and compared here; every jlink option the text
 * names anywhere must be one the pom passes. {@code ./mvnw -B verify -Dwindows.doc.write=true} rewrites the table.
 */
class WindowsDocTest {
    static final String BEGIN = "<!-- BEGIN generated from packaging/pom.xml by WindowsDocTest; do not edit by hand -->";
    static final String END = "<!-- END generated -->";

    private static Path doc() {
        return Path.of(System.getProperty("packaging.basedir", ".")).resolve("WINDOWS.md");
    }

    /** The table of jpackage options of both executions, as the Windows build runs them. */
    static String generated(PackagingPom pom) {
        StringBuilder b = new StringBuilder(BEGIN).append('\n');
        b.append("Runtime (execution `linked-runtime`, `LinkedRuntime.java`), linked by jlink:\n\n")
                .append("| jlink option | value on Windows |\n|---|---|\n")
                .append("| `--add-modules` | `").append(pom.property("app.module")).append(",").append(pom.property("jlink.modules"))
                .append("` (and JavaFX's, which the app's module requires) |\n");
        for (String o : jlinkOptions(pom)) {
            b.append("| `").append(o.replaceAll("=.*", "")).append("` | ")
                    .append(o.contains("=") ? "`" + o.substring(o.indexOf('=') + 1) + "`" : "(set)").append(" |\n");
        }
        b.append('\n');
        table(b, "App image (execution `app-image`), with that runtime:", pom.jpackage("app-image"));
        b.append('\n');
        table(b, "Installer (execution `installer`), made from that image:", pom.jpackage("installer"));
        return b.append(END).toString();
    }

    private static void table(StringBuilder b, String title, List<PackagingPom.Option> options) {
        b.append(title).append("\n\n| jpackage option | value on Windows |\n|---|---|\n");
        for (PackagingPom.Option o : options) {
            String value;
            if (o.name().equals("--type")) {
                value = "`" + o.joined("").toLowerCase(Locale.ROOT).replace('_', '-') + "`";
            } else if (o.name().equals("--add-modules")) {
                value = "`" + o.joined(",") + "`";
            } else if (o.values().equals(List.of("true"))) {
                value = "(set)";
            } else {
                value = o.values().stream().map(v -> "`" + v + "`").collect(Collectors.joining(" "));
            }
            b.append("| `").append(o.name()).append("` | ").append(value).append(" |\n");
        }
    }

    private static String block(String text) {
        int from = text.indexOf(BEGIN);
        int to = text.indexOf(END);
        assertThat(from).as("WINDOWS.md has the generated block's markers").isGreaterThanOrEqualTo(0);
        assertThat(to).isGreaterThan(from);
        return text.substring(from, to + END.length());
    }

    @Test
    void optionTablesAreThePoms() throws Exception {
        String text = Files.readString(doc(), StandardCharsets.UTF_8);
        String expected = generated(PackagingPom.windowsBuild());
        String actual = block(text);
        if (!actual.equals(expected) && Boolean.getBoolean("windows.doc.write")) {
            Files.writeString(doc(), text.replace(actual, expected), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual).as("WINDOWS.md's generated block; rewrite it with -Dwindows.doc.write=true")
                .isEqualTo(expected);
    }

    @Test
    void everyJlinkOptionTheTextNamesIsOneThePomPasses() throws Exception {
        Set<String> jlinkOptions = jlinkOptionNames();
        assertThat(jlinkOptions).contains("--strip-debug", "--strip-native-commands", "--no-man-pages", "--compress")
                .doesNotContain("--help", "--output");
        List<String> passed = jlinkOptions(PackagingPom.windowsBuild());
        String text = Files.readString(doc(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("--[a-z][a-z-]+").matcher(text);
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group());
        }
        named.retainAll(jlinkOptions);
        for (String option : named) {
            assertThat(passed).as("WINDOWS.md names jlink option " + option + "; the pom does not pass it")
                    .anyMatch(p -> p.equals(option) || p.startsWith(option + "="));
        }
    }

    @Test
    void tableShowsTheWindowsValuesNotTheLinuxOnes() throws Exception {
        String table = generated(PackagingPom.windowsBuild());
        assertThat(table).contains("`msi`", "`--win-upgrade-uuid`", "antq-desk.ico", "sqlitejdbc.dll")
                .doesNotContain("UseTransparentHugePages", "libsqlitejdbc.so", "${");
    }

    /** The jlink options LinkedRuntime passes (the pom's {@code jlink.options}, space separated). */
    static List<String> jlinkOptions(PackagingPom pom) {
        return List.of(pom.property("jlink.options").strip().split("\\s+"));
    }

    /**
     * The image-shaping option names of jlink: its plugins ({@code --list-plugins}) and the {@code --no-…} and
     * {@code --strip-…} options of {@code --help} (not the general ones such as --help or --output).
     */
    private static Set<String> jlinkOptionNames() {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow();
        Pattern option = Pattern.compile("(?m)^\\s+(?:-\\w+, )?(--[a-z][a-z-]+)");
        Set<String> names = new TreeSet<>();
        StringWriter help = new StringWriter();
        jlink.run(new PrintWriter(help), new PrintWriter(new StringWriter()), "--help");
        Matcher m = option.matcher(help.toString());
        while (m.find()) {
            if (m.group(1).startsWith("--no-") || m.group(1).startsWith("--strip-")) {
                names.add(m.group(1));
            }
        }
        StringWriter plugins = new StringWriter();
        jlink.run(new PrintWriter(plugins), new PrintWriter(new StringWriter()), "--list-plugins");
        m = option.matcher(plugins.toString());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
