package vn.antq.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
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
        this.bundles = BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), Messages::load);
    }

    /** The areas' bundles per language, read once per process (a bundle is immutable). */
    private static final Map<String, List<ResourceBundle>> BY_LANGUAGE = new ConcurrentHashMap<>();

    /**
     * Reads each area's bundle from this class's own resources: {@code NAME.properties} and, for a language with its
     * own file, {@code NAME_<language>.properties} on top (the English base answers keys it lacks). Not through
     * {@code ResourceBundle.getBundle}: the installed app runs as a named module, where a {@code ResourceBundle.Control}
     * is not allowed, and without one a missing language would fall back to the computer's default locale (English
     * text on an English Windows for a Vietnamese user).
     */
    private static List<ResourceBundle> load(String language) {
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLES) {
            ResourceBundle base = BASE.computeIfAbsent(name, n -> java.util.Optional.ofNullable(read(n + ".properties", null)))
                    .orElse(null);
            if (base == null) {
                continue; // an area without text yet
            }
            ResourceBundle own = language.isEmpty() ? null : read(name + "_" + language + ".properties", base);
            found.add(own != null ? own : base);
        }
        return List.copyOf(found);
    }

    /** Each area's English base bundle, read once and shared by the languages on top of it. */
    private static final Map<String, java.util.Optional<ResourceBundle>> BASE = new ConcurrentHashMap<>();

    private static ResourceBundle read(String file, ResourceBundle parent) {
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            return in == null ? null : new Bundle(in, parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text bundle " + file, e);
        }
    }

    /** A properties bundle (UTF-8) with the bundle it falls back to. */
    private static final class Bundle extends PropertyResourceBundle {
        Bundle(InputStream in, ResourceBundle parent) throws IOException {
            super(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (parent != null) {
                setParent(parent);
            }
        }
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
