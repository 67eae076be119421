package org.saddlepoint.compute.opencl;

import org.saddlepoint.expr.OpenClEmitter;
import org.saddlepoint.expr.OpenClEmitter.Precision;
import org.saddlepoint.expr.Program;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;

/**
 * OpenCL C for the {@value #NAME} kernel: one work-item runs one first-order optimizer from its
 * start for at most K steps, with exactly the rules of
 * {@link org.saddlepoint.compute.OptimizerBatch} and the update formulas of the optim package's
 * optimizers (torch.optim), operation for operation and in the same order, so that fp64 runs
 * agree with the CPU to rounding. The gradient comes from the surface's compiled gradient
 * program ({@link OpenClEmitter#pointFunction}: outputs f, ∂f/∂x, ∂f/∂y), never from user text.
 *
 * <p>Kernel arguments: {@code sx, sy} (starts), {@code hp, hpStride} (per-item hyperparameters
 * {@link #HYPERPARAMETERS}; stride 0 = one set for all), {@code lrs, lrStride} (K learning-rate
 * multipliers per item, stride 0 = shared: step k uses η = hp.lr·lrs[k−1]), {@code steps},
 * {@code tol} (see {@link Mode}), {@code count}, the outputs {@code fx, fy, taken, status} and
 * {@code pows} (Adam's host-computed powers). What a kind reads is chosen when
 * the source is built (kind, Nesterov, AMSGrad, centered; AdamW's decoupled decay); the numeric
 * hyperparameters are data, so a new learning rate reuses the built kernel.
 *
 * <p>The step loop is uniform: every work-item runs all K steps (a stopped one keeps its state
 * by restoring it, no {@code break}) and meets a {@code barrier} at the end of each step, so PoCL
 * runs each step for the whole work-group before the next one (its parallel regions) instead of
 * one work-item's K steps at a time: measured 1.9–2.4 s against 3.0–3.5 s for 512² starts × 500
 * Adam steps on Himmelblau (load 3.6). Finiteness is tested as {@code a − a == 0}, plain
 * arithmetic, where PoCL's {@code isfinite} is a call.
 *
 * <p>Adam's βᵗ follow {@code optim.PowerSequence}: multiplied step by step, recomputed with
 * {@code pow} every 16th step, 0 below 2⁻⁶⁰. The host computes them ({@link #powers}) and the
 * kernel reads them from {@code pows}, a table of rows of K values (βᵏ at k−1) of the distinct
 * betas, item i using rows {@code powIndex[i·s]} (β₁) and {@code powIndex[i·s+1]} (β₂) with
 * s = {@code powIndexStride} (0 = shared),
 * so not even the device's {@code pow} differs from the CPU, and the step loop holds no call.
 */
final class OptimizerKernel {
    static final String NAME = "optimize";
    /** Order of the values in {@code hp} per item. */
    static final String[] HYPERPARAMETERS = {"lr", "momentum", "dampening", "alpha", "beta1", "beta2", "eps", "weightDecay", "lrDecay", "initialAccumulator"};

    private OptimizerKernel() { }

    /** Whether the kernel can run {@code kind} (first-order optimizers; Newton methods need the Hessian). */
    static boolean supports(OptimizerKind kind) {
        return kind != OptimizerKind.NEWTON && kind != OptimizerKind.SADDLE_FREE_NEWTON;
    }

    /** The hyperparameters of {@code spec} in {@link #HYPERPARAMETERS} order, with lr replaced by {@code lr}. */
    static double[] hyperparameters(OptimizerSpec spec, double lr) {
        return new double[] {lr, spec.momentum(), spec.dampening(), spec.alpha(), spec.beta1(), spec.beta2(), spec.eps(),
            spec.weightDecay(), spec.lrDecay(), spec.initialAccumulator()};
    }

    /**
     * β₁ᵏ then β₂ᵏ for k = 1 … K (two rows of K values; item indices 0 and 1), as
     * {@link #powerRow} gives them.
     */
    static double[] powers(OptimizerSpec spec, int steps) {
        double[] out = new double[2 * steps];
        System.arraycopy(powerRow(spec.beta1(), steps), 0, out, 0, steps);
        System.arraycopy(powerRow(spec.beta2(), steps), 0, out, steps, steps);
        return out;
    }

