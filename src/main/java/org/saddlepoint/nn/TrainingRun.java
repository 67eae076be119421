package org.saddlepoint.nn;

import java.util.List;
import java.util.Optional;

/**
 * The record of one network training run: θ at the start and the end, snapshots of θ along the
 * way (for PCA directions and the projected path; the first is θ_init, the last θ_final), the
 * minibatch loss of every step, and why it stopped early (empty if it ran all steps).
 *
 * @param thetaInit     θ₀
 * @param thetaFinal    θ after the last step taken
 * @param snapshots     θ at steps {@code snapshotSteps[i]} (read-only by convention)
 * @param snapshotSteps the step index of each snapshot (0 = start)
 * @param stepLoss      minibatch loss of step k+1 at θ_k, for k in 0..steps−1
 * @param stopReason    e.g. "diverged at step 17", or null
 */
public record TrainingRun(double[] thetaInit, double[] thetaFinal, List<double[]> snapshots, int[] snapshotSteps,
                          double[] stepLoss, String stopReason) {
    public Optional<String> stop() { return Optional.ofNullable(stopReason); }

    public int stepsTaken() { return stepLoss.length; }
}
