package vn.antq.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;

/**
 * Keeps a scene's Alt-letter table to one entry per letter, so Alt + a letter always reaches the visible
 * button that has it.
 *
 * <p>JavaFX keys the table by the letter as written ("Phục hồi _bản đã chọn" under 'b', "_Bắt đầu năm mới"
 * under 'B'), matches a pressed key against every entry ignoring case, and stops at the first entry that
 * matches. An entry stays when its buttons leave the scene, with an empty list. So in a window whose
 * screens come and go in one scene (the main window; a scene given a new root), once a screen with a
 * lower-case 'b' has been shown, Alt+B on the Năm screen could land on the Sao lưu screen's empty entry
 * and do nothing, depending on the table's hash order (seen as {@code MnemonicsUiTest} failing after
 * {@code DossierScreenUiTest} had left its scene on the shared test stage). Likewise two live entries
 * 'b' and 'B' (one on a hidden tab) could hide the visible one.
 *
 * <p>After each change (the next pulse, never while JavaFX walks the table) this drops empty entries and
 * puts the buttons of one letter under one entry; JavaFX then picks, among them, the visible one.
 */
public final class MnemonicTable {
    private static final Object INSTALLED = new Object();

    private MnemonicTable() {
    }

    /** Watches the scene's table from now on (once per scene; a scene already watched is left as it is). */
    public static void keepTidy(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        ObservableMap<KeyCombination, ObservableList<Mnemonic>> table = scene.getMnemonics();
        boolean[] pending = new boolean[1];
        Runnable later = () -> {
            if (!pending[0]) {
                pending[0] = true;
                Platform.runLater(() -> {
                    pending[0] = false;
                    tidy(table);
                });
            }
        };
        ListChangeListener<Mnemonic> onList = c -> later.run();
        table.values().forEach(l -> l.addListener(onList));
        table.addListener((MapChangeListener<KeyCombination, ObservableList<Mnemonic>>) c -> {
            if (c.wasAdded()) {
                c.getValueAdded().addListener(onList);
            }
            if (c.wasRemoved()) {
                c.getValueRemoved().removeListener(onList);
            }
            later.run();
        });
        tidy(table);
    }

    /** Drops the empty entries and merges the entries of one letter written in both cases. */
    static void tidy(ObservableMap<KeyCombination, ObservableList<Mnemonic>> table) {
        Map<String, List<KeyCombination>> byLetter = new LinkedHashMap<>();
        for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> e : new ArrayList<>(table.entrySet())) {
            if (e.getValue().isEmpty()) {
                table.remove(e.getKey());
                continue;
            }
            String letter = letter(e.getKey());
            if (letter != null) {
                byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        for (List<KeyCombination> keys : byLetter.values()) {
            if (keys.size() < 2) {
                continue;
            }
            KeyCombination kept = keys.get(0);
            ObservableList<Mnemonic> into = table.get(kept);
            for (KeyCombination other : keys.subList(1, keys.size())) {
                List<Mnemonic> moving = new ArrayList<>(table.remove(other));
                for (Mnemonic m : moving) {
                    // the control removes its mnemonic by the key it carries: it must name the entry it is in
                    m.setKeyCombination(kept);
                    if (!into.contains(m)) {
                        into.add(m);
                    }
                }
            }
        }
    }

    /**
     * A mnemonic's key with its letter in lower case ({@code Alt+'b'} for both {@code Alt+'b'} and
     * {@code Alt+'B'}), or null for a key of another kind. JavaFX's mnemonic key class is internal; its
     * name is the modifiers and the quoted letter.
     */
    static String letter(KeyCombination key) {
        String name = key.getName();
        if (name == null || name.length() < 3 || !name.endsWith("'")) {
            return null;
        }
        int open = name.lastIndexOf('\'', name.length() - 2);
        if (open < 0) {
            return null;
        }
        return name.substring(0, open) + name.substring(open, name.length()).toLowerCase(Locale.ROOT);
    }
}
