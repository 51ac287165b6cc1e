package vn.antq.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * packaging/pom.xml as the tests read it: its properties with one OS profile's overrides applied, and the
 * jpackage executions of the installer profile as jpackage options with the properties filled in (paths shown
 * relative to the packaging folder). What WINDOWS.md shows and the workflow relies on is computed from here.
 */
final class PackagingPom {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private final Element project;
    private final Map<String, String> properties = new LinkedHashMap<>();

    private PackagingPom(Path pom, java.util.List<String> profiles) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        project = doc.getDocumentElement();
        Document parent = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(pom.resolveSibling("../pom.xml").normalize().toFile());
        properties.put("project.version", text(child(parent.getDocumentElement(), "version")));
        properties.putAll(simpleChildren(child(parent.getDocumentElement(), "properties")));
        properties.put("project.basedir", ".");
        properties.put("project.build.directory", "target");
        properties.putAll(simpleChildren(child(project, "properties")));
        for (String p : profiles) {
            properties.putAll(simpleChildren(child(profile(p), "properties")));
        }
    }

    /** The pom with the properties of profile {@code osProfile} (e.g. "windows"; null for none) applied. */
    static PackagingPom read(String osProfile) throws Exception {
        return new PackagingPom(Path.of(System.getProperty("packaging.basedir", ".")).resolve("pom.xml"),
                osProfile == null ? List.of() : List.of(osProfile));
    }

    /**
     * The pom as the Windows workflow builds it: the runtime linked from the JDK 25 the workflow names in
     * {@code ANTQ_RUNTIME_JDK} (profile runtime-jdk), then the windows profile.
     */
    static PackagingPom windowsBuild() throws Exception {
        return new PackagingPom(Path.of(System.getProperty("packaging.basedir", ".")).resolve("pom.xml"),
                List.of("runtime-jdk", "windows"));
    }

    String property(String name) {
        return resolve(properties.get(name));
    }

    /** A profile's element by id. */
    Element profile(String id) {
        for (Element p : children(child(project, "profiles"), "profile")) {
            if (id.equals(text(child(p, "id")))) {
                return p;
            }
        }
        throw new IllegalArgumentException("no profile " + id);
    }

    /** The configuration of a jpackage execution of the installer profile, plugin-level settings first. */
    List<Option> jpackage(String executionId) {
        Element plugin = null;
        for (Element p : children(child(child(profile("installer"), "build"), "plugins"), "plugin")) {
            if ("jpackage-maven-plugin".equals(text(child(p, "artifactId")))) {
                plugin = p;
            }
        }
        List<Option> result = new ArrayList<>();
        addOptions(child(plugin, "configuration"), result);
        for (Element e : children(child(plugin, "executions"), "execution")) {
            if (executionId.equals(text(child(e, "id")))) {
                addOptions(child(e, "configuration"), result);
                return result;
            }
        }
        throw new IllegalArgumentException("no jpackage execution " + executionId);
    }

    /** One jpackage option with its values (several for the list options). */
    record Option(String name, List<String> values) {
        String joined(String separator) {
            return String.join(separator, values);
        }
    }

    /** Settings of the Maven plugin itself, not options of jpackage. */
    private static final List<String> PLUGIN_ONLY = List.of("skip", "removeDestination");

    private void addOptions(Element configuration, List<Option> out) {
        for (Element e : children(configuration, null)) {
            String name = e.getTagName();
            if (PLUGIN_ONLY.contains(name)) {
                continue;
            }
            List<String> values = new ArrayList<>();
            List<Element> items = children(e, null);
            if (items.isEmpty()) {
                values.add(resolve(text(e)));
            } else {
                items.forEach(i -> values.add(resolve(text(i))));
            }
            if (values.equals(List.of("false"))) {
                continue;
            }
            out.add(new Option(option(name), values));
        }
    }

    /** jpackage's option for a parameter of the Maven plugin: jLinkOptions → --jlink-options, winMenu → --win-menu. */
    static String option(String parameter) {
        String p = parameter.equals("jLinkOptions") ? "jlinkOptions" : parameter;
        return "--" + p.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    String resolve(String value) {
        if (value == null) {
            return null;
        }
        String v = value;
        for (int depth = 0; depth < 10; depth++) {
            Matcher m = PROPERTY.matcher(v);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String r = properties.get(m.group(1));
                changed |= r != null;
                m.appendReplacement(sb, Matcher.quoteReplacement(r != null ? r : m.group()));
            }
            m.appendTail(sb);
            v = sb.toString().replace("./", "");
            if (!changed) {
                break;
            }
        }
        return v.replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> simpleChildren(Element e) {
        Map<String, String> m = new LinkedHashMap<>();
        if (e != null) {
            for (Element c : children(e, null)) {
                m.put(c.getTagName(), text(c));
            }
        }
        return m;
    }

    static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && (name == null || el.getTagName().equals(name))) {
                result.add(el);
            }
        }
        return result;
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }
}
