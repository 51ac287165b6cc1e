package vn.antq.dossier;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The embedded Liberation fonts (Times-compatible serif with full Vietnamese), loaded once per
 * process (Identity-H, subset-embedded), and the {@link Font} objects of one document, cached by
 * style and size so a 5,000-row table creates no fonts per cell.
 *
 * <p>Names of foreign staff (Chinese, Korean, Japanese, Arabic…) and emoji are beyond Liberation:
 * {@link #phrase} prints each character the primary font lacks with the first font of a fallback
 * chain that has it — fonts of the system found at run time (Windows ships SimSun, Microsoft YaHei,
 * MS Gothic, Malgun Gothic, Arial/Tahoma for Arabic, Segoe UI Symbol/Emoji; Linux has fontconfig's
 * folders) — through OpenPDF's {@link FontSelector}. A character no font has is printed as
 * {@code [U+XXXX]}, never dropped silently, and {@link #unprintable} lets the export warn first.
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

    /** The system's fonts for other scripts, looked for once, when a text first needs one. */
    private static final class Fallbacks {
        static final List<BaseFont> FONTS = discover(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /** Font files known to cover scripts Liberation lacks, best first (a {@code ,0} picks a collection's first face). */
    static final List<String> WINDOWS = List.of("seguisym.ttf", "msyh.ttc,0", "simsun.ttc,0", "msgothic.ttc,0",
            "malgun.ttf", "gulim.ttc,0", "mingliub.ttc,0", "arial.ttf", "tahoma.ttf", "Nirmala.ttf", "seguiemj.ttf");
    static final List<String> UNIX = List.of("DejaVuSans.ttf", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
            "NotoSansCJK-Regular.ttc,0", "NotoSerifCJK-Regular.ttc,0", "wqy-zenhei.ttc,0", "wqy-microhei.ttc,0",
            "NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "FreeSerif.ttf", "Symbola.ttf",
            "NotoEmoji-Regular.ttf", "Arial Unicode.ttf", "PingFang.ttc,0", "AppleSDGothicNeo.ttc,0");

    /** Finds and loads the fallback fonts of this machine; a font that does not load is skipped. */
    static List<BaseFont> discover(Map<String, String> env, String osName, String home) {
        List<BaseFont> out = new ArrayList<>();
        for (String spec : fallbackFiles(env, osName, home)) {
            try {
                out.add(BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            } catch (IOException | RuntimeException e) {
                // a CFF collection or a damaged file: the next font may do
            }
        }
        return List.copyOf(out);
    }

    /** The fallback font files present on this machine, in the order of preference, as OpenPDF font names. */
    static List<String> fallbackFiles(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (os.startsWith("windows")) {
            String windir = env.getOrDefault("WINDIR", env.getOrDefault("SystemRoot", "C:\\Windows"));
            Path fonts = Path.of(windir, "Fonts");
            for (String spec : WINDOWS) {
                String file = spec.replace(",0", "");
                if (Files.isRegularFile(fonts.resolve(file))) {
                    found.add(fonts.resolve(file) + (spec.endsWith(",0") ? ",0" : ""));
                }
            }
            return found;
        }
        // fontconfig's folders (Linux) and macOS's; the files may sit in any sub-folder
        Map<String, Path> byName = new HashMap<>();
        for (String dir : List.of("/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts",
                home + "/.fonts", "/System/Library/Fonts", "/Library/Fonts", home + "/Library/Fonts")) {
            Path root = Path.of(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root, 4)) {
                files.limit(20_000).forEach(f -> byName.putIfAbsent(f.getFileName().toString(), f));
            } catch (IOException | RuntimeException e) {
                // an unreadable folder
            }
        }
        for (String spec : UNIX) {
            Path f = byName.get(spec.replace(",0", ""));
            if (f != null) {
                found.add(f + (spec.endsWith(",0") ? ",0" : ""));
            }
        }
        return found;
    }

    /**
     * The text as a phrase in {@code font}, each character the font lacks taken from the first
     * fallback font that has it; a character none has is written as {@code [U+XXXX]}.
     */
    static Phrase phrase(String text, Font font) {
        String t = text == null ? "" : text;
        BaseFont primary = font.getBaseFont();
        if (primary == null || covered(primary, t)) {
            return new Phrase(t, font);
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        for (BaseFont b : Fallbacks.FONTS) {
            selector.addFont(new Font(b, font.getSize(), Font.NORMAL, font.getColor()));
        }
        return selector.process(visible(t, primary));
    }

    /** The characters of a text that no font of the chain can print (empty when all can). */
    static List<String> unprintable(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || covered(Holder.REGULAR, text)) {
            return out;
        }
        text.codePoints().forEach(cp -> {
            if (!printable(Holder.REGULAR, cp)) {
                String c = new String(Character.toChars(cp));
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        });
        return out;
    }

    private static boolean covered(BaseFont font, String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isSurrogate(c) || !Character.isWhitespace(c) && !Character.isISOControl(c) && !font.charExists(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(BaseFont primary, int cp) {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp) || primary.charExists(cp)) {
            return true;
        }
        for (BaseFont b : Fallbacks.FONTS) {
            if (b.charExists(cp)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the characters no font has by their code, so nothing vanishes from the page. */
    private static String visible(String t, BaseFont primary) {
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            if (printable(primary, cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format(Locale.ROOT, "[U+%04X]", cp));
            }
        });
        return sb.toString();
    }

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
