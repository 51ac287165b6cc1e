package vn.antq.app;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
final class GuiMain {
    private GuiMain() {
    }

    static void launch(String[] args) {
        vn.antq.ui.AntqApplication.launchApp(args);
    }
}
