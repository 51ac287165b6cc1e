package vn.antq.ui.common;

import javafx.scene.Node;

/** A screen whose id and name are fixed and whose view is built on first use. */
public abstract class ScreenBase implements Screen {
    private final String id;
    private final String titleKey;
    private Node root;

    /** @param id the screen's id; its name in the navigation is the bundle key {@code ui.nav.<id>} */
    protected ScreenBase(String id) {
        this.id = id;
        this.titleKey = ScreenFactory.titleKey(id);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final Node view() {
        if (root == null) {
            root = build();
            Forms.readingOrder(root);
        }
        return root;
    }

    /** Builds the screen's content, once. */
    protected abstract Node build();
}
