package org.saddlepoint.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every bundled surface must pass: exact gradient against central differences of
 * f, exact Hessian against central differences of the exact gradient (∂²f/∂x∂y from both
 * orders), finite values on a grid (away from documented singular points), row evaluation equal
 * to point evaluation, and complete file metadata.
 */
class BundledSurfaceContractTest {
    private static final SurfaceCatalog CATALOG = SurfaceCatalog.bundled();

    static Stream<SurfaceSpec> surfaces() { return CATALOG.specs().stream(); }

    @Test
    void everyIndexedFileLoadsAndTheIndexListsEveryFile() throws IOException {
        assertTrue(CATALOG.errors().isEmpty(), () -> "bundled surfaces with errors: " + CATALOG.errors());
        List<String> index = Files.readAllLines(Path.of("surfaces/index.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).sorted().toList();
        try (Stream<Path> files = Files.list(Path.of("surfaces"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".toml")).sorted().toList();
            assertEquals(onDisk, index, "surfaces/index.txt must list exactly the .toml files in surfaces/");
        }
        assertEquals(index.size(), CATALOG.specs().size());
        assertTrue(CATALOG.specs().size() >= 17);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void metadataIsComplete(SurfaceSpec s) {
        for (LocalizedText t : List.of(s.title(), s.description(), s.lesson())) {
            assertFalse(t.en().isBlank(), s.id());
            assertTrue(t.zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    s.id() + ": the zh text must be Chinese: " + t.zh());
        }
        assertTrue(s.starts().size() >= 2 && s.starts().size() <= 4, s.id() + " starts");
        assertTrue(s.presets().size() >= 2 && s.presets().size() <= 4, s.id() + " presets");
        for (StartPoint p : s.starts()) assertTrue(s.domain().contains(p.x(), p.y()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void gradientMatchesCentralDifferences(SurfaceSpec s) {
        PointFunction f = s.build().newEvaluator();
        Random rnd = new Random(1234);
        double[] g = new double[2];
        for (double[] p : samplePoints(s, rnd, 60)) {
            double x = p[0], y = p[1];
            double v = f.gradient(x, y, g);
            assertEquals(f.value(x, y), v, 1e-12 * (1 + Math.abs(v)), "gradient() must return f");
            double hx = 1e-5 * Math.max(1, Math.abs(x)), hy = 1e-5 * Math.max(1, Math.abs(y));
            double fdx = (f.value(x + hx, y) - f.value(x - hx, y)) / (2 * hx);
            double fdy = (f.value(x, y + hy) - f.value(x, y - hy)) / (2 * hy);
            double round = 20 * Math.ulp(Math.abs(v) + 1);
            assertClose(s, "∂f/∂x", x, y, fdx, g[0], round / hx);
            assertClose(s, "∂f/∂y", x, y, fdy, g[1], round / hy);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void hessianMatchesDifferencesOfTheGradientAndIsSymmetric(SurfaceSpec s) {
        PointFunction f = s.build().newEvaluator();
        Random rnd = new Random(99);
        double[] h = new double[3], gp = new double[2], gm = new double[2];
        for (double[] p : samplePoints(s, rnd, 60)) {
            double x = p[0], y = p[1];
            f.hessian(x, y, h);
            double hx = 1e-5 * Math.max(1, Math.abs(x)), hy = 1e-5 * Math.max(1, Math.abs(y));
            f.gradient(x + hx, y, gp);
            f.gradient(x - hx, y, gm);
            double fxx = (gp[0] - gm[0]) / (2 * hx), fyxFromX = (gp[1] - gm[1]) / (2 * hx);
            double round = 20 * Math.ulp(Math.abs(gp[0]) + Math.abs(gp[1]) + 1);
            f.gradient(x, y + hy, gp);
            f.gradient(x, y - hy, gm);
            double fxyFromY = (gp[0] - gm[0]) / (2 * hy), fyy = (gp[1] - gm[1]) / (2 * hy);
            assertClose(s, "fxx", x, y, fxx, h[0], round / hx);
            assertClose(s, "fyy", x, y, fyy, h[2], round / hy);
            assertClose(s, "fxy (d/dy of fx)", x, y, fxyFromY, h[1], round / hy);
            assertClose(s, "fxy (d/dx of fy)", x, y, fyxFromX, h[1], round / hx);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void valuesAreFiniteOnAGridAndRowsMatchPoints(SurfaceSpec s) {
        Surface surface = s.build();
        PointFunction f = surface.newEvaluator();
        RowEvaluator rows = surface.newRowEvaluator();
        Domain d = s.domain();
        int n = 81;
        double dx = d.width() / (n - 1);
        double[] row = new double[n], g = new double[2], h = new double[3];
        for (int j = 0; j < n; j++) {
            double y = d.yMin() + j * d.height() / (n - 1);
            rows.valueRow(y, d.xMin(), dx, n, row, 0);
            for (int i = 0; i < n; i++) {
                double x = d.xMin() + i * dx;
                double v = f.value(x, y);
                assertTrue(Double.isFinite(v), () -> s.id() + " f(" + x + ", " + y + ") = " + v);
                assertEquals(v, row[i], 1e-12 * (1 + Math.abs(v)), s.id() + " row vs point");
                if (nearSingular(s, x, y)) continue;
                f.gradient(x, y, g);
                f.hessian(x, y, h);
                for (double c : new double[] {g[0], g[1], h[0], h[1], h[2]}) {
                    assertTrue(Double.isFinite(c), () -> s.id() + " derivative not finite at (" + x + ", " + y + ")");
                }
            }
        }
    }

    /** Seeded uniform points in the domain, away from documented singular points. */
    static List<double[]> samplePoints(SurfaceSpec s, Random rnd, int count) {
        Domain d = s.domain();
        java.util.ArrayList<double[]> out = new java.util.ArrayList<>();
        while (out.size() < count) {
            double x = d.xMin() + d.width() * rnd.nextDouble(), y = d.yMin() + d.height() * rnd.nextDouble();
            if (!nearSingular(s, x, y)) out.add(new double[] {x, y});
        }
        return out;
    }

    static boolean nearSingular(SurfaceSpec s, double x, double y) {
        double r = 1e-3 * Math.max(s.domain().width(), s.domain().height());
        for (SurfaceSpec.Point p : s.singular()) if (Math.hypot(x - p.x(), y - p.y()) < r) return true;
        return false;
    }

    private static void assertClose(SurfaceSpec s, String what, double x, double y, double fd, double exact, double roundoff) {
        double tol = 1e-5 * (1 + Math.abs(exact)) + roundoff;
        if (!(Math.abs(fd - exact) <= tol)) {
            fail(s.id() + ": " + what + " at (" + x + ", " + y + "): exact " + exact + ", central difference " + fd);
        }
    }
}
