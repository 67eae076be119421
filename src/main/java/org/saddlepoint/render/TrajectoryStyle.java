package org.saddlepoint.render;

import java.awt.Color;
import org.saddlepoint.optim.Trajectory;

/** A trajectory as the views draw it: its path colour and its legend label. */
public record TrajectoryStyle(Trajectory trajectory, Color color, String label) {
    public TrajectoryStyle {
        if (trajectory == null) throw new IllegalArgumentException("trajectory is required");
        if (color == null) throw new IllegalArgumentException("color is required");
        if (label == null) label = "";
    }
}
