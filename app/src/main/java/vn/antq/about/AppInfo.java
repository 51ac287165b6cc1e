package vn.antq.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The app's version, from the build. A leaf: it depends on nothing of the app, so every layer may
 * read it (the rubric's version is the rubric's: {@code Rubric.version()} of the rules in force).
 */
public final class AppInfo {
    private AppInfo() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/vn/antq/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        return p.getProperty("app.version", "dev");
    }
}
