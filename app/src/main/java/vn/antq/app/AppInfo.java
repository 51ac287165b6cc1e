package vn.antq.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import vn.antq.rules.RulesLoader;

/** The app's version (from the build) and the rubric version it ships. */
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

    public static String rubricVersion() {
        return RulesLoader.defaultRubric().version();
    }
}
