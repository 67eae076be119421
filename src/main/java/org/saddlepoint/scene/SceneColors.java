package org.saddlepoint.scene;

/**
 * Default trajectory colours: the app's own (Okabe–Ito, told apart by colour-blind viewers too),
 * so that an exported scene shows each optimizer in the colour it had in the app; all are
 * visible on the white legend, on viridis and on the dark 3D background.
 */
public final class SceneColors {
    private static final int[] PALETTE = {0xE69F00, 0x56B4E9, 0xD55E00, 0x009E73, 0xCC79A7, 0x0072B2, 0xF0E442};

    private SceneColors() { }

    /** The i-th default colour, 0xRRGGBB. */
    public static int color(int i) { return PALETTE[Math.floorMod(i, PALETTE.length)]; }

    /** How many colours before they repeat. */
    public static int size() { return PALETTE.length; }

    /** Parses {@code #rrggbb}. */
    public static int parse(String hex) { return Integer.parseInt(hex.substring(1), 16); }
}
