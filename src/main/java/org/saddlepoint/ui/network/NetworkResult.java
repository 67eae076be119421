package org.saddlepoint.ui.network;

import org.saddlepoint.nn.DataSplit;
import org.saddlepoint.nn.Directions;
import org.saddlepoint.nn.Hutchinson;
import org.saddlepoint.nn.Mlp;
import org.saddlepoint.nn.ProjectedPath;
import org.saddlepoint.nn.Spectrum;
import org.saddlepoint.optim.Trajectory;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

/**
 * One Network-mode result: the trained θ*, the plane's directions, the training and test loss
 * grids on [−span, span]², the training path projected onto the plane (as a {@link Trajectory}
 * with the landscape's value at each snapshot), the decision boundary's class probabilities on
 * {@code decisionDomain} ({@code (iy·n + ix)·K + c}), and the Hessian at θ*: top eigenvalues by
 * Lanczos, Hutchinson's trace estimate, and the full spectrum when the network has ≤ 500 parameters.
 */
public record NetworkResult(NetworkSettings settings, Mlp mlp, DataSplit data, double[] theta, Directions directions,
                            ProjectedPath path, ScalarGrid trainGrid, ScalarGrid testGrid, Trajectory trajectory,
                            Domain decisionDomain, int decisionN, double[] decision, double[] topEigenvalues,
                            Hutchinson.Estimate trace, Spectrum fullSpectrum, double trainLoss, double testLoss,
                            double trainAccuracy, double testAccuracy) {
    /** Largest network whose full Hessian spectrum is computed. */
    public static final int FULL_SPECTRUM_LIMIT = 500;
}