    /**
     * βᵏ for k = 1 … K exactly as {@code optim.PowerSequence} produces them for Adam's bias
     * corrections: βᵏ = βᵏ⁻¹·β, but {@code Math.pow(β, k)} at every 16th k, and 0 once the
     * previous power is below 2⁻⁶⁰.
     */
    static double[] powerRow(double beta, int steps) {
        double[] out = new double[steps];
        double last = 1;
        for (int k = 1; k <= steps; k++) {
            double p = (k & 15) != 0 ? (last < 0x1p-60 ? 0 : last * beta) : Math.pow(beta, k);
            out[k - 1] = p;
            last = p;
        }
        return out;
    }

    /** What the kernel computes per item. */
    enum Mode {
        /**
         * Basin maps: stops on ‖g‖² ≤ tol (tol is the gradient tolerance²) or divergence (also
         * |θ|∞ > 1e10); writes final θ into fx, fy, steps taken into taken and status 0 running / 1
         * converged / 2 diverged.
         */
        BASINS,
        /**
         * Sweeps: the whole trajectory as {@code optim.OptimizerRun} runs it (no convergence stop;
         * diverged on a non-finite loss, gradient or θ); writes the start loss L₀ into fx, the final
         * loss into fy, the first row with loss ≤ tol into taken (−1: none), and status 0 / 2 diverged.
         */
        SWEEP
    }

    /** The basin kernel. */
    static String source(Program gradient, OptimizerSpec spec, Precision precision) {
        return source(gradient, spec, precision, Mode.BASINS);
    }

    /** The whole program: prelude, the gradient function, the kernel for {@code spec}'s kind and flags in {@code mode}. */
    static String source(Program gradient, OptimizerSpec spec, Precision precision, Mode mode) {
        if (!supports(spec.kind())) throw new IllegalArgumentException(spec.kind().displayName() + " needs the Hessian");
        if (gradient.outputCount() != 3) throw new IllegalArgumentException("the gradient program must output f, ∂f/∂x, ∂f/∂y");
        StringBuilder sb = new StringBuilder(4096);
        sb.append(OpenClEmitter.prelude(precision));
        sb.append(OpenClEmitter.pointFunction(gradient, "sp_point", precision));
        // finite ⇔ a − a = 0 (∞ − ∞ and NaN − NaN are NaN); plain arithmetic, which PoCL vectorizes (its isfinite is a call)
        sb.append("#define SP_FINITE(a) ((a) - (a) == (REAL) 0)\n");
        sb.append("__kernel void ").append(NAME).append("(__global const REAL* sx, __global const REAL* sy,")
          .append(" __global const REAL* hp, const int hpStride, __global const REAL* lrs, const int lrStride, const int steps, const REAL tol,")
          .append(" const int count, __global REAL* fx, __global REAL* fy, __global int* taken, __global int* status,")
          .append(" __global const REAL* pows, __global const int* powIndex, const int powIndexStride) {\n")
          .append("    const int i = (int) get_global_id(0);\n")
          .append("    __global const REAL* h = hp + (size_t) i * (size_t) hpStride;\n");
        for (int k = 0; k < HYPERPARAMETERS.length; k++) {
            sb.append("    const REAL ").append(HYPERPARAMETERS[k]).append(" = h[").append(k).append("];\n");
        }
        sb.append("    const REAL ESC = (REAL) 1e10f;\n")
          .append("    REAL tx = sx[i], ty = sy[i];\n")
          .append("    REAL o[3];\n");
        state(sb, spec);
        String[] state = stateNames(spec);
        sb.append("    __global const REAL* etas = lrs + (size_t) i * (size_t) lrStride;\n")
          .append("    __global const int* pix = powIndex + (size_t) i * (size_t) powIndexStride;\n")
          .append("    __global const REAL* pw1 = pows + (size_t) pix[0] * (size_t) steps;\n")
          .append("    __global const REAL* pw2 = pows + (size_t) pix[1] * (size_t) steps;\n");
        if (mode == Mode.BASINS) {
            sb.append("    int st = 0, n = steps;\n")
              .append("    for (int k = 1; k <= steps; k++) {\n")
              .append("        sp_point(tx, ty, o);\n")
              .append("        REAL gx = o[1], gy = o[2];\n")
              .append("        const int bad = !(SP_FINITE(o[0]) && SP_FINITE(gx) && SP_FINITE(gy));\n")
              .append("        const int conv = gx * gx + gy * gy <= tol;\n")
              .append("        if (st == 0 && (bad || conv)) { st = bad ? 2 : 1; n = k - 1; }\n");
        } else {
            sb.append("    int st = 0, n = -1;\n")
              .append("    REAL l0 = NAN, lk = NAN;\n")
              .append("    for (int k = 1; k <= steps; k++) {\n")
              .append("        sp_point(tx, ty, o);\n")
              .append("        REAL gx = o[1], gy = o[2];\n")
              .append("        if (st == 0 && !(SP_FINITE(o[0]) && SP_FINITE(gx) && SP_FINITE(gy))) st = 2;\n")
              .append("        if (st == 0 && k == 1) l0 = o[0];\n")
              .append("        if (st == 0 && n < 0 && o[0] <= tol) n = k - 1;\n");
        }
        sb.append("        const int act = st == 0;\n")
          .append("        const REAL eta = lr * etas[k - 1];\n")
          .append("        const REAL tx_ = tx, ty_ = ty");
        for (String v : state) sb.append(", ").append(v).append("_ = ").append(v);
        sb.append(";\n");
        update(sb, spec);
        sb.append("        if (!act) { tx = tx_; ty = ty_;");
        for (String v : state) sb.append(' ').append(v).append(" = ").append(v).append("_;");
        sb.append(" }\n");
        if (mode == Mode.BASINS) {
            sb.append("        else if (!(fabs(tx) <= ESC && fabs(ty) <= ESC)) { st = 2; n = k; }\n")
              .append("        barrier(CLK_LOCAL_MEM_FENCE);\n")
              .append("    }\n")
              .append("    if (st == 0) {\n")
              .append("        sp_point(tx, ty, o);\n")
              .append("        if (!(SP_FINITE(o[0]) && SP_FINITE(o[1]) && SP_FINITE(o[2]))) st = 2;\n")
              .append("        else st = o[1] * o[1] + o[2] * o[2] <= tol ? 1 : 0;\n")
              .append("    }\n");
        } else {
            sb.append("        else if (!(SP_FINITE(tx) && SP_FINITE(ty))) st = 2;\n")
              .append("        barrier(CLK_LOCAL_MEM_FENCE);\n")
              .append("    }\n")
              .append("    if (st == 0) {\n")
              .append("        sp_point(tx, ty, o);\n")
              .append("        lk = o[0];\n")
              .append("        if (!SP_FINITE(lk)) st = 2;\n")
              .append("        else if (n < 0 && lk <= tol) n = steps;\n")
              .append("    }\n")
              .append("    tx = l0;\n    ty = lk;\n");
        }
        sb.append("    fx[i] = tx;\n    fy[i] = ty;\n    taken[i] = n;\n    status[i] = st;\n}\n");
        return sb.toString();
    }

