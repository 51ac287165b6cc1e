package vn.antq.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The visible text of the product, from {@code vn/antq/i18n/messages*.properties} (UTF-8):
 * {@code messages_vi} is the default for users, {@code messages} (English) the fallback.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BASE = "vn.antq.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BASE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a key with {@link MessageFormat} arguments; an unknown key shows as itself. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, so every pattern follows one rule: a literal ' is written ''.
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(args == null ? new Object[0] : args);
    }
}
