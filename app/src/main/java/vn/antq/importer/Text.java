package vn.antq.importer;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers of the importer: NFC clean-up of cell text and the accent-insensitive fold used to match headers. */
final class Text {
    private Text() {
    }

    /** NFC, trimmed (including no-break spaces), inner runs of white space collapsed to one space; null → "". */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                    || c == '\uFEFF') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The fold used to compare headers and yes/no words: NFD, combining marks removed, đ → d,
     * lower case, anything but letters and digits turned into single spaces, trimmed.
     */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = vn.antq.domain.VietnameseText.withoutMarks(s);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
