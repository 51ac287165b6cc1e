package vn.antq.dossier;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded Liberation fonts (Times-compatible serif with full Vietnamese), loaded once per
 * process (Identity-H, subset-embedded), and the {@link Font} objects of one document, cached by
 * style and size so a 5,000-row table creates no fonts per cell.
 */
final class PdfFonts {
    private static final class Holder {
        static final BaseFont REGULAR = load("liberation/LiberationSerif-Regular.ttf");
        static final BaseFont BOLD = load("liberation/LiberationSerif-Bold.ttf");
        static final BaseFont ITALIC = load("liberation/LiberationSerif-Italic.ttf");
        static final BaseFont BOLD_ITALIC = load("liberation/LiberationSerif-BoldItalic.ttf");
        static final BaseFont MONO = load("liberation/LiberationMono-Regular.ttf");
    }

    private final Map<String, Font> cache = new HashMap<>();

    private static BaseFont load(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BaseFont regularBase() {
        return Holder.REGULAR;
    }

    Font regular(float size) {
        return get("r", size);
    }

    Font bold(float size) {
        return get("b", size);
    }

    Font italic(float size) {
        return get("i", size);
    }

    Font boldItalic(float size) {
        return get("bi", size);
    }

    Font mono(float size) {
        return get("m", size);
    }

    private Font get(String style, float size) {
        return cache.computeIfAbsent(style + size, k -> {
            BaseFont base = switch (style) {
                case "b" -> Holder.BOLD;
                case "i" -> Holder.ITALIC;
                case "bi" -> Holder.BOLD_ITALIC;
                case "m" -> Holder.MONO;
                default -> Holder.REGULAR;
            };
            return new Font(base, size, Font.NORMAL, Color.BLACK);
        });
    }
}
