package org.saddlepoint.surface;

/**
 * How a surface is best shown: colour by log(f − min) ({@code logColor}), clip z to
 * [zClipLow, zClipHigh] (NaN when not set), and which view opens first ("3d" or "2d").
 */
public record ViewHints(boolean logColor, double zClipLow, double zClipHigh, String defaultView) {
    public static final ViewHints DEFAULT = new ViewHints(false, Double.NaN, Double.NaN, "3d");

    public ViewHints {
        if (!"3d".equals(defaultView) && !"2d".equals(defaultView)) {
            throw new IllegalArgumentException("default_view must be \"3d\" or \"2d\", got " + defaultView);
        }
        if (Double.isNaN(zClipLow) != Double.isNaN(zClipHigh) || zClipLow >= zClipHigh) {
            throw new IllegalArgumentException("z_clip needs lo < hi");
        }
    }

    public boolean hasZClip() { return !Double.isNaN(zClipLow); }
}
