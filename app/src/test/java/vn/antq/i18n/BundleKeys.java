package vn.antq.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** For the bundle tests: a bundle file as written, and the keys the code names literally. */
public final class BundleKeys {
    private BundleKeys() {
    }

    /** A bundle file of {@code vn/antq/i18n/} read as UTF-8; null when there is none. */
    public static Properties load(String file) {
        Properties p = new Properties();
        try (InputStream in = BundleKeys.class.getResourceAsStream("/vn/antq/i18n/" + file)) {
            if (in == null) {
                return null;
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Group 1 of every match of {@code pattern} in the Java sources under the given folders (paths
     * from the module, e.g. {@code src/main/java/vn/antq/cli}), sorted.
     */
    public static Set<String> used(Pattern pattern, String... dirs) {
        Set<String> keys = new TreeSet<>();
        for (String dir : dirs) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                files = walk.filter(p -> p.toString().endsWith(".java")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path f : files) {
                try {
                    Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return keys;
    }
}
