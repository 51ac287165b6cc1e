package vn.antq.storage;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import vn.antq.domain.VietnameseText;

/** Text and value conventions of the store: NFC, trimmed; ISO dates; Vietnamese collation. */
final class Text {
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Text() {
    }

    /** NFC-normalised and trimmed; null becomes "". */
    static String clean(String s) {
        return VietnameseText.nfc(s);
    }

    /** A name: NFC-normalised, trimmed, runs of white space made one space. */
    static String cleanName(String s) {
        return clean(s).replaceAll("\\s+", " ");
    }

    /** NFC-normalised and trimmed, or null when blank. */
    static String cleanOrNull(String s) {
        String c = clean(s);
        return c.isEmpty() ? null : c;
    }

    /** The key under which names are unique: NFC, trimmed, inner spaces collapsed, lower case. */
    static String nameKey(String s) {
        return clean(s).replaceAll("\\s+", " ").toLowerCase(VI);
    }

    static Collator collator() {
        return VietnameseText.collator();
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    static Instant instant(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }
}
