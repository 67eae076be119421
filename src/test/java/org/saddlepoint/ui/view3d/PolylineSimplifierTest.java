package org.saddlepoint.ui.view3d;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.saddlepoint.analysis.ContourLine;
import org.saddlepoint.analysis.ContourTracer;
import org.saddlepoint.render.ColorScale;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

class PolylineSimplifierTest {
    /** n points on a circle of radius r in the plane y = 0, closed (the last repeats the first). */
    private static float[] circle(int n, double r) {
        float[] xyz = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * (i % (n - 1)) / (n - 1);
            xyz[3 * i] = (float) (r * Math.cos(a));
            xyz[3 * i + 2] = (float) (r * Math.sin(a));
        }
        return xyz;
    }

    /** The largest distance from any point of {@code original} to the polyline {@code kept}, by brute force. */
    private static double worstDeviation(float[] original, float[] kept) {
        float[] both = new float[original.length + kept.length];
        System.arraycopy(original, 0, both, 0, original.length);
        System.arraycopy(kept, 0, both, original.length, kept.length);
        int n = original.length / 3, m = kept.length / 3;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double best = Double.MAX_VALUE;
            for (int s = 0; s + 1 < m; s++) best = Math.min(best, PolylineSimplifier.distanceToSegmentSquared(both, i, n + s, n + s + 1));
            worst = Math.max(worst, Math.sqrt(best));
        }
        return worst;
    }

    @Test void aCircleKeepsAboutAsManyPointsAsItsChordErrorNeeds() {
        float[] c = circle(1001, 10);
        float[] s = PolylineSimplifier.simplify(c, 0.04);
        // a chord of half-angle θ strays r·(1 − cos θ) = 0.04 at θ = acos(0.996) = 0.0895: π/θ = 35.1 chords at best
        int segments = s.length / 3 - 1;
        assertTrue(segments >= 35 && segments <= 70, "segments " + segments);
        assertTrue(worstDeviation(c, s) <= 0.04 + 1e-6, "deviation " + worstDeviation(c, s));
        assertArrayEquals(new float[] {c[0], c[1], c[2]}, new float[] {s[0], s[1], s[2]});
        int last = s.length - 3;
        assertArrayEquals(new float[] {c[0], c[1], c[2]}, new float[] {s[last], s[last + 1], s[last + 2]}, "still closed");
    }

    @Test void collinearPointsGoAndCornersStay() {
        float[] line = new float[3 * 101];
        for (int i = 0; i <= 100; i++) line[3 * i] = i <= 50 ? i : 50; // along x to (50,0,0), then along z
        for (int i = 51; i <= 100; i++) line[3 * i + 2] = i - 50;
        float[] s = PolylineSimplifier.simplify(line, 1e-3);
        assertArrayEquals(new float[] {0, 0, 0, 50, 0, 0, 50, 0, 50}, s);
    }

    @Test void nothingGoesWhenEveryPointMatters() {
        float[] zigzag = {0, 0, 0, 1, 0, 1, 2, 0, 0, 3, 0, 1};
        assertSame(zigzag, PolylineSimplifier.simplify(zigzag, 0.1));
        float[] two = {0, 0, 0, 1, 1, 1};
        assertSame(two, PolylineSimplifier.simplify(two, 5));
        float[] dot = {1, 2, 3, 1, 2, 3, 1, 2, 3};
        assertSame(dot, PolylineSimplifier.simplify(dot, 0.1), "a closed line of one repeated point is left as it is");
    }

    @Test void aHundredThousandPointsInOneLineNeedNoDeepRecursion() {
        int n = 100_000;
        float[] wiggle = new float[3 * n];
        for (int i = 0; i < n; i++) {
            wiggle[3 * i] = i * 0.01f;
            wiggle[3 * i + 2] = (float) Math.sin(i * 0.37);
        }
        float[] s = PolylineSimplifier.simplify(wiggle, 0.001);
        assertTrue(s.length / 3 > 50_000, "a fine wiggle keeps most points: " + s.length / 3);
    }

    @Property(tries = 200)
    void everyDroppedPointStaysWithinTheTolerance(@ForAll @IntRange(min = 2, max = 60) int n,
                                                  @ForAll @DoubleRange(min = 0, max = 2) double tolerance,
                                                  @ForAll long seed) {
        java.util.Random r = new java.util.Random(seed);
        float[] walk = new float[3 * n];
        for (int i = 1; i < n; i++)
            for (int k = 0; k < 3; k++) walk[3 * i + k] = walk[3 * (i - 1) + k] + (float) r.nextGaussian();
        float[] s = PolylineSimplifier.simplify(walk, tolerance);
        assertTrue(worstDeviation(walk, s) <= tolerance + 1e-5);
        assertTrue(s.length >= 6 && s.length <= walk.length);
        for (int k = 0; k < 3; k++) {
            assertEquals(walk[k], s[k]);
            assertEquals(walk[walk.length - 3 + k], s[s.length - 3 + k]);
        }
    }

    @Test void contourTubesOfAPeaksSurfaceNeedFarFewerTrianglesAndStayOnTheirLines() {
        int n = 256;
        double[] z = new double[n * n];
        for (int iy = 0; iy < n; iy++)
            for (int ix = 0; ix < n; ix++) {
                double x = -3 + 6.0 * ix / (n - 1), y = -3 + 6.0 * iy / (n - 1);
                z[iy * n + ix] = Math.sin(x) * Math.cos(y) + 0.1 * x * x;
            }
        ScalarGrid g = new ScalarGrid(new Domain(-3, 3, -3, 3), n, n, z);
        ColorScale scale = ColorScale.of(g, false);
        SceneBox box = new SceneBox(g.domain(), scale);
        double[] levels = ContourTracer.levels(scale.lo(), scale.hi(), 12, false);
        float radius = 0.16f;
        SurfaceMeshBuilder.Arrays tubes = ContourTubes.build(g, box, levels, radius);

        List<float[]> traced = new ArrayList<>();
        int tracedSegments = 0;
        for (double level : levels)
            for (ContourLine c : new ContourTracer().trace(g, level)) {
                float[] xyz = new float[3 * c.size()];
                for (int i = 0; i < c.size(); i++) {
                    xyz[3 * i] = (float) box.sceneX(c.x(i));
                    xyz[3 * i + 2] = (float) box.sceneZ(c.y(i));
                }
                traced.add(xyz);
                tracedSegments += c.size() - 1;
            }
        int segments = tubes.faces().length / TubeMeshBuilder.FACE_INTS_PER_SEGMENT;
        assertTrue(tracedSegments > 3000, "traced " + tracedSegments);
        assertTrue(segments * 3 < tracedSegments, "simplified " + segments + " of " + tracedSegments + " segments");
        // every ring centre (mean of its 3 vertices) lies within ¼ radius of a traced line, in plan view
        float[] p = tubes.points();
        for (int ring = 0; ring < p.length / 9; ring += 7) {
            float[] centre = {(p[9 * ring] + p[9 * ring + 3] + p[9 * ring + 6]) / 3, 0, (p[9 * ring + 2] + p[9 * ring + 5] + p[9 * ring + 8]) / 3};
            double best = Double.MAX_VALUE;
            for (float[] line : traced) {
                float[] both = new float[line.length + 3];
                System.arraycopy(centre, 0, both, 0, 3);
                System.arraycopy(line, 0, both, 3, line.length);
                for (int s = 1; s + 1 <= line.length / 3; s++) best = Math.min(best, PolylineSimplifier.distanceToSegmentSquared(both, 0, s, s + 1));
            }
            assertTrue(Math.sqrt(best) <= 1e-3, "ring " + ring + " is " + Math.sqrt(best) + " off every traced line");
        }
    }
}
