package org.saddlepoint.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import org.saddlepoint.compute.opencl.OpenClSampler;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ExpressionSurface;
import org.saddlepoint.surface.PointFunction;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Every sampler backend must return the CPU reference grid within its stated tolerance, with
 * holes (NaN) in exactly the same places. The CPU sampler itself is checked against an
 * independent point-by-point evaluation. OpenCL cases are skipped, with the reason, when this
 * machine has no OpenCL platform.
 */
class SamplerContractTest {
    record Case(String name, String expression, Domain domain) {
        @Override public String toString() { return name; }
    }

    static final int[][] SIZES = {{2, 2}, {17, 9}, {64, 64}, {101, 37}, {3, 250}};

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (BenchmarkSurfaces s : BenchmarkSurfaces.values()) out.add(new Case(s.id(), s.expression(), s.domain()));
        out.add(new Case("log-holes", "log(x) + y", new Domain(-1, 1, -1, 1)));
        out.add(new Case("sqrt-holes", "sqrt(x*y) - log(1 - y)", new Domain(-1.3, 1.1, -0.7, 1.5)));
        out.add(new Case("every-op", "sigmoid(30*x) + softplus(40*y) + relu(x) + step(y) + sign(x - y) + min(x, y) + max(x, 0.3)"
                + " + abs(x) + tanh(3*y) + tan(x) + pow(abs(x) + 0.5, y) + (x + 2)^-3 + (y + 3)^5 + exp(x) / (2 + sin(y)) - cos(x*y)",
                new Domain(-1, 1, -1, 1)));
        return out;
    }

    static Stream<Arguments> backendCases() {
        List<Arguments> out = new ArrayList<>();
        for (String backend : List.of("cpu", "opencl", "auto")) {
            for (Case c : cases()) out.add(Arguments.of(backend, c));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("backendCases")
    void backendAgreesWithCpuReference(String backend, Case c) {
        assumeBackendAvailable(backend);
        Sampler sampler = Samplers.byName(backend);
        Tolerance tol = Samplers.tolerance(sampler);
        ExpressionSurface surface = ExpressionSurface.of(c.expression());
        for (int[] n : SIZES) {
            ScalarGrid ref = new CpuSampler().sample(surface, c.domain(), n[0], n[1]);
            ScalarGrid got = sampler.sample(surface, c.domain(), n[0], n[1]);
            assertAgrees(ref, got, tol, backend + " " + c + " " + n[0] + "x" + n[1]);
        }
        if (sampler instanceof FallbackSampler f) assertEquals(List.of(), f.notices(), "no fallback expected on a working device");
    }

    /**
     * {@code sampleInto} gives the grid {@code sample} gives, written into the caller's array (the
     * grid wraps that very array), also when the array held another grid before, and refuses an
     * array of the wrong length.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("backendCases")
    void sampleIntoWritesTheSameGridIntoTheCallersArray(String backend, Case c) {
        assumeBackendAvailable(backend);
        Sampler sampler = Samplers.byName(backend);
        ExpressionSurface surface = ExpressionSurface.of(c.expression());
        for (int[] n : SIZES) {
            ScalarGrid fresh = sampler.sample(surface, c.domain(), n[0], n[1]);
            double[] out = new double[n[0] * n[1]];
            java.util.Arrays.fill(out, 12345.0); // stale values of an earlier grid
            ScalarGrid into = sampler.sampleInto(surface, c.domain(), n[0], n[1], out, p -> { }, () -> false);
            assertTrue(into.values() == out, "the grid wraps the caller's array");
            assertAgrees(fresh, into, Tolerance.EXACT, backend + " into " + c + " " + n[0] + "x" + n[1]);
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> sampler.sampleInto(surface, c.domain(), n[0], n[1], new double[n[0] * n[1] + 1], p -> { }, () -> false));
            assertTrue(e.getMessage().contains(n[0] + "×" + n[1]), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cpuSamplerMatchesPointwiseEvaluation(Case c) {
        ExpressionSurface surface = ExpressionSurface.of(c.expression());
        PointFunction f = surface.newEvaluator();
        for (int[] n : SIZES) {
            ScalarGrid g = new CpuSampler().sample(surface, c.domain(), n[0], n[1]);
            double dx = c.domain().width() / (n[0] - 1), dy = c.domain().height() / (n[1] - 1);
            double[] expected = new double[n[0] * n[1]];
            for (int iy = 0; iy < n[1]; iy++) {
                double y = iy == n[1] - 1 ? c.domain().yMax() : c.domain().yMin() + iy * dy;
                for (int ix = 0; ix < n[0]; ix++) expected[iy * n[0] + ix] = f.value(c.domain().xMin() + ix * dx, y);
            }
            assertAgrees(new ScalarGrid(c.domain(), n[0], n[1], expected), g, Tolerance.FP64, "cpu " + c);
        }
    }

    @Test
    void holesAreWhereTheDomainEnds() {
        ScalarGrid g = new CpuSampler().sample(ExpressionSurface.of("log(x) + y"), new Domain(-1, 1, -1, 1), 21, 5);
        // x = −1 + ix·0.1: log is NaN for ix < 10, −∞ at ix = 10 (x = 0 exactly), finite beyond.
        assertEquals(10 * 5, countNaN(g));
        for (int iy = 0; iy < 5; iy++) assertEquals(Double.NEGATIVE_INFINITY, g.at(10, iy));
    }

    @Test
    void openClIsUsedInBandsAndPlacesTheLastRowAtYMax() {
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        assumeTrue(d.available(), () -> "OpenCL backend skipped: " + d.problem().orElse("no device"));
        OpenClSampler sampler = new OpenClSampler(OpenClRuntime.shared(), 100); // many bands of ≤ 100 points
        ExpressionSurface surface = ExpressionSurface.of("step(y - 0.7) + log(x)");
        Domain dom = new Domain(-0.3, 0.7, -0.1, 0.7);
        List<Double> progress = new ArrayList<>();
        ScalarGrid got = sampler.sample(surface, dom, 11, 41, progress::add, () -> false);
        ScalarGrid ref = new CpuSampler().sample(surface, dom, 11, 41);
        assertAgrees(ref, got, sampler.tolerance(), "banded");
        assertTrue(progress.size() > 4, "progress reported per band: " + progress);
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) assertTrue(progress.get(i) >= progress.get(i - 1));
    }

    /** Skips, saying why, a backend other than the CPU on a machine without an OpenCL platform. */
    static void assumeBackendAvailable(String backend) {
        if (backend.equals("cpu")) return;
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        assumeTrue(d.available(), () -> "OpenCL backend skipped: " + d.problem().orElse("no device"));
    }

    static int countNaN(ScalarGrid g) {
        int n = 0;
        for (double v : g.values()) if (Double.isNaN(v)) n++;
        return n;
    }

    static void assertAgrees(ScalarGrid ref, ScalarGrid got, Tolerance tol, String what) {
        assertEquals(ref.nx(), got.nx(), what);
        assertEquals(ref.ny(), got.ny(), what);
        double[] r = ref.values(), v = got.values();
        for (int i = 0; i < r.length; i++) {
            if (!tol.agrees(r[i], v[i])) {
                fail(what + ": at ix=" + (i % ref.nx()) + " iy=" + (i / ref.nx()) + " expected " + r[i] + " got " + v[i] + " (tolerance " + tol.describe() + ")");
            }
        }
    }
}
