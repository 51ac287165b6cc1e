package vn.antq.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM that makes a class data archive ({@link ClassDataArchive}) runs this: it loads, without
 * initialising, every class a class list names, so that they are written to the archive when the JVM
 * exits. It uses nothing but the JDK, so it can be put beside any program's classes.
 */
public final class ClassListLoader {
    private ClassListLoader() {
    }

    public static void main(String[] args) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        int loaded = 0;
        for (String name : classNames(lines)) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // not on this classpath (e.g. the headless platform used when the list was recorded)
            }
        }
        System.out.println("loaded " + loaded + " classes");
    }

    /**
     * The class names a class list holds, in the JDK's -XX:DumpLoadedClassList format (lines like
     * {@code java/lang/Object id: 0}); comments, {@code @} directives, lambda and proxy classes skipped.
     */
    static List<String> classNames(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            int end = line.indexOf(' ');
            String name = (end < 0 ? line : line.substring(0, end)).replace('/', '.');
            if (!name.contains("$$Lambda") && !name.startsWith("jdk.proxy")) {
                names.add(name);
            }
        }
        return names;
    }
}
