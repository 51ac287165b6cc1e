package vn.antq.app;

/**
 * Entry point of the jar. It does not extend {@code javafx.application.Application}, so the
 * classpath launch works without JavaFX on the module path: with no arguments (or only
 * {@code --data-dir}) it opens the window, otherwise it runs the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (isGuiLaunch(args)) {
            GuiMain.launch(args);
        } else {
            System.exit(vn.antq.cli.Cli.run(args));
        }
    }

    /** The GUI starts when there are no arguments, or only {@code --data-dir DIR} / {@code --lang X}. */
    static boolean isGuiLaunch(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--data-dir") || a.equals("--lang")) && i + 1 < args.length) {
                i++;
            } else if (!(a.startsWith("--data-dir=") || a.startsWith("--lang="))) {
                return false;
            }
        }
        return true;
    }
}
