package org.saddlepoint.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * 2D animation frames: the landscape chart (the same model the 2D view shows) drawn at each
 * planned step, at {@code scale} (Graphics2D.scale, so fonts and lines grow with it). Headless.
 */
public final class Frame2DSource implements FrameSource {
    private final Landscape2DChart chart;
    private final FramePlan plan;
    private final int width, height;
    private final double scale;
    private final int[] keyColors;

    public Frame2DSource(Landscape2DChart chart, FramePlan plan, int width, int height, double scale, int[] keyColors) {
        this.chart = chart;
        this.plan = plan;
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.keyColors = keyColors.clone();
    }

    @Override public int width() { return width; }

    @Override public int height() { return height; }

    @Override public int frameCount() { return plan.frames(); }

    @Override public int step(int index) { return plan.steps()[index]; }

    @Override public int[] keyColors() { return keyColors.clone(); }

    @Override public void render(int index, BufferedImage target) {
        chart.setStep(plan.steps()[index]);
        draw(chart, target, scale);
    }

    /** Draws {@code chart} over all of {@code target} at {@code scale}. */
    public static void draw(Landscape2DChart chart, BufferedImage target, double scale) {
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, target.getWidth() / scale, target.getHeight() / scale));
        g.dispose();
    }
}
