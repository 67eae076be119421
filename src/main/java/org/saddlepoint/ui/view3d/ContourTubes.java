package org.saddlepoint.ui.view3d;

import java.util.ArrayList;
import java.util.List;
import org.saddlepoint.analysis.ContourLine;
import org.saddlepoint.analysis.ContourTracer;
import org.saddlepoint.surface.ScalarGrid;

/** Contour lines of a grid lifted onto the 3D surface (at their level's height) as thin tubes, pure Java. */
public final class ContourTubes {
    private ContourTubes() { }

    /** One mesh of tubes of radius {@code radius} along every contour of every level, just above the surface. */
    public static SurfaceMeshBuilder.Arrays build(ScalarGrid grid, SceneBox box, double[] levels, float radius) {
        List<float[]> lines = new ArrayList<>();
        ContourTracer tracer = new ContourTracer();
        for (double level : levels) {
            float y = (float) box.sceneY(level) - 1.2f * radius;
            for (ContourLine c : tracer.trace(grid, level)) {
                float[] xyz = new float[3 * c.size()];
                for (int i = 0; i < c.size(); i++) {
                    xyz[3 * i] = (float) box.sceneX(c.x(i));
                    xyz[3 * i + 1] = y;
                    xyz[3 * i + 2] = (float) box.sceneZ(c.y(i));
                }
                lines.add(xyz);
            }
        }
        return TubeMeshBuilder.tubes(lines, radius);
    }
}
