package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saddlepoint.surface.ScalarGrid;

/**
 * The fast paths against the paths they replace: landscape grids by {@link PlaneLossKernel}
 * (affine first layer, tiles, four-input passes, blocked logs) against {@link LossKernel} point
 * by point, and the block-triangular full Hessian against the EJML evaluator's HVP columns
 * (H + Hᵀ)/2; both within 1e-10 relative.
 */
class FastPathsTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> configurations() {
        return MlpEvaluatorTest.configurations();
    }

    /** Widths that are and are not multiples of four, none to three hidden layers, 2 and 3 classes; sizes around the tile. */
    private static final int[][] HIDDEN = {{16, 16}, {5, 3}, {7}, {4, 9, 6}, {}};

    @ParameterizedTest(name = "{0} {1} bn={2}")
    @MethodSource("configurations")
    void planeGridsEqualTheLossKernelPointByPoint(Activation act, LossKind loss, boolean bn) {
        if (bn) return; // batch normalization keeps the LossKernel path
        int c = 0;
        for (int[] hidden : HIDDEN) {
            for (int classes : new int[] {2, 3}) {
                int size = new int[] {PlaneLossKernel.TILE * 2, PlaneLossKernel.TILE + 37, 70}[c++ % 3];
                Dataset data = Datasets.generate("spirals", size, 0, 0.1, 11 + c).train();
                if (classes == 3) data = threeClasses(data);
                Mlp m = Mlp.of(hidden, classes, act, loss, false);
                double[] th = m.initialize(new Random(c));
                Random r = new Random(40 + c);
                for (int i = 0; i < th.length; i++) th[i] += 0.5 * r.nextGaussian();
                NetworkLandscape land = new NetworkLandscape(m, data, th, DirectionMaker.filterNormalized(m, th, 7));
                ScalarGrid g = land.grid(1.5, 9, data, 2, p -> { }, () -> false);
                LossKernel old = new LossKernel(m, data);
                double[] point = new double[th.length], row = new double[9];
                for (int iy = 0; iy < 9; iy++) {
                    land.newRowEvaluator().valueRow(g.y(iy), g.x(0), g.x(1) - g.x(0), 9, row, 0);
                    for (int ix = 0; ix < 9; ix++) {
                        land.point(g.x(ix), g.y(iy), point);
                        double ref = old.loss(point);
                        String where = m.describe() + " n=" + size + " at (" + ix + ", " + iy + ")";
                        assertEquals(ref, g.at(ix, iy), 1e-10 * Math.abs(ref), where);
                        assertEquals(ref, row[ix], 1e-10 * Math.abs(ref), where + " (row evaluator)");
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} bn={2}")
    @MethodSource("configurations")
    void blockTriangularHessianEqualsTheSymmetrizedHvpColumns(Activation act, LossKind loss, boolean bn) {
        Dataset data = Datasets.generate("circles", 90, 0, 0.1, 8).train();
        for (int[] hidden : new int[][] {{6, 5}, {4, 3, 5}}) {
            for (int classes : new int[] {2, 3}) {
                Mlp m = Mlp.of(hidden, classes, act, loss, bn);
                Dataset d = classes == 3 ? threeClasses(data) : data;
                double[] th = m.initialize(new Random(5));
                Random r = new Random(6);
                for (int i = 0; i < th.length; i++) th[i] += 0.3 * r.nextGaussian();
                int n = th.length;
                MlpEvaluator ev = new MlpEvaluator(m);
                double[] ref = new double[n * n], e = new double[n], col = new double[n];
                for (int j = 0; j < n; j++) {
                    e[j] = 1;
                    ev.hessianVector(th, e, d, null, 0, d.size(), null, col);
                    e[j] = 0;
                    for (int i = 0; i < n; i++) ref[i * n + j] = col[i];
                }
                double max = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) max = Math.max(max, Math.abs(ref[i * n + j]));
                }
                for (int threads : new int[] {1, 2}) {
                    double[] h = new NetworkObjective(m, d).fullHessian(th, threads);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            double want = 0.5 * (ref[i * n + j] + ref[j * n + i]);
                            assertEquals(want, h[i * n + j], 1e-10 * Math.max(Math.abs(want), 1e-3 * max), m.describe() + " H[" + i + "][" + j + "]");
                            assertEquals(h[j * n + i], h[i * n + j], 0, "symmetric");
                        }
                    }
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void vectorizableExpMatchesMathExp() {
        int m = 100_001;
        double[] x = new double[m], e = new double[m];
        for (int i = 0; i < m; i++) x[i] = (i % 2 == 0 ? 1 : -1) * 45.0 * i / (m - 1);
        PlaneLossKernel.expNegative(x, e, m);
        for (int i = 0; i < m; i++) {
            double want = Math.exp(-Math.min(Math.abs(x[i]), PlaneLossKernel.EXP_CUTOFF));
            assertEquals(want, e[i], 1e-13 * want, "e^-|" + x[i] + "|");
        }
        assertEquals(Math.exp(-40), e[m - 1], 1e-13 * Math.exp(-40), "beyond the cutoff");
    }

    /** The same points with a third class (label 2 for every third point). */
    private static Dataset threeClasses(Dataset d) {
        int[] labels = d.labels().clone();
        for (int i = 0; i < labels.length; i += 3) labels[i] = 2;
        return new Dataset(d.name() + "3", d.x(), labels, 3);
    }
}
