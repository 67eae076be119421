/**
 * OpenCL through JOCL — the only package that touches {@code org.jocl}. Callers normally go
 * through {@link org.saddlepoint.compute.Samplers}; use this package directly to list devices
 * ({@link org.saddlepoint.compute.opencl.OpenClRuntime#discover()}: probes the library once and
 * never throws; without libOpenCL it reports "no OpenCL library: …") or to sample on a chosen
 * device ({@link org.saddlepoint.compute.opencl.OpenClSampler}), or to run many optimizers at
 * once ({@link org.saddlepoint.compute.opencl.OpenClOptimizerBatch}: basins and sweeps). Kernels are generated from a
 * compiled expression program by {@link org.saddlepoint.expr.OpenClEmitter} — never from user
 * text — built once per program and cached by their source. {@link org.saddlepoint.compute.opencl.OpenClBackend}
 * is the seam for fault-injection tests. The default device is the best ranked (GPU, then fp64,
 * then compute units) unless {@code -Dsaddlepoint.opencl.device=P:D} names one.
 */
package org.saddlepoint.compute.opencl;
