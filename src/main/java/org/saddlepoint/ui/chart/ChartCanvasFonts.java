package org.saddlepoint.ui.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.lang.reflect.Field;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.fx.FXGraphics2D;

/**
 * Chinese text in the on-screen charts. A chart's fonts are AWT fonts of the logical family
 * "SansSerif", whose AWT fallback covers both math (θ₁) and Chinese; on screen, FXGraphics2D turns
 * them into JavaFX fonts of the same family, whose fallback (fontconfig's order for the process
 * locale) may hold no CJK font at all, so Chinese labels draw as boxes. This swaps a canvas's
 * Graphics2D for one that asks JavaFX for a named CJK family instead (its missing glyphs, such as
 * subscripts, still come from JavaFX's fallback). Files are unaffected: they are drawn by AWT.
 */
public final class ChartCanvasFonts {
    private ChartCanvasFonts() { }

    /**
     * An FXGraphics2D whose canvas draws the logical sans-serif families with {@code family}. The
     * AWT font it reports stays the logical one, so text JFreeChart lays out with AWT (rotated
     * axis labels) keeps AWT's fallback for math glyphs.
     */
    static final class MappedFontGraphics extends FXGraphics2D {
        private final javafx.scene.canvas.GraphicsContext gc;
        private final String family;
        private java.awt.FontMetrics metrics;
        private Font metricsFont;

        MappedFontGraphics(javafx.scene.canvas.GraphicsContext gc, String family) {
            super(gc);
            this.gc = gc;
            this.family = family;
        }

        @Override public void setFont(Font font) {
            super.setFont(font);
            Font mapped = map(font, family);
            if (mapped != font) {
                gc.setFont(javafx.scene.text.Font.font(mapped.getFamily(),
                        mapped.isBold() ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
                        mapped.isItalic() ? javafx.scene.text.FontPosture.ITALIC : javafx.scene.text.FontPosture.REGULAR, mapped.getSize()));
            }
        }

        /**
         * Text is measured in the font the canvas draws with (legend and title layout). (FXGraphics2D
         * itself measures its current font whatever font is asked for.)
         */
        @Override public java.awt.FontMetrics getFontMetrics(Font font) {
            Font f = font == null ? getFont() : font;
            java.awt.FontMetrics m = metrics;
            if (m == null || !f.equals(metricsFont)) {
                m = new org.jfree.fx.FXFontMetrics(map(f, family), this);
                metrics = m;
                metricsFont = f;
            }
            return m;
        }
    }

    /** {@code font} in {@code family} when it is a logical sans-serif font ("SansSerif", "Dialog"), else itself. */
    static Font map(Font font, String family) {
        if (font == null) return null;
        String f = font.getFamily();
        if (!Font.SANS_SERIF.equalsIgnoreCase(f) && !Font.DIALOG.equalsIgnoreCase(f)) return font;
        return new Font(family, font.getStyle(), font.getSize()).deriveFont(font.getSize2D());
    }

    /**
     * Makes every chart canvas under {@code root} (tab contents included) draw sans-serif text in
     * {@code family}. Returns how many canvases were adapted; 0 where the canvas's internals are
     * not reachable (the charts then keep the default fallback).
     */
    public static int useFamily(Node root, String family) {
        int[] count = {0};
        visit(root, family, count);
        return count[0];
    }

    private static void visit(Node n, String family, int[] count) {
        if (n instanceof ChartCanvas c && adapt(c, family)) count[0]++;
        if (n instanceof TabPane tp) for (Tab t : tp.getTabs()) if (t.getContent() != null) visit(t.getContent(), family, count);
        if (n instanceof javafx.scene.control.SplitPane sp) for (Node item : sp.getItems()) visit(item, family, count);
        if (n instanceof javafx.scene.control.ScrollPane sc && sc.getContent() != null) visit(sc.getContent(), family, count);
        if (n instanceof javafx.scene.control.TitledPane tp && tp.getContent() != null) visit(tp.getContent(), family, count);
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) visit(child, family, count);
    }

    private static boolean adapt(ChartCanvas canvas, String family) {
        try {
            Field f = ChartCanvas.class.getDeclaredField("g2");
            f.setAccessible(true);
            Graphics2D old = (Graphics2D) f.get(canvas);
            if (old instanceof MappedFontGraphics) return true;
            MappedFontGraphics g = new MappedFontGraphics(canvas.getGraphicsContext2D(), family);
            g.setRenderingHints(old.getRenderingHints());
            g.setRenderingHint(org.jfree.fx.FXHints.KEY_USE_FX_FONT_METRICS, Boolean.TRUE);
            if (old instanceof FXGraphics2D fx) g.setZeroStrokeWidth(fx.getZeroStrokeWidth());
            f.set(canvas, g);
            canvas.draw();
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