    /** The optimizer's state variables (restored in work-items that have stopped). */
    private static String[] stateNames(OptimizerSpec spec) {
        return switch (spec.kind()) {
            case SGD -> new String[] {"bufX", "bufY"};
            case ADAGRAD -> new String[] {"sumX", "sumY"};
            case RMSPROP -> new String[] {"sqX", "sqY", "avgX", "avgY", "bufX", "bufY"};
            case ADAM, ADAMW -> new String[] {"mX", "mY", "vX", "vY", "maxX", "maxY", "pow1", "pow2"};
            default -> throw new IllegalArgumentException(spec.kind().displayName() + " needs the Hessian");
        };
    }

    private static void state(StringBuilder sb, OptimizerSpec spec) {
        switch (spec.kind()) {
            case SGD -> sb.append("    REAL bufX = 0, bufY = 0;\n");
            case ADAGRAD -> sb.append("    REAL sumX = initialAccumulator, sumY = initialAccumulator;\n");
            case RMSPROP -> sb.append("    REAL sqX = 0, sqY = 0, avgX = 0, avgY = 0, bufX = 0, bufY = 0;\n");
            case ADAM, ADAMW -> sb.append("    REAL mX = 0, mY = 0, vX = 0, vY = 0, maxX = 0, maxY = 0, pow1 = 1, pow2 = 1;\n");
            default -> throw new IllegalArgumentException(spec.kind().displayName() + " needs the Hessian");
        }
    }

