package vn.antq.ui.common;

import java.util.function.Function;

/**
 * A screen of the main window as the shell knows it before it is made: its id (the navigation
 * entry's name is the bundle key {@code ui.nav.<id>}) and how to make it. Screens are made when
 * first shown, so starting the app makes only the first one.
 */
public record ScreenFactory(String id, Function<UiContext, Screen> maker) {
    public static ScreenFactory of(String id, Function<UiContext, Screen> maker) {
        return new ScreenFactory(id, maker);
    }

    /** Bundle key of the screen's name in the navigation list. */
    public String titleKey() {
        return titleKey(id);
    }

    /** The bundle key of the name of the screen with this id: {@code ui.nav.<id>}. */
    public static String titleKey(String id) {
        return "ui.nav." + id;
    }

    /** Makes the screen; it must carry the id it is listed under. */
    public Screen create(UiContext context) {
        Screen s = maker.apply(context);
        if (!s.id().equals(id)) {
            throw new IllegalStateException("screen " + s.id() + " listed as " + id);
        }
        return s;
    }
}
