package org.saddlepoint.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DirectionsTest {
    @Test
    void filterNormalizedDirectionsHaveTheWeightsFilterNorms() {
        Mlp m = Mlp.of(new int[] {7, 5}, 3, Activation.RELU, LossKind.CROSS_ENTROPY, true);
        double[] theta = m.initialize(new Random(2));
        for (int i = 0; i < theta.length; i++) theta[i] *= 1 + i % 3; // uneven neuron norms
        Directions d = DirectionMaker.filterNormalized(m, theta, 8);
        for (double[] dir : new double[][] {d.d1(), d.d2()}) {
            for (int l = 0; l < m.layers(); l++) {
                int in = m.width(l), out = m.width(l + 1), w0 = m.weightOffset(l);
                for (int j = 0; j < out; j++) {
                    double nd = 0, nt = 0;
                    for (int k = 0; k < in; k++) {
                        nd += dir[w0 + k * out + j] * dir[w0 + k * out + j];
                        nt += theta[w0 + k * out + j] * theta[w0 + k * out + j];
                    }
                    assertEquals(Math.sqrt(nt), Math.sqrt(nd), 1e-9 * Math.sqrt(nt), "layer " + l + " neuron " + j);
                }
                for (int j = 0; j < out; j++) assertEquals(0, dir[m.biasOffset(l) + j]);
                if (m.normalizes(l)) for (int j = 0; j < 2 * out; j++) assertEquals(0, dir[m.gammaOffset(l) + j]);
            }
        }
        double cos = Lanczos.dot(d.d1(), d.d2()) / (Lanczos.norm(d.d1()) * Lanczos.norm(d.d2()));
        assertTrue(Math.abs(cos) < 0.5, "two independent random directions");
    }

    @Test
    void planarTrajectoryIsReproducedExactlyByPca() {
        Random r = new Random(4);
        int n = 50;
        double[] fin = new double[n], u = new double[n], w = new double[n];
        for (int i = 0; i < n; i++) {
            fin[i] = r.nextGaussian();
            u[i] = r.nextGaussian();
            w[i] = 0.3 * u[i] + r.nextGaussian();
        }
        List<double[]> snaps = new ArrayList<>();
        for (int t = 0; t <= 20; t++) {
            double al = Math.exp(-0.2 * t) * Math.cos(t), be = Math.exp(-0.15 * t) * Math.sin(0.7 * t);
            double[] th = new double[n];
            for (int i = 0; i < n; i++) th[i] = fin[i] + al * u[i] + be * w[i];
            snaps.add(th);
        }
        Directions d = DirectionMaker.pca(snaps, fin);
        assertEquals(1, d.explainedVariance()[0] + d.explainedVariance()[1], 1e-12);
        assertTrue(d.explainedVariance()[0] >= d.explainedVariance()[1]);
        assertEquals(1, Lanczos.norm(d.d1()), 1e-12);
        assertEquals(0, Lanczos.dot(d.d1(), d.d2()), 1e-12);
        int[] steps = new int[snaps.size()];
        for (int i = 0; i < steps.length; i++) steps[i] = i;
        ProjectedPath path = d.project(new TrainingRun(snaps.get(0), fin, snaps, steps, new double[20], null), fin);
        assertEquals(0, path.meanDistance(), 1e-12);
        for (int t = 0; t < snaps.size(); t++) {
            for (int i = 0; i < n; i++) {
                assertEquals(snaps.get(t)[i], fin[i] + path.a()[t] * d.d1()[i] + path.b()[t] * d.d2()[i], 1e-12);
            }
        }
        // off the plane: the distance is the component orthogonal to it
        double[] off = snaps.get(3).clone();
        double[] e = new double[n];
        for (int i = 0; i < n; i++) e[i] = r.nextGaussian();
        double c1 = Lanczos.dot(e, d.d1()), c2 = Lanczos.dot(e, d.d2());
        for (int i = 0; i < n; i++) e[i] -= c1 * d.d1()[i] + c2 * d.d2()[i];
        for (int i = 0; i < n; i++) off[i] += e[i];
        assertEquals(Lanczos.norm(e), d.project(off, fin)[2], 1e-12);
    }

    @Test
    void hessianDirectionsAreTopEigenvectors() {
        Dataset data = Datasets.generate("circles", 50, 0, 0.05, 1).train();
        NetworkObjective o = new NetworkObjective(Mlp.of(new int[] {5}, 2, Activation.SIGMOID, LossKind.MSE, false), data);
        double[] th = o.mlp().initialize(new Random(5));
        Directions d = DirectionMaker.hessian(o, th, 1);
        double[] hv = new double[th.length];
        o.hessianVector(th, d.d1(), hv);
        for (int i = 0; i < th.length; i++) assertEquals(d.eigenvalues()[0] * d.d1()[i], hv[i], 1e-10);
        assertTrue(d.eigenvalues()[0] >= d.eigenvalues()[1]);
        double[] curve = DirectionMaker.interpolate(o, th, new double[th.length], 0, 1, 3);
        assertEquals(o.value(th), curve[0], 0);
        assertEquals(o.value(new double[th.length]), curve[2], 0);
    }
}
