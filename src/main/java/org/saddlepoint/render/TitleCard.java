package org.saddlepoint.render;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** A title card: the title centred on a dark background, with an optional subtitle wrapped under it. */
public record TitleCard(String title, String subtitle) {
    public TitleCard {
        if (title == null) title = "";
        if (subtitle == null) subtitle = "";
    }

    /** Draws the card over all of {@code img}; text sizes scale with {@code scale}. */
    public void draw(BufferedImage img, float scale) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = img.getWidth(), h = img.getHeight();
        g.setColor(new Color(0x1F232A));
        g.fillRect(0, 0, w, h);
        g.setFont(ChartFonts.bold(30f * scale));
        FontMetrics fm = g.getFontMetrics();
        List<String> titleLines = CaptionOverlay.wrap(title, fm, w - Math.round(60 * scale));
        g.setFont(ChartFonts.plain(16f * scale));
        FontMetrics sm = g.getFontMetrics();
        List<String> subLines = CaptionOverlay.wrap(subtitle, sm, w - Math.round(120 * scale));
        int total = titleLines.size() * fm.getHeight() + Math.round(20 * scale) + subLines.size() * sm.getHeight();
        int y = (h - total) / 2;
        g.setColor(Color.WHITE);
        g.setFont(ChartFonts.bold(30f * scale));
        for (String line : titleLines) {
            g.drawString(line, (w - fm.stringWidth(line)) / 2, y + fm.getAscent());
            y += fm.getHeight();
        }
        y += Math.round(20 * scale);
        g.setColor(new Color(0xC8CCD2));
        g.setFont(ChartFonts.plain(16f * scale));
        for (String line : subLines) {
            g.drawString(line, (w - sm.stringWidth(line)) / 2, y + sm.getAscent());
            y += sm.getHeight();
        }
        g.dispose();
    }
}
