/**
 * Small multilayer perceptrons on 2D toy data, in pure Java with EJML: the substrate for "real
 * network" loss landscapes.
 *
 * <p>When to use what:
 * <ul>
 *   <li>{@link org.saddlepoint.nn.Datasets} makes seeded train/test splits (spirals, circles,
 *       xor, gaussians, moons).</li>
 *   <li>{@link org.saddlepoint.nn.Mlp} is the architecture and the layout of the ONE flat θ.</li>
 *   <li>{@link org.saddlepoint.nn.MlpEvaluator}: loss, exact backprop gradient and exact HVP on
 *       any (mini)batch, EJML matrix products — training and single HVPs.</li>
 *   <li>{@link org.saddlepoint.nn.LossKernel}: loss only, many θ on one data set — landscape
 *       grids with batch normalization; without it, NetworkLandscape uses the faster
 *       PlaneLossKernel (θ on a plane: first layer affine in (a, b)).
 *       {@link org.saddlepoint.nn.HvpKernel}: many HVPs at one θ — full Hessians,
 *       Lanczos, Hutchinson.</li>
 *   <li>{@link org.saddlepoint.nn.Sharpness}: how sharp a landscape's centre is on a data set
 *       (loss rise on a ring, λ_max) — the train-vs-test comparison.</li>
 *   <li>{@link org.saddlepoint.nn.NetworkTrainer} with {@link org.saddlepoint.nn.NetworkOptimizer}:
 *       minibatch training with torch.optim's update rules (analysis.NetworkRuns converts an
 *       optim.OptimizerSpec and Schedule, which this layer cannot see).</li>
 *   <li>{@link org.saddlepoint.nn.NetworkObjective}: the full-batch loss as an n-dim function;
 *       {@link org.saddlepoint.nn.Spectrum} (EJML), {@link org.saddlepoint.nn.Lanczos},
 *       {@link org.saddlepoint.nn.Hutchinson} for its curvature.</li>
 *   <li>{@link org.saddlepoint.nn.DirectionMaker} → {@link org.saddlepoint.nn.Directions}
 *       (filter-normalized random, Hessian, PCA) → {@link org.saddlepoint.nn.NetworkLandscape},
 *       a {@code surface.Surface} of (a, b) with exact directional gradient and Hessian.</li>
 * </ul>
 *
 * <p>All derivatives are exact: backprop, and Hessian-vector products by forward-over-reverse
 * (Pearlmutter's R-operator), including through batch normalization. Batch normalization uses
 * the batch's statistics (train mode); evaluation on other points (test set, decision grid)
 * uses the training set's exact statistics ({@link org.saddlepoint.nn.NormStats}).
 */
package org.saddlepoint.nn;
