package org.saddlepoint.scene;

import java.util.List;

/**
 * How a scene is shown.
 *
 * @param mode          "2d" or "3d"
 * @param colormap      one of {@link #COLORMAPS}
 * @param logColor      colour by log(f − min); null = the surface's own hint
 * @param contours      number of contour levels (0 hides them)
 * @param gradientField whether −∇f arrows are drawn (2D)
 * @param grid          samples per side of the landscape grid
 */
public record SceneView(String mode, String colormap, Boolean logColor, int contours, boolean gradientField, int grid) {
    /** Colour map names (the render package maps them to its tables). */
    public static final List<String> COLORMAPS = List.of("viridis", "cividis", "magma", "coolwarm");
    public static final List<String> MODES = List.of("2d", "3d");
    public static final SceneView DEFAULT = new SceneView("2d", "viridis", null, 12, false, 200);

    public SceneView {
        if (!MODES.contains(mode)) throw new IllegalArgumentException("view mode must be \"2d\" or \"3d\", got \"" + mode + "\"");
        if (!COLORMAPS.contains(colormap)) throw new IllegalArgumentException("unknown colormap \"" + colormap + "\"; expected one of " + COLORMAPS);
        if (contours < 0 || contours > 200) throw new IllegalArgumentException("contours must be in [0, 200], got " + contours);
        if (grid < 8 || grid > 2048) throw new IllegalArgumentException("grid must be in [8, 2048], got " + grid);
    }

    public boolean is3d() { return mode.equals("3d"); }

    public SceneView withMode(String m) { return new SceneView(m, colormap, logColor, contours, gradientField, grid); }

    public SceneView withGrid(int g) { return new SceneView(mode, colormap, logColor, contours, gradientField, g); }
}
