package org.saddlepoint.ui.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.saddlepoint.analysis.CriticalPoint;
import org.saddlepoint.analysis.CriticalPointFinder;
import org.saddlepoint.analysis.CriticalType;
import org.saddlepoint.analysis.Curvature;
import org.saddlepoint.analysis.SaddleEscape;
import org.saddlepoint.render.Arrow;
import org.saddlepoint.render.ColorScale;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;
import org.saddlepoint.ui.I18n;
import org.saddlepoint.ui.view3d.SceneBox;

/** The inspector's non-FX logic: arrows, text, the 3D patch's vertices, the background search. */
class CurvatureLogicTest {
    private static Surface surface(String src) {
        return ExpressionSurface.of(src);
    }

    @Test void saddleArrowsPointAlongTheAxesScaledByCurvatureAndTheEscapeArrowIsDelta() {
        // f = x² − 4y²: H = diag(2, −8), λ₁ = −8 along y, λ₂ = 2 along x; at (0.5, 0) g = (1, 0)
        Surface s = surface("x^2 - 4*y^2");
        Curvature c = Curvature.at(s.newEvaluator(), 0.5, 0);
        SaddleEscape e = SaddleEscape.step(s.newEvaluator(), c, 0.25);
        List<Arrow> arrows = CurvatureArrows.of(c, 1.0, e);
        assertEquals(4, arrows.size());
        Arrow a1 = arrows.get(0), a2 = arrows.get(1), g = arrows.get(2), d = arrows.get(3);
        assertEquals(0, a1.dx(), 1e-12);
        assertEquals(1.0, a1.dy(), 1e-12); // |λ₁| is the larger: full length, v₁ = (0, 1) after the sign rule
        assertEquals(CurvatureArrows.NEGATIVE, a1.color());
        assertEquals(0.25, a2.dx(), 1e-12); // 2/8 of the length along x
        assertEquals(0, a2.dy(), 1e-12);
        assertEquals(CurvatureArrows.POSITIVE, a2.color());
        assertEquals("λ₁ = −8", a1.label());
        assertEquals("λ₂ = 2", a2.label());
        assertEquals(1.0 / 8, g.dx(), 1e-12); // ‖g‖ = 1 against max|λ| = 8
        assertEquals(0.5, g.x0(), 0);
        assertEquals(0.25 * c.v1x(), d.dx(), 1e-15);
        assertEquals(0.25 * c.v1y(), d.dy(), 1e-15);
        // predicted ½λ₁s² = −0.25; actual f(0.5, 0.25) − f(0.5, 0) = −4·0.0625 = −0.25 (f is quadratic)
        assertEquals(-0.25, e.predicted(), 1e-12);
        assertEquals(-0.25, e.actual(), 1e-12);
    }

    @Test void noGradientArrowAtACriticalPoint() {
        Curvature c = Curvature.at(surface("x^2 - y^2").newEvaluator(), 0, 0);
        assertEquals(2, CurvatureArrows.of(c, 1, null).size());
    }

    @Test void textShowsEigenvaluesTypeAndTolerance() {
        I18n en = new I18n(I18n.ENGLISH);
        Curvature c = Curvature.at(surface("x^2 - y^2").newEvaluator(), 0, 0);
        assertEquals("[[2, 0], [0, −2]]", CurvatureText.hessian(c));
        assertTrue(CurvatureText.eigen1(c).startsWith("−2 "), CurvatureText.eigen1(c));
        assertTrue(CurvatureText.eigen2(c).startsWith("2 "), CurvatureText.eigen2(c));
        assertEquals("saddle  (|λ| ≤ 1.000e-08·max(1, |λ|max) counts as 0)", CurvatureText.type(c, en));
        assertEquals("1.235e+05", CurvatureText.num(123456.7));
        assertEquals("0.125", CurvatureText.num(0.125));
        assertEquals("−3.000e-06", CurvatureText.num(-3e-6));
        SaddleEscape e = SaddleEscape.step(surface("x^2 - y^2").newEvaluator(), c, 0.5);
        assertEquals("‖Δ‖ = 0.5: predicted ½λ₁‖Δ‖² = −0.25, actual f(θ'+Δ) − f(θ') = −0.25 (difference 0)", CurvatureText.escape(e, en));
    }

    @Test void patchVerticesFollowTheQuadraticModelThroughTheViewsScale() {
        Surface s = surface("x^2 - y^2 + x*y^2");
        Curvature c = Curvature.at(s.newEvaluator(), 0.3, -0.2);
        Domain dom = new Domain(-2, 2, -1, 1);
        ColorScale scale = ColorScale.of(new ScalarGrid(dom, 2, 2, new double[] {-3, 0, 1, 3}), false, Double.NaN, Double.NaN);
        SceneBox box = new SceneBox(dom, scale);
        int n = 5;
        double r = 0.4;
        float[] p = Curvature3D.patchPoints(c, r, n, box);
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                double x = 0.3 - r + ix * 0.2, y = -0.2 - r + iy * 0.2, dx = x - 0.3, dy = y + 0.2;
                // q by hand: f(θ') + gᵀΔ + ½ΔᵀHΔ with g = (2x + y², −2y + 2xy), H = [[2, 2y], [2y, −2 + 2x]] at θ'
                double gx = 0.6 + 0.04, gy = 0.4 - 0.12, hxx = 2, hxy = -0.4, hyy = -2 + 0.6;
                double q = (0.09 - 0.04 + 0.3 * 0.04) + gx * dx + gy * dy + 0.5 * (hxx * dx * dx + 2 * hxy * dx * dy + hyy * dy * dy);
                int k = 3 * (iy * n + ix);
                assertEquals(box.sceneX(x), p[k], 1e-4);
                assertEquals(-SceneBox.HEIGHT * ((q + 3) / 6 - 0.5), p[k + 1], 1e-4);
                assertEquals(box.sceneZ(y), p[k + 2], 1e-4);
            }
        }
    }

    @Test void backgroundSearchOnHimmelblauFindsFourMinimaFourSaddlesOneMaximum() {
        CriticalPointSearch search = new CriticalPointSearch(CriticalPointFinder.defaults(), Runnable::run, Runnable::run);
        AtomicReference<List<CriticalPoint>> found = new AtomicReference<>();
        double[] last = {0};
        search.submit(surface("(x^2 + y - 11)^2 + (x + y^2 - 7)^2"), new Domain(-5, 5, -5, 5), p -> last[0] = p, found::set,
                msg -> { throw new AssertionError(msg); });
        List<CriticalPoint> pts = found.get();
        assertEquals(9, pts.size());
        assertEquals(4, pts.stream().filter(p -> p.type() == CriticalType.MINIMUM).count());
        assertEquals(4, pts.stream().filter(p -> p.type() == CriticalType.SADDLE).count());
        assertEquals(1, pts.stream().filter(p -> p.type() == CriticalType.MAXIMUM).count());
        assertEquals(1.0, last[0]);
        assertTrue(pts.stream().anyMatch(p -> Math.abs(p.x() - 3) < 1e-8 && Math.abs(p.y() - 2) < 1e-8), "the minimum (3, 2)");
    }

    @Test void cancelledSearchReportsNothing() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        CriticalPointSearch search = new CriticalPointSearch(CriticalPointFinder.defaults(), queued::add, Runnable::run);
        AtomicReference<List<CriticalPoint>> found = new AtomicReference<>();
        search.submit(surface("x^2 - y^2"), new Domain(-1, 1, -1, 1), p -> { }, found::set, m -> { });
        search.cancel();
        queued.forEach(Runnable::run);
        assertEquals(null, found.get());
    }
}