    /** The step θ_{k−1} → θ_k, as the optim package's optimizer of that kind computes it. */
    private static void update(StringBuilder sb, OptimizerSpec spec) {
        String in = "        ";
        String decay = in + "if (weightDecay != 0) { gx += weightDecay * tx; gy += weightDecay * ty; }\n";
        switch (spec.kind()) {
            case SGD -> { // SgdOptimizer
                sb.append(decay)
                  .append(in).append("if (momentum != 0) {\n")
                  .append(in).append("    if (k == 1) { bufX = gx; bufY = gy; }\n")
                  .append(in).append("    else { bufX = bufX * momentum + (1 - dampening) * gx; bufY = bufY * momentum + (1 - dampening) * gy; }\n")
                  .append(in).append(spec.nesterov() ? "    gx += momentum * bufX; gy += momentum * bufY;\n" : "    gx = bufX; gy = bufY;\n")
                  .append(in).append("}\n")
                  .append(in).append("tx += -eta * gx;\n")
                  .append(in).append("ty += -eta * gy;\n");
            }
            case ADAGRAD -> { // AdagradOptimizer
                sb.append(decay)
                  .append(in).append("const REAL clr = eta / (1 + (REAL) (k - 1) * lrDecay);\n")
                  .append(in).append("sumX += gx * gx;\n")
                  .append(in).append("sumY += gy * gy;\n")
                  .append(in).append("const REAL stdX = sqrt(sumX) + eps, stdY = sqrt(sumY) + eps;\n")
                  .append(in).append("tx += -clr * (gx / stdX);\n")
                  .append(in).append("ty += -clr * (gy / stdY);\n");
            }
            case RMSPROP -> { // RmspropOptimizer
                sb.append(decay)
                  .append(in).append("sqX = sqX * alpha + (1 - alpha) * (gx * gx);\n")
                  .append(in).append("sqY = sqY * alpha + (1 - alpha) * (gy * gy);\n");
                if (spec.centered()) {
                    sb.append(in).append("avgX = avgX * alpha + (1 - alpha) * gx;\n")
                      .append(in).append("avgY = avgY * alpha + (1 - alpha) * gy;\n")
                      .append(in).append("const REAL aX = sqrt(sqX - avgX * avgX) + eps, aY = sqrt(sqY - avgY * avgY) + eps;\n");
                } else {
                    sb.append(in).append("const REAL aX = sqrt(sqX) + eps, aY = sqrt(sqY) + eps;\n");
                }
                sb.append(in).append("if (momentum > 0) {\n")
                  .append(in).append("    bufX = bufX * momentum + gx / aX;\n")
                  .append(in).append("    bufY = bufY * momentum + gy / aY;\n")
                  .append(in).append("    tx += -eta * bufX;\n")
                  .append(in).append("    ty += -eta * bufY;\n")
                  .append(in).append("} else {\n")
                  .append(in).append("    tx += -eta * (gx / aX);\n")
                  .append(in).append("    ty += -eta * (gy / aY);\n")
                  .append(in).append("}\n");
            }
            case ADAM, ADAMW -> { // AdamOptimizer
                sb.append(in).append("REAL px = tx, py = ty;\n");
                if (spec.kind() == OptimizerKind.ADAMW) {
                    sb.append(in).append("const REAL shrink = 1 - eta * weightDecay;\n")
                      .append(in).append("px *= shrink;\n")
                      .append(in).append("py *= shrink;\n");
                } else {
                    sb.append(in).append("if (weightDecay != 0) { gx += weightDecay * px; gy += weightDecay * py; }\n");
                }
                sb.append(in).append("mX = mX * beta1 + (1 - beta1) * gx;\n")
                  .append(in).append("mY = mY * beta1 + (1 - beta1) * gy;\n")
                  .append(in).append("vX = vX * beta2 + (1 - beta2) * (gx * gx);\n")
                  .append(in).append("vY = vY * beta2 + (1 - beta2) * (gy * gy);\n")
                  .append(in).append("pow1 = pw1[k - 1];\n")
                  .append(in).append("pow2 = pw2[k - 1];\n")
                  .append(in).append("const REAL bc1 = 1 - pow1;\n")
                  .append(in).append("const REAL bc2Sqrt = sqrt(1 - pow2);\n")
                  .append(in).append("const REAL stepSize = eta / bc1;\n");
                if (spec.amsgrad()) {
                    sb.append(in).append("maxX = sp_max(maxX, vX);\n")
                      .append(in).append("maxY = sp_max(maxY, vY);\n")
                      .append(in).append("const REAL sX = maxX, sY = maxY;\n");
                } else {
                    sb.append(in).append("const REAL sX = vX, sY = vY;\n");
                }
                sb.append(in).append("const REAL dX = sqrt(sX) / bc2Sqrt + eps, dY = sqrt(sY) / bc2Sqrt + eps;\n")
                  .append(in).append("tx = px + -stepSize * (mX / dX);\n")
                  .append(in).append("ty = py + -stepSize * (mY / dY);\n");
            }
            default -> throw new IllegalArgumentException(spec.kind().displayName() + " needs the Hessian");
        }
    }
}
