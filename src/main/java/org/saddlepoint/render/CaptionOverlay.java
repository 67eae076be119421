package org.saddlepoint.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Text drawn over exported frames: a caption band under the picture (word-wrapped; CJK text
 * wraps between any two characters) and a step counter in the picture's top-left corner. Sizes
 * are in logical pixels times {@code scale}.
 */
public final class CaptionOverlay {
    private static final Color BAND = new Color(0x1F232A), TEXT = new Color(0xF2F2F2);
    private final String caption;
    private final float scale;
    private final Font font;
    private final List<String> lines;
    private final int bandHeight;

    /** Lays the caption out for frames {@code width} pixels wide (null or blank caption: no band). */
    public CaptionOverlay(String caption, int width, float scale) {
        this.caption = caption == null ? "" : caption.strip();
        this.scale = scale;
        this.font = ChartFonts.plain(14f * scale);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = probe.createGraphics();
        FontMetrics fm = g.getFontMetrics(font);
        this.lines = this.caption.isEmpty() ? List.of() : wrap(this.caption, fm, width - Math.round(24 * scale));
        this.bandHeight = lines.isEmpty() ? 0 : Math.round(lines.size() * fm.getHeight() + 16 * scale);
        g.dispose();
    }

    /** Height of the caption band in pixels (0 without caption). */
    public int bandHeight() { return bandHeight; }

    public List<String> lines() { return lines; }

    /** Draws the band at the bottom of {@code img}. */
    public void drawBand(BufferedImage img) {
        if (bandHeight == 0) return;
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int y0 = img.getHeight() - bandHeight;
        g.setColor(BAND);
        g.fillRect(0, y0, img.getWidth(), bandHeight);
        g.setColor(TEXT);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int y = y0 + Math.round(8 * scale) + fm.getAscent();
        for (String line : lines) {
            g.drawString(line, Math.round(12 * scale), y);
            y += fm.getHeight();
        }
        g.dispose();
    }

    /** Draws "step k / n" in the top-left corner of {@code img}. */
    public static void drawStepCounter(BufferedImage img, int step, int maxStep, float scale) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(ChartFonts.bold(13f * scale));
        String s = "step " + step + " / " + maxStep;
        FontMetrics fm = g.getFontMetrics();
        int pad = Math.round(6 * scale), x = Math.round(10 * scale), y = Math.round(8 * scale);
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRoundRect(x, y, fm.stringWidth(s) + 2 * pad, fm.getHeight() + pad, pad, pad);
        g.setColor(Color.WHITE);
        g.drawString(s, x + pad, y + pad / 2 + fm.getAscent());
        g.dispose();
    }

    static List<String> wrap(String text, FontMetrics fm, int maxWidth) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < para.length()) {
                int end = nextBreak(para, i);
                String token = para.substring(i, end);
                if (line.length() > 0 && fm.stringWidth(line + token) > maxWidth) {
                    out.add(line.toString().stripTrailing());
                    line.setLength(0);
                    token = token.stripLeading();
                }
                line.append(token);
                i = end;
            }
            if (line.length() > 0) out.add(line.toString().stripTrailing());
        }
        return out;
    }

    /** End of the next unbreakable token: a word with its following space, or one CJK character. */
    private static int nextBreak(String s, int i) {
        int cp = s.codePointAt(i);
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || isCjkPunctuation(cp)) return i + Character.charCount(cp);
        int j = i;
        while (j < s.length() && s.charAt(j) != ' ' && Character.UnicodeScript.of(s.codePointAt(j)) != Character.UnicodeScript.HAN) j += Character.charCount(s.codePointAt(j));
        while (j < s.length() && s.charAt(j) == ' ') j++;
        return Math.max(j, i + 1);
    }

    private static boolean isCjkPunctuation(int cp) { return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF; }

    public String caption() { return caption; }
}
