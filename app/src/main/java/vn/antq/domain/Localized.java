package vn.antq.domain;

import java.util.Locale;

/** A text given in Vietnamese (always) and English (optional), as the rules data files carry it. */
public record Localized(String vi, String en) {
    public Localized {
        if (vi == null || vi.isBlank()) {
            throw new IllegalArgumentException("Vietnamese text is required");
        }
    }

    public static Localized of(String vi) {
        return new Localized(vi, null);
    }

    /** The text for a locale: English when asked for and present, Vietnamese otherwise. */
    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return vi;
    }

    @Override
    public String toString() {
        return vi;
    }
}
