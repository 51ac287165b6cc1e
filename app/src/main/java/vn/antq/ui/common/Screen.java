package vn.antq.ui.common;

import javafx.scene.Node;

/**
 * One screen of the main window. Its view is built once; {@link #onShow()} reloads it from the
 * store each time it is selected and when the year changes.
 */
public interface Screen {
    /** Stable id, also used for the screen's node id ("overview", "scoring"…). */
    String id();

    /** Bundle key of the screen's name in the navigation list. */
    String titleKey();

    /** The screen's content (built on first call). */
    Node view();

    /** Reloads from the store (called on the FX thread). */
    void onShow();

    /** Whether the screen holds edits not yet saved (asked before closing or switching). */
    default boolean hasUnsavedChanges() {
        return false;
    }

    /** Saves pending edits (called when the user chooses to save before closing). */
    default void saveChanges() {
    }
}
