package org.saddlepoint.scene;

/** Default trajectory colours (visible on viridis and on the dark 3D background). */
public final class SceneColors {
    private static final int[] PALETTE = {0xFFFFFF, 0xFF9F1C, 0xE63946, 0x2EC4B6, 0xFF66CC, 0xB8F35C, 0x4D96FF, 0xFFD23F};

    private SceneColors() { }

    /** The i-th default colour, 0xRRGGBB. */
    public static int color(int i) { return PALETTE[Math.floorMod(i, PALETTE.length)]; }

    /** Parses {@code #rrggbb}. */
    public static int parse(String hex) { return Integer.parseInt(hex.substring(1), 16); }
}
