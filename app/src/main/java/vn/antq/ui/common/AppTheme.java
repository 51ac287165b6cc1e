package vn.antq.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The app's look: AtlantaFX Primer Light as the user-agent stylesheet. */
public final class AppTheme {
    private AppTheme() {
    }

    /**
     * Installs the theme in its precompiled binary form (.bss, shipped in the AtlantaFX jar): the
     * text form has to be parsed on the first frame, which took a quarter of a second of every start.
     */
    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }
}
