package vn.antq.app;

import java.time.Duration;
import vn.antq.startup.ClassDataArchive;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
final class GuiMain {
    /** How long after start the class data archive is made if missing (the first window comes first). */
    static final Duration ARCHIVE_DELAY = Duration.ofSeconds(20);

    private GuiMain() {
    }

    static void launch(String[] args) {
        ClassDataArchive.refreshLater(ARCHIVE_DELAY);
        vn.antq.ui.AntqApplication.launchApp(args);
    }
}
