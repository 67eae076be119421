package org.saddlepoint.ui.view3d;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saddlepoint.render.ColorScale;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

class SurfaceMeshBuilderTest {
    private static ScalarGrid paraboloid(int n, boolean hole) {
        Domain d = new Domain(-2, 2, -1, 1);
        double[] z = new double[n * n];
        for (int iy = 0; iy < n; iy++)
            for (int ix = 0; ix < n; ix++) {
                double x = -2 + 4.0 * ix / (n - 1), y = -1 + 2.0 * iy / (n - 1);
                z[iy * n + ix] = hole && ix == n / 2 && iy == n / 2 ? Double.NaN : x * x + y * y;
            }
        return new ScalarGrid(d, n, n, z);
    }

    @Test void pointsFollowTheSceneBoxAndTexturesTheColourScale() {
        ScalarGrid g = paraboloid(9, false);
        ColorScale scale = ColorScale.of(g, false);
        SceneBox box = new SceneBox(g.domain(), scale);
        SurfaceMeshBuilder.Arrays a = SurfaceMeshBuilder.build(g, box, scale, 512);
        assertEquals(9 * 9 * 3, a.points().length);
        assertEquals(2 * 8 * 8, a.triangleCount());
        // longer side (x: 4 units) spans 100 scene units: X = 25·x, Z = 25·y; height: Y = −42·(t − ½)
        int k = 3 * (2 * 9 + 7); // ix = 7 (x = 1.5), iy = 2 (y = −0.5)
        assertEquals(25 * 1.5, a.points()[k], 1e-4);
        double t = (1.5 * 1.5 + 0.25) / 5.0;
        assertEquals(-42 * (t - 0.5), a.points()[k + 1], 1e-4);
        assertEquals(25 * -0.5, a.points()[k + 2], 1e-4);
        assertEquals(0.5 / 256 + t * 255 / 256, a.texCoords()[2 * (2 * 9 + 7)], 1e-6);
        assertEquals(1.5, box.dataX(a.points()[k]), 1e-5);
        assertEquals(-0.5, box.dataY(a.points()[k + 2]), 1e-5);
    }

    @Test void frontFacesPointUp() {
        ScalarGrid g = paraboloid(5, false);
        ColorScale scale = ColorScale.of(g, false);
        SurfaceMeshBuilder.Arrays a = SurfaceMeshBuilder.build(g, new SceneBox(g.domain(), scale), scale, 512);
        float[] p = a.points();
        int[] f = a.faces();
        for (int i = 0; i < f.length; i += 6) {
            int i0 = 3 * f[i], i1 = 3 * f[i + 2], i2 = 3 * f[i + 4];
            double ux = p[i1] - p[i0], uz = p[i1 + 2] - p[i0 + 2], vx = p[i2] - p[i0], vz = p[i2 + 2] - p[i0 + 2];
            double ny = uz * vx - ux * vz; // y component of (p1 − p0) × (p2 − p0)
            assertTrue(ny < 0, "normal must point to −Y (up), triangle " + i / 6);
        }
    }

    @Test void cellsTouchingAHoleAreLeftOut() {
        ScalarGrid g = paraboloid(9, true);
        ColorScale scale = ColorScale.of(g, true);
        SurfaceMeshBuilder.Arrays a = SurfaceMeshBuilder.build(g, new SceneBox(g.domain(), scale), scale, 512);
        assertEquals(2 * 8 * 8 - 2 * 4, a.triangleCount());
        int hole = 4 * 9 + 4;
        for (int i = 0; i < a.faces().length; i += 2) assertNotEquals(hole, a.faces()[i]);
        for (float v : a.points()) assertTrue(Float.isFinite(v));
    }

