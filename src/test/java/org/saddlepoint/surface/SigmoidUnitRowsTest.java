package org.saddlepoint.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sigmoid unit's grid rows (factored exponentials) against its point evaluator. */
class SigmoidUnitRowsTest {
    static Dataset data(long seed, int n, double scale, boolean binary) {
        Random r = new Random(seed);
        double[] u = new double[n], v = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = scale * r.nextGaussian();
            v[i] = scale * (r.nextGaussian() + 1);
            t[i] = binary ? r.nextInt(2) : r.nextDouble();
        }
        return new Dataset(u, v, t);
    }

    /** The largest difference from the point evaluator over an nx × ny grid, relative to max(1, |L|). */
    static double worstDifference(DataSurface s, double lo, double hi, int n) {
        RowEvaluator rows = s.newRowEvaluator();
        PointFunction f = s.newEvaluator();
        double dx = (hi - lo) / (n - 1), worst = 0;
        double[] out = new double[n];
        for (int iy = 0; iy < n; iy++) {
            double y = lo + iy * dx;
            rows.valueRow(y, lo, dx, n, out, 0);
            for (int ix = 0; ix < n; ix++) {
                double exact = f.value(lo + ix * dx, y);
                assertTrue(Double.isFinite(out[ix]), "finite at " + ix + ", " + iy);
                worst = Math.max(worst, Math.abs(out[ix] - exact) / Math.max(1, Math.abs(exact)));
            }
        }
        return worst;
    }

    @Test void mseAndCrossEntropyRowsAgreeWithThePointEvaluator() {
        for (LossFunction loss : LossFunction.values()) {
            for (boolean binary : new boolean[] {true, false}) {
                DataSurface s = new DataSurface(data(3, 60, 2, binary), Activation.SIGMOID, loss);
                double worst = worstDifference(s, -10, 10, 41);
                assertTrue(worst < 1e-13, loss + " binary=" + binary + ": " + worst);
            }
        }
    }

    @Test void theBundledLogisticSurfacesAgreeToAFewUlps() {
        for (String id : new String[] {"logistic-mse", "logistic-cross-entropy"}) {
            SurfaceSpec spec = SurfaceCatalog.bundled().specs().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            DataSurface s = (DataSurface) spec.build(java.util.Map.of());
            assertTrue(worstDifference(s, spec.domain().xMin(), spec.domain().xMax(), 33) < 1e-13, id);
        }
    }

    /** Where a factor e^(−x·u) would overflow, the row is evaluated point by point: the same bits. */
    @Test void aHugeDomainFallsBackToThePointEvaluator() {
        DataSurface s = new DataSurface(data(5, 20, 3, true), Activation.SIGMOID, LossFunction.CROSS_ENTROPY);
        RowEvaluator rows = s.newRowEvaluator();
        PointFunction f = s.newEvaluator();
        double[] out = new double[11];
        rows.valueRow(2, -1000, 200, 11, out, 0);
        for (int i = 0; i < 11; i++) assertEquals(f.value(-1000 + i * 200, 2), out[i], 0.0);
        rows.valueRow(500, -1, 0.2, 11, out, 0); // safe columns, an unsafe row
        for (int i = 0; i < 11; i++) assertEquals(f.value(-1 + i * 0.2, 500), out[i], 0.0);
    }

    @Test void otherActivationsKeepThePointByPointRows() {
        DataSurface s = new DataSurface(data(7, 10, 1, false), Activation.TANH, LossFunction.MSE);
        double[] out = new double[5];
        s.newRowEvaluator().valueRow(0.3, -1, 0.5, 5, out, 0);
        for (int i = 0; i < 5; i++) assertEquals(s.newEvaluator().value(-1 + i * 0.5, 0.3), out[i], 0.0);
    }
}
