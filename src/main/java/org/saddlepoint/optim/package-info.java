/**
 * Optimizers that walk a {@link org.saddlepoint.surface.Surface} one step at a time, with the
 * semantics of {@code torch.optim} (PyTorch 1.13) in double precision.
 *
 * <h2>When to use what</h2>
 * <ul>
 * <li>A whole run: {@link org.saddlepoint.optim.TrajectoryRunner#run(org.saddlepoint.surface.Surface, RunSpec)}
 *     gives an immutable {@link org.saddlepoint.optim.Trajectory} (row 0 = start, one row per
 *     step, every step's gradient, moments, scale, learning rate and update). Long runs: the
 *     overload with a cancel flag.</li>
 * <li>Step by step (pause, single-step, snapshot): {@link org.saddlepoint.optim.OptimizerRun}.
 *     Rewinding = replaying: runs are deterministic (same spec and seed → identical rows).</li>
 * <li>One update rule on your own arrays: {@link org.saddlepoint.optim.Optimizer#create(OptimizerSpec)}
 *     and {@link org.saddlepoint.optim.Optimizer#step}.</li>
 * <li>Learning-rate schedules from strings ({@code cosine:t_max=100}, {@code warmup:steps=10+exp:gamma=0.99}):
 *     {@link org.saddlepoint.optim.Schedules#parse(String)}; the grammar is in {@link org.saddlepoint.optim.Schedules}.</li>
 * <li>Gradient noise (Gaussian σ, or real minibatches on data surfaces): {@link org.saddlepoint.optim.Noise}.</li>
 * <li>Eigenvalues/vectors of a 2×2 Hessian in closed form: {@link org.saddlepoint.optim.SymmetricEigen2}.</li>
 * </ul>
 * Everything here is pure Java, allocation-free per step, and independent of any UI.
 */
package org.saddlepoint.optim;