    @Test void fineGridsAreSubsampledKeepingTheEdges() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, SurfaceMeshBuilder.indices(5, 512));
        int[] idx = SurfaceMeshBuilder.indices(1025, 512);
        assertTrue(idx.length <= 512);
        assertEquals(0, idx[0]);
        assertEquals(1024, idx[idx.length - 1]);
        ScalarGrid g = paraboloid(700, false);
        ColorScale scale = ColorScale.of(g, false);
        SurfaceMeshBuilder.Arrays a = SurfaceMeshBuilder.build(g, new SceneBox(g.domain(), scale), scale, 512);
        assertTrue(a.nx() <= 512 && a.ny() <= 512);
        assertEquals(a.nx() * a.ny() * 3, a.points().length);
    }

    @Test void wireframeSegmentsJoinNeighbours() {
        ScalarGrid g = paraboloid(6, false);
        ColorScale scale = ColorScale.of(g, false);
        SurfaceMeshBuilder.Arrays w = SurfaceMeshBuilder.wireframe(g, new SceneBox(g.domain(), scale), 64, 0.1f);
        assertEquals(2 * 6 * 5, w.triangleCount()); // 6 rows × 5 + 6 columns × 5 segments
        for (int i = 0; i < w.faces().length; i += 6) {
            assertEquals(0, w.faces()[i + 1]);
            assertEquals(w.faces()[i + 2], w.faces()[i + 4]);
        }
    }

    @Test void tubesSurroundTheirPolylineAtTheRadius() {
        float[] xyz = {0, 0, 0, 10, 0, 0, 10, 5, 3, 12, 8, -1};
        SurfaceMeshBuilder.Arrays t = TubeMeshBuilder.tube(xyz, 0.5f);
        assertEquals(4 * 3 * 3, t.points().length);
        assertEquals(3 * TubeMeshBuilder.FACE_INTS_PER_SEGMENT, t.faces().length);
        for (int k = 0; k < 4; k++)
            for (int s = 0; s < 3; s++) {
                int p = 3 * (3 * k + s);
                double d = Math.sqrt(Math.pow(t.points()[p] - xyz[3 * k], 2) + Math.pow(t.points()[p + 1] - xyz[3 * k + 1], 2)
                        + Math.pow(t.points()[p + 2] - xyz[3 * k + 2], 2));
                assertEquals(0.5, d, 1e-5);
            }
        assertEquals(0, TubeMeshBuilder.tubes(List.of(new float[] {1, 2, 3}), 1f).faces().length);
    }

    /**
     * Scene height Y = h(X, Z) = 21 − (42/5)·((X/25)² + (Z/25)²) for the paraboloid; the upward
     * normal is (h_X, −1, h_Z)/‖·‖, which central differences give exactly for a quadratic.
     */
    @Test void normalsAreTheHeightFieldsUpwardUnitNormals() {
        ScalarGrid g = paraboloid(9, false);
        ColorScale scale = ColorScale.of(g, false);
        SurfaceMeshBuilder.Arrays a = SurfaceMeshBuilder.build(g, new SceneBox(g.domain(), scale), scale, 512);
        int k = 2 * 9 + 7; // x = 1.5 (X = 37.5), y = −0.5 (Z = −12.5)
        double hx = -(42.0 / 5) * 2 * 37.5 / 625, hz = -(42.0 / 5) * 2 * -12.5 / 625;
        double len = Math.sqrt(hx * hx + 1 + hz * hz);
        assertEquals(hx / len, a.normals()[3 * k], 1e-5);
        assertEquals(-1 / len, a.normals()[3 * k + 1], 1e-5);
        assertEquals(hz / len, a.normals()[3 * k + 2], 1e-5);
        // the winding of every face agrees with the normals of its corners (both point up, −Y)
        float[] p = a.points();
        int[] f = a.faces();
        for (int t = 0; t < f.length; t += 6) {
            int i0 = f[t], i1 = f[t + 2], i2 = f[t + 4];
            double ux = p[3 * i1] - p[3 * i0], uy = p[3 * i1 + 1] - p[3 * i0 + 1], uz = p[3 * i1 + 2] - p[3 * i0 + 2];
            double vx = p[3 * i2] - p[3 * i0], vy = p[3 * i2 + 1] - p[3 * i0 + 1], vz = p[3 * i2 + 2] - p[3 * i0 + 2];
            double cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
            double dot = cx * a.normals()[3 * i0] + cy * a.normals()[3 * i0 + 1] + cz * a.normals()[3 * i0 + 2];
            assertTrue(dot > 0, "face " + t / 6 + " winds against its normals");
        }
    }

    @Test void normalsNextToAHoleAreOneSidedUnitVectors() {
        ScalarGrid g = paraboloid(9, true);
        ColorScale scale = ColorScale.of(g, false);
        SurfaceMeshBuilder.Arrays a = SurfaceMeshBuilder.build(g, new SceneBox(g.domain(), scale), scale, 512);
        for (int k = 0; k < 81; k++) {
            double nx = a.normals()[3 * k], ny = a.normals()[3 * k + 1], nz = a.normals()[3 * k + 2];
            assertEquals(1, Math.sqrt(nx * nx + ny * ny + nz * nz), 1e-5, "point " + k);
            assertTrue(ny < 0, "point " + k + " faces up");
        }
        // x = 0.5, y = 0, next to the hole at (0, 0): one-sided in x, h_X = (h(x = 1) − h(x = 0.5))/ΔX; the
        // colour range is now [0.0625, 5] (the smallest finite value sits at (0, ±0.25)), so Y = −42·((z − 0.0625)/4.9375 − ½)
        int right = 4 * 9 + 5;
        double hx = -(42.0 / 4.9375) * (1.0 - 0.25) / 12.5;
        double hz = 0;
        double len = Math.sqrt(hx * hx + 1 + hz * hz);
        assertEquals(hx / len, a.normals()[3 * right], 1e-5);
    }
}
