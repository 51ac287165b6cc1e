package vn.antq.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;
import vn.antq.domain.rubric.Rubric;
import vn.antq.i18n.Messages;
import vn.antq.domain.checklist.Checklist;
import vn.antq.storage.Store;

/**
 * What every screen gets from the composition root: the text, the task runner, the selected year,
 * the rubric, the owner window for dialogs and a few app-level actions. Passed by constructor; no
 * static state.
 */
public final class UiContext {
    private final Messages messages;
    private final TaskRunner runner;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> dataVersion = new SimpleObjectProperty<>(0);
    private Store store;
    private Window owner;
    private Consumer<String> languageSwitcher = tag -> { };
    private Consumer<Path> fileOpener = path -> { };

    public UiContext(Messages messages, TaskRunner runner, Store store) {
        this.messages = messages;
        this.runner = runner;
        this.store = store;
    }

    /** The open store. Use it only inside work given to the {@link #runner()}. */
    public Store store() {
        return store;
    }

    private Consumer<Store> storeReplacer = s -> this.store = s;

    /** After a restore reopened the data folder: the app continues on the new store (rebuilding the window). */
    public void replaceStore(Store reopened) {
        this.store = reopened;
        storeReplacer.accept(reopened);
    }

    public void setStoreReplacer(Consumer<Store> storeReplacer) {
        this.storeReplacer = storeReplacer;
    }

    public Messages messages() {
        return messages;
    }

    /** The text of a bundle key in the current language. */
    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public TaskRunner runner() {
        return runner;
    }

    /**
     * The store's Circular 124 checklist (Điều 6, 7), the one its assessments use (it may still be
     * loading when the window is built: the first call waits for it).
     */
    public Checklist checklist() {
        return store.options().checklist();
    }

    /** The store's rubric (it may still be loading when the window is built: the first call waits for it). */
    public Rubric rubric() {
        return store.rubric();
    }

    /** The year being worked on (selected in the header). */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public Integer year() {
        return year.get();
    }

    /** Bumped when data changed in a way other screens should reload (a year added, a restore). */
    public ObjectProperty<Integer> dataVersionProperty() {
        return dataVersion;
    }

    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    private boolean readOnly;

    /**
     * True when the data folder was opened for reading only (the store's answer, read off the FX
     * thread by the composition root): the window shows a banner and offers no change.
     */
    public boolean readOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public Window owner() {
        return owner;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Switches the app's language ("vi"/"en"): the main window is rebuilt with the new bundle. */
    public void switchLanguage(String tag) {
        languageSwitcher.accept(tag);
    }

    public void setLanguageSwitcher(Consumer<String> languageSwitcher) {
        this.languageSwitcher = languageSwitcher;
    }

    /** Opens a file with the system viewer (off the FX thread). */
    public void openFile(Path path) {
        fileOpener.accept(path);
    }

    public void setFileOpener(Consumer<Path> fileOpener) {
        this.fileOpener = fileOpener;
    }

    /** Shows an error as a readable message. */
    public void showError(Throwable error) {
        Dialogs.error(owner, messages, error);
    }
}
