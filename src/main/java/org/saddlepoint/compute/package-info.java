/**
 * Heavy, background-friendly computation: sampling surfaces on grids and running many
 * optimizers at once. Everything takes a progress callback and a cancel flag (cancelling throws
 * {@link java.util.concurrent.CancellationException}) and is pure Java apart from
 * {@code compute.opencl}.
 *
 * <h2>When to use what</h2>
 * <ul>
 * <li>Sample a surface for a view or export: {@link org.saddlepoint.compute.Samplers#auto()} (keep
 *     one per consumer) — OpenCL when a device works, otherwise or on any device failure the CPU,
 *     with each reason given once as a one-line notice ({@link org.saddlepoint.compute.FallbackSampler#notices()},
 *     listeners). {@link org.saddlepoint.compute.Samplers#tolerance} says how close to the CPU
 *     reference the active backend is ({@link org.saddlepoint.compute.Tolerance}: 1e-12 relative
 *     on fp64 devices, 1e-5 on fp32). {@code byName("cpu"|"opencl"|"auto")} for a user's choice.</li>
 * <li>Sample with the backend the user picked (Auto, CPU or one OpenCL device), switchable at
 *     any time, saying what ran: {@link org.saddlepoint.compute.SelectableSampler} over
 *     {@link org.saddlepoint.compute.Backend#available()}; Auto keeps grids below 1024² on the
 *     CPU, where a new kernel's build costs more than it saves.</li>
 * <li>The CPU reference, all cores: {@link org.saddlepoint.compute.CpuSampler}. Data surfaces
 *     are always sampled on the CPU.</li>
 * <li>Basins of attraction of an optimizer over a grid of starts:
 *     {@link org.saddlepoint.compute.BasinMap} (labels, steps, attractors with their type).</li>
 * <li>Final loss or steps-to-tolerance over two hyperparameters, with what grid and random
 *     search of the same budget would find: {@link org.saddlepoint.compute.HyperparameterSweep}.</li>
 * <li>Both run their optimizers on an {@link org.saddlepoint.compute.OptimizerBatch}: the CPU
 *     reference ({@link org.saddlepoint.compute.CpuOptimizerBatch}, the default), OpenCL (one
 *     work-item per start or sweep point; fp64 results equal the CPU's), or
 *     {@link org.saddlepoint.compute.OptimizerBatches#byName} / {@link org.saddlepoint.compute.SelectableOptimizerBatch}
 *     for a user's choice, with the sampler's fallback-and-tell-once contract
 *     ({@link org.saddlepoint.compute.AcceleratorFallback}). Newton methods, gradient noise,
 *     batch-size axes and data surfaces stay on the CPU, and the batch says why once.</li>
 * <li>A suggested learning rate: {@link org.saddlepoint.compute.LrRangeTest} (fastai's rule).</li>
 * <li>The five benchmark functions shared by {@code bench}, JMH and the contract tests:
 *     {@link org.saddlepoint.compute.BenchmarkSurfaces}.</li>
 * </ul>
 */
package org.saddlepoint.compute;
