package vn.antq.ui.common;

/** Makes a screen for the app's context; the shell holds a plain list of these. */
@FunctionalInterface
public interface ScreenFactory {
    Screen create(UiContext context);
}
