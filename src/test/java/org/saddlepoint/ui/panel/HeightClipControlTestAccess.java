package org.saddlepoint.ui.panel;

import org.saddlepoint.surface.ScalarGrid;

/** Test access to the clip control's package-private percentile scale. */
public final class HeightClipControlTestAccess {
    private HeightClipControlTestAccess() { }

    public static double[] sorted(ScalarGrid g) { return HeightClipControl.sortedHeights(g); }
}
