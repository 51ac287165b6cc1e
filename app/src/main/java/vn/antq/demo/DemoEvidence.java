package vn.antq.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Small real evidence files for the demo unit: PDFs with Vietnamese text (Liberation Sans, embedded)
 * and PNG images with a Vietnamese caption, both padded to a wanted size with image noise (which
 * does not compress), so a benchmark gets files from about 10 KB to about 2 MB.
 */
final class DemoEvidence {
    private static final String FONT = "liberation/LiberationSans-Regular.ttf";
    private static final String FONT_BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final int PDF_BASE_BYTES = 40 * 1024;

    private final BaseFont regular;
    private final BaseFont bold;
    private final java.awt.Font awtFont;

    DemoEvidence() {
        try {
            regular = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            bold = BaseFont.createFont(FONT_BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            try (InputStream in = DemoEvidence.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("font not found: " + FONT);
                }
                awtFont = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | DocumentException | java.awt.FontFormatException e) {
            throw new IllegalStateException("Liberation fonts missing from the classpath", e);
        }
    }

    /**
     * Writes a one-page PDF: title, the unit, the text lines, and noise images up to about {@code size} bytes.
     */
    void pdf(Path file, String title, String unit, List<String> lines, LocalDate date, String place, long size,
            Random random) {
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("ANTQ Desk – dữ liệu mẫu");
            GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            cal.clear();
            cal.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 9, 0, 0);
            doc.addCreationDate(new PdfDate(cal));
            doc.open();
            Font small = new Font(regular, 11);
            Paragraph head = new Paragraph(unit.toUpperCase(java.util.Locale.forLanguageTag("vi-VN")),
                    new Font(bold, 11));
            doc.add(head);
            Paragraph motto = new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc",
                    new Font(bold, 11));
            motto.setAlignment(Element.ALIGN_RIGHT);
            doc.add(motto);
            Paragraph when = new Paragraph(place + ", ngày " + two(date.getDayOfMonth()) + " tháng "
                    + two(date.getMonthValue()) + " năm " + date.getYear(), new Font(regular, 11, Font.ITALIC));
            when.setAlignment(Element.ALIGN_RIGHT);
            doc.add(when);
            Paragraph t = new Paragraph(title, new Font(bold, 15));
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingBefore(14f);
            t.setSpacingAfter(10f);
            doc.add(t);
            for (String line : lines) {
                Paragraph p = new Paragraph(line, small);
                p.setSpacingAfter(4f);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                doc.add(p);
            }
            long remaining = size - PDF_BASE_BYTES;
            while (remaining > 4096) {
                // raw noise stored without compression: the size is predictable and no CPU goes to deflating noise
                long part = Math.min(remaining, 1_200_000);
                int w = 600;
                int h = (int) Math.max(2, part / (3L * w));
                byte[] pixels = new byte[w * h * 3];
                random.nextBytes(pixels);
                Image img = Image.getInstance(w, h, 3, 8, pixels);
                img.setCompressionLevel(0);
                img.scaleToFit(doc.getPageSize().getWidth() - 112, 300);
                img.setAlignment(Element.ALIGN_CENTER);
                doc.add(img);
                remaining -= part;
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a PNG of about {@code size} bytes: a simple drawn scene (sky, building, banner with the
     * caption) and, to reach the size, a band of noise below it (noise does not compress).
     */
    void image(Path file, String caption, long size, Random random) {
        int w = size > 1_000_000 ? 1024 : 640;
        int scene = w * 5 / 8;
        // large files are written without compression (noise does not compress; deflating it only costs CPU)
        boolean raw = size > 3L * w * scene + 200_000;
        long sceneBytes = raw ? 3L * w * scene : 24_000;
        int band = (int) Math.max(0, (size - sceneBytes) / (3L * w));
        BufferedImage img = new BufferedImage(w, scene + band, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new java.awt.GradientPaint(0, 0, new Color(120, 170, 230), 0, scene, new Color(230, 240, 250)));
            g.fillRect(0, 0, w, scene);
            g.setColor(new Color(90, 120, 70));
            g.fillRect(0, scene * 3 / 4, w, scene / 4);
            g.setColor(new Color(235, 225, 200));
            g.fillRect(w / 8, scene / 3, w * 3 / 4, scene * 5 / 12);
            g.setColor(new Color(150, 40, 40));
            g.fillRect(w / 8, scene / 3 - 8, w * 3 / 4, 10);
            g.setColor(new Color(70, 90, 120));
            for (int x = w / 8 + 20; x < w * 7 / 8 - 30; x += 60) {
                g.fillRect(x, scene / 3 + 30, 34, 40);
            }
            g.setColor(new Color(200, 20, 30));
            g.fillRect(w / 10, 18, w * 4 / 5, 56);
            g.setColor(new Color(255, 230, 0));
            g.setFont(awtFont.deriveFont(java.awt.Font.PLAIN, w / 34f));
            java.awt.FontMetrics fm = g.getFontMetrics();
            g.drawString(caption, Math.max(w / 10 + 8, (w - fm.stringWidth(caption)) / 2), 18 + 28 + fm.getAscent() / 4);
            for (int i = 0; i < 14; i++) {
                int x = w / 8 + random.nextInt(w * 3 / 4);
                g.setColor(new Color(30 + random.nextInt(120), 30 + random.nextInt(120), 60 + random.nextInt(150)));
                g.fillOval(x, scene * 3 / 4 - 34, 16, 16);
                g.fillRect(x + 2, scene * 3 / 4 - 18, 12, 30);
            }
        } finally {
            g.dispose();
        }
        if (band > 0) {
            byte[] pixels = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            byte[] noise = new byte[band * w * 3];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, pixels, scene * w * 3, noise.length);
        }
        try {
            Files.write(file, png(img, raw));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PNG bytes; {@code raw}: stored without compression. */
    private static byte[] png(BufferedImage img, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(raw ? 1.0f : 0.6f);
            }
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
