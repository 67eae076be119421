package org.saddlepoint.scene;

import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.LocalizedText;

/** One computed optimizer run of a scene: its trajectory, colour (0xRRGGBB) and label. */
public record SceneRun(SceneOptimizer optimizer, Trajectory trajectory, int rgb, LocalizedText label) { }
