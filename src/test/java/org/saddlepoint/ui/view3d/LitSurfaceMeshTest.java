package org.saddlepoint.ui.view3d;

import static org.junit.jupiter.api.Assertions.*;

import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.junit.jupiter.api.Test;
import org.saddlepoint.render.ColorScale;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

class LitSurfaceMeshTest {
    private static SurfaceMeshBuilder.Arrays surface(double a, boolean hole) {
        int n = 17;
        double[] z = new double[n * n];
        for (int iy = 0; iy < n; iy++)
            for (int ix = 0; ix < n; ix++) {
                double x = -1 + 2.0 * ix / (n - 1), y = -1 + 2.0 * iy / (n - 1);
                z[iy * n + ix] = hole && ix == 3 && iy == 5 ? Double.NaN : a * x * x - y * y + 0.3 * x * y;
            }
        ScalarGrid g = new ScalarGrid(new Domain(-1, 1, -1, 1), n, n, z);
        ColorScale scale = ColorScale.of(g, false);
        return SurfaceMeshBuilder.build(g, new SceneBox(g.domain(), scale), scale, 512);
    }

    @Test void facesGainEachPointsOwnNormal() {
        SurfaceMeshBuilder.Arrays a = surface(1, false);
        LitSurfaceMesh lit = new LitSurfaceMesh();
        TriangleMesh m = lit.apply(lit.prepare(a));
        assertEquals(VertexFormat.POINT_NORMAL_TEXCOORD, m.getVertexFormat());
        int[] f = m.getFaces().toArray(null);
        assertEquals(a.faces().length / 2 * 3, f.length);
        for (int v = 0; v < a.faces().length / 2; v++) {
            assertEquals(a.faces()[2 * v], f[3 * v], "point");
            assertEquals(a.faces()[2 * v], f[3 * v + 1], "normal = the point's own");
            assertEquals(a.faces()[2 * v + 1], f[3 * v + 2], "texture coordinate");
        }
        assertArrayEquals(a.normals(), m.getNormals().toArray(null));
    }

    @Test void aSurfaceWithTheSameFacesUpdatesTheShownMeshInPlace() {
        LitSurfaceMesh lit = new LitSurfaceMesh();
        TriangleMesh first = lit.apply(lit.prepare(surface(1, false)));
        SurfaceMeshBuilder.Arrays next = surface(-2, false);
        LitSurfaceMesh.Prepared p = lit.prepare(next);
        assertNull(p.faces(), "same faces: nothing to convert");
        TriangleMesh second = lit.apply(p);
        assertSame(first, second);
        assertArrayEquals(next.points(), second.getPoints().toArray(null));
        assertArrayEquals(next.normals(), second.getNormals().toArray(null));
        assertArrayEquals(next.texCoords(), second.getTexCoords().toArray(null));
    }

    @Test void otherFacesBuildANewMesh() {
        LitSurfaceMesh lit = new LitSurfaceMesh();
        TriangleMesh first = lit.apply(lit.prepare(surface(1, false)));
        SurfaceMeshBuilder.Arrays holed = surface(1, true);
        TriangleMesh second = lit.apply(lit.prepare(holed));
        assertNotSame(first, second);
        assertEquals(holed.triangleCount() * 9, second.getFaces().size());
        assertTrue(holed.triangleCount() < surface(1, false).triangleCount(), "the hole's cells are left out");
        // a prepared update that was overtaken by another mesh is applied as a new mesh, not in place
        LitSurfaceMesh.Prepared stale = lit.prepare(surface(2, true));
        lit.apply(lit.prepare(surface(1, false)));
        TriangleMesh third = lit.apply(stale);
        assertEquals(holed.triangleCount() * 9, third.getFaces().size());
    }
}
