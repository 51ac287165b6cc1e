package vn.antq.ui;

import java.util.List;

/** The GUI's command-line options: {@code --data-dir DIR} and {@code --lang vi|en} (both optional). */
public record LaunchOptions(String dataDir, String lang) {
    public static LaunchOptions parse(List<String> args) {
        String dir = null;
        String lang = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                dir = args.get(++i);
            } else if (a.startsWith("--data-dir=")) {
                dir = a.substring("--data-dir=".length());
            } else if (a.equals("--lang") && i + 1 < args.size()) {
                lang = args.get(++i);
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            }
        }
        return new LaunchOptions(dir, lang);
    }
}
