package vn.antq.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The visible text of the product, from the bundles under {@code vn/antq/i18n/} (UTF-8): one per
 * area ({@code messages} for rules and scoring, {@code store}, {@code importer} for staff lists and demo
 * data, {@code dossier}, {@code ui}, {@code receiver}), each as
 * {@code NAME_vi.properties} (the default for users) and {@code NAME.properties} (English). A key is
 * looked up in each area's bundle in turn; keys are unique across areas.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The bundle of each area, in lookup order. */
    public static final List<String> BUNDLES = List.of("messages", "store", "importer", "dossier", "ui", "receiver");

    private final Locale locale;
    /** The locale's number format (grouping 5.000 in Vietnamese), one per thread: a NumberFormat is not thread-safe. */
    private final ThreadLocal<NumberFormat> numbers;
    private final List<ResourceBundle> bundles;

    public Messages(Locale locale) {
        this.locale = locale;
        this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale));
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                found.add(ResourceBundle.getBundle("vn.antq.i18n." + name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // an area without text yet
            }
        }
        this.bundles = List.copyOf(found);
    }

    public static Messages vietnamese() {
        return new Messages(VIETNAMESE);
    }

    public static Messages english() {
        return new Messages(ENGLISH);
    }

    /** Messages for a language tag such as "vi" or "en"; anything else falls back to Vietnamese. */
    public static Messages forLanguage(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? english() : vietnamese();
    }

    public Locale locale() {
        return locale;
    }

    /** All keys of all areas, for the bundle-consistency test and the UI. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (ResourceBundle b : bundles) {
            keys.addAll(b.keySet());
        }
        return keys;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text of a key with {@link MessageFormat} arguments; an unknown key shows as itself. */
    public String get(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return key;
        }
        // Always through MessageFormat, so every pattern follows one rule: a literal ' is written ''.
        MessageFormat format = new MessageFormat(pattern, locale);
        Object[] values = args == null ? new Object[0] : args;
        for (int i = 0; i < values.length; i++) {
            // a plain {i} with a number: MessageFormat would look up a new NumberFormat for the locale on every
            // call (a locale-service lookup and a pattern parse; a third of the overview's first showing)
            if (values[i] instanceof Number && pattern.indexOf("{" + i + ",") < 0) {
                format.setFormatByArgumentIndex(i, numbers.get());
            }
        }
        return format.format(values);
    }
}
