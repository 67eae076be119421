package org.saddlepoint.expr;

import java.util.Locale;

/**
 * Translates a compiled {@link Program} into OpenCL C. The text is built from the program's
 * opcodes, slot numbers, integer exponents and constant values only — never from user text —
 * so nothing a user typed can reach the OpenCL compiler.
 *
 * <p>Every slot becomes one {@code const REAL rS} (r0 = x, r1 = y, then the constants, then one
 * per instruction), i.e. straight-line code. {@code REAL} is {@code double} on devices with
 * {@code cl_khr_fp64} ({@link Precision#DOUBLE}) and {@code float} otherwise. Constants are
 * printed exactly as hexadecimal floating literals. Floating-point contraction (fused
 * multiply-add) is switched off so that {@code x = x0 + ix·dx} rounds exactly as on the CPU.
 *
 * <p>The helper functions reproduce the CPU semantics, including at NaN and ±0:
 * {@code sign} = {@link Math#signum}, {@code min/max} propagate NaN like {@link Math#min},
 * {@code relu(NaN) = step(NaN) = 0}, σ(a) = 1/(1+e^−a) for a ≥ 0 and e^a/(1+e^a) otherwise,
 * softplus(a) = max(a,0) + log1p(e^−|a|), {@code pown} by the same repeated squaring.
 */
public final class OpenClEmitter {
    /** The floating type the kernel computes in. */
    public enum Precision { DOUBLE, FLOAT }

    /** Name of the kernel emitted by {@link #sampleKernel}. */
    public static final String SAMPLE_KERNEL = "sample";

    private OpenClEmitter() { }

    /**
     * The source of {@link #sampleKernelOf}{@code (program, precision)}.
     */
    public static String sampleKernel(Program program, Precision precision) {
        return sampleKernelOf(program, precision).source();
    }

    /**
     * A kernel {@code sample(__global REAL* z, REAL x0, REAL dx, REAL y0, REAL dy, int nx, int rows,
     * __global const REAL* cols, __global const REAL* rowv)} with one work-item per grid point:
     * work-item (ix, iy) writes output 0 of {@code program} at (x0 + ix·dx, y0 + iy·dy) into
     * {@code z[(iy − offset_y)·nx + ix]}, where offset_y is the global work offset in dimension 1
     * (so a band of {@code rows} rows can be launched into a band buffer).
     *
     * <p>Separable parts are hoisted out of the per-point code, as {@link GridEvaluator} does on
     * the CPU: the x-only values that mixed code reads (e.g. {@code cos(2πx)}) come from
     * {@code cols[k·nx + ix]} and the y-only ones from {@code rowv[k·rows + (iy − offset_y)]}; the
     * host fills both ({@link SampleKernel#fillColumns}, {@link SampleKernel#fillRows}) with the
     * CPU's own arithmetic, so only the mixed instructions run per point. (PoCL's fp64 cos costs
     * about 40 ns per call on this machine: Rastrigin's two per point were the whole kernel.)
     *
     * <p>The launch must cover exactly nx columns: there is no bounds test, because a branch in
     * the kernel keeps CPU drivers (PoCL) from vectorizing across work-items (measured: half speed).
     */
    public static SampleKernel sampleKernelOf(Program program, Precision precision) {
        return new SampleKernel(program, precision);
    }

    /**
     * A sampling kernel's source and the host side of its hoisting: which x-only and y-only
     * slots the kernel reads from its {@code cols} and {@code rowv} buffers, and how to compute
     * them. Immutable; the fill methods allocate one small register array per call.
     */
    public static final class SampleKernel {
        private final Program p;
        private final String source;
        private final int[] columnSlots, rowSlots;
        private final int[] xInstructions, yInstructions, constInstructions;

        private SampleKernel(Program p, Precision precision) {
            this.p = p;
            boolean[] column = new boolean[p.slotCount], row = new boolean[p.slotCount];
            for (int i = 0; i < p.op.length; i++) {
                int d = p.dst[i];
                if (!(p.dependsOnX[d] && p.dependsOnY[d])) continue; // only mixed code reads hoisted values
                mark(p.a[i], column, row);
                if (p.b[i] >= 0) mark(p.b[i], column, row);
            }
            mark(p.outputs[0], column, row);
            columnSlots = slots(column);
            rowSlots = slots(row);
            int[] xs = new int[p.op.length], ys = new int[p.op.length], cs = new int[p.op.length];
            int nxs = 0, nys = 0, ncs = 0;
            for (int i = 0; i < p.op.length; i++) {
                int d = p.dst[i];
                boolean dx = p.dependsOnX[d], dy = p.dependsOnY[d];
                if (!dx && !dy) cs[ncs++] = i;
                else if (!dy) xs[nxs++] = i;
                else if (!dx) ys[nys++] = i;
            }
            xInstructions = java.util.Arrays.copyOf(xs, nxs);
            yInstructions = java.util.Arrays.copyOf(ys, nys);
            constInstructions = java.util.Arrays.copyOf(cs, ncs);
            source = emit(precision);
        }

        /** Marks a slot hoisted when it is x-only (not x itself) or y-only (not y itself). */
        private void mark(int slot, boolean[] column, boolean[] row) {
            boolean dx = p.dependsOnX[slot], dy = p.dependsOnY[slot];
            if (dx && !dy && slot != 0) column[slot] = true;
            if (dy && !dx && slot != 1) row[slot] = true;
        }

        private static int[] slots(boolean[] marked) {
            int n = 0;
            for (boolean b : marked) if (b) n++;
            int[] out = new int[n];
            n = 0;
            for (int s = 0; s < marked.length; s++) if (marked[s]) out[n++] = s;
            return out;
        }

        private String emit(Precision precision) {
            StringBuilder sb = new StringBuilder(512 + 48 * p.slotCount);
            prelude(sb, precision);
            sb.append("__kernel void ").append(SAMPLE_KERNEL)
              .append("(__global REAL* z, const REAL x0, const REAL dx, const REAL y0, const REAL dy, const int nx, const int rows,")
              .append(" __global const REAL* cols, __global const REAL* rowv) {\n")
              .append("    const int ix = (int) get_global_id(0);\n")
              .append("    const int iy = (int) get_global_id(1);\n")
              .append("    const int jy = iy - (int) get_global_offset(1);\n")
              .append("    const REAL r0 = x0 + (REAL) ix * dx;\n")
              .append("    const REAL r1 = y0 + (REAL) iy * dy;\n");
            String indent = "    ";
            for (int k = 0; k < p.constants.length; k++) {
                sb.append(indent).append("const REAL r").append(2 + k).append(" = ").append(literal(p.constants[k], precision)).append(";\n");
            }
            for (int i : constInstructions) line(sb, indent, i);
            for (int k = 0; k < columnSlots.length; k++) {
                sb.append(indent).append("const REAL r").append(columnSlots[k]).append(" = cols[")
                  .append(k == 0 ? "" : k + " * nx + ").append("ix];\n");
            }
            for (int k = 0; k < rowSlots.length; k++) {
                sb.append(indent).append("const REAL r").append(rowSlots[k]).append(" = rowv[")
                  .append(k == 0 ? "" : k + " * rows + ").append("jy];\n");
            }
            for (int i = 0; i < p.op.length; i++) {
                int d = p.dst[i];
                if (p.dependsOnX[d] && p.dependsOnY[d]) line(sb, indent, i);
            }
            sb.append("    z[(size_t) jy * (size_t) nx + (size_t) ix] = r").append(p.outputs[0]).append(";\n}\n");
            return sb.toString();
        }

        private void line(StringBuilder sb, String indent, int i) {
            sb.append(indent).append("const REAL r").append(p.dst[i]).append(" = ");
            instruction(sb, p, i);
            sb.append(";\n");
        }

        /** The OpenCL C text (built from the program only). */
        public String source() { return source; }

        /** How many x-only values the kernel reads per column (the {@code cols} buffer holds this many × nx). */
        public int columnValues() { return columnSlots.length; }

        /** How many y-only values the kernel reads per row (the {@code rowv} buffer holds this many × rows). */
        public int rowValues() { return rowSlots.length; }

        /**
         * {@code out[k·nx + ix]} = hoisted x-only value k at x = x0 + ix·dx, computed exactly as
         * the CPU evaluators do.
         */
        public void fillColumns(double x0, double dx, int nx, double[] out) {
            if (columnSlots.length == 0) return;
            double[] r = registers();
            for (int ix = 0; ix < nx; ix++) {
                r[0] = x0 + ix * dx;
                for (int i : xInstructions) Program.execute(p, i, r);
                for (int k = 0; k < columnSlots.length; k++) out[k * nx + ix] = r[columnSlots[k]];
            }
        }

        /**
         * {@code out[k·rows + j]} = hoisted y-only value k at y = y0 + (rowFrom + j)·dy, for the
         * band of {@code rows} rows starting at grid row {@code rowFrom}.
         */
        public void fillRows(double y0, double dy, int rowFrom, int rows, double[] out) {
            if (rowSlots.length == 0) return;
            double[] r = registers();
            for (int j = 0; j < rows; j++) {
                r[1] = y0 + (rowFrom + j) * dy;
                for (int i : yInstructions) Program.execute(p, i, r);
                for (int k = 0; k < rowSlots.length; k++) out[k * rows + j] = r[rowSlots[k]];
            }
        }

        private double[] registers() {
            double[] r = new double[p.slotCount];
            System.arraycopy(p.constants, 0, r, 2, p.constants.length);
            for (int i : constInstructions) Program.execute(p, i, r);
            return r;
        }
    }

    /**
     * A device function {@code void NAME(const REAL x, const REAL y, REAL* out)} that writes all
     * outputs of {@code program} (e.g. f, ∂f/∂x, ∂f/∂y) into {@code out[0..outputCount−1]}; for
     * kernels that need derivatives (optimizer basins). Include {@link #prelude} once before it.
     * {@code name} must be a plain C identifier chosen by the caller (not user text).
     */
    public static String pointFunction(Program program, String name, Precision precision) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("not a C identifier: " + name);
        StringBuilder sb = new StringBuilder(128 + 48 * program.slotCount());
        sb.append("static void ").append(name).append("(const REAL x, const REAL y, __private REAL* out) {\n")
          .append("    const REAL r0 = x;\n")
          .append("    const REAL r1 = y;\n");
        body(sb, program, precision, "    ");
        for (int k = 0; k < program.outputCount(); k++) {
            sb.append("    out[").append(k).append("] = r").append(program.outputSlot(k)).append(";\n");
        }
        return sb.append("}\n").toString();
    }

    /** The pragmas, the {@code REAL} typedef and the helper functions every kernel uses. */
    public static String prelude(Precision precision) {
        StringBuilder sb = new StringBuilder(1024);
        prelude(sb, precision);
        return sb.toString();
    }

    private static void prelude(StringBuilder sb, Precision precision) {
        if (precision == Precision.DOUBLE) {
            sb.append("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n").append("typedef double REAL;\n");
        } else {
            sb.append("typedef float REAL;\n");
        }
        sb.append("#pragma OPENCL FP_CONTRACT OFF\n")
          .append("static REAL sp_pown(REAL x, int k) { int e = k < 0 ? -k : k; REAL r = (REAL) 1; REAL b = x;")
          .append(" while (e > 0) { if (e & 1) r = r * b; b = b * b; e >>= 1; } return k < 0 ? (REAL) 1 / r : r; }\n")
          .append("static REAL sp_sigmoid(REAL a) { if (a >= (REAL) 0) return (REAL) 1 / ((REAL) 1 + exp(-a));")
          .append(" REAL e = exp(a); return e / ((REAL) 1 + e); }\n")
          .append("static REAL sp_softplus(REAL a) { return (a > (REAL) 0 ? a : (REAL) 0) + log1p(exp(-fabs(a))); }\n")
          .append("static REAL sp_relu(REAL a) { return a > (REAL) 0 ? a : (REAL) 0; }\n")
          .append("static REAL sp_step(REAL a) { return a > (REAL) 0 ? (REAL) 1 : (REAL) 0; }\n")
          .append("static REAL sp_sign(REAL a) { return a > (REAL) 0 ? (REAL) 1 : (a < (REAL) 0 ? (REAL) -1 : a); }\n")
          .append("static REAL sp_min(REAL a, REAL b) { if (isnan(a) || isnan(b)) return a + b;")
          .append(" if (a == b) return signbit(a) ? a : b; return a < b ? a : b; }\n")
          .append("static REAL sp_max(REAL a, REAL b) { if (isnan(a) || isnan(b)) return a + b;")
          .append(" if (a == b) return signbit(a) ? b : a; return a > b ? a : b; }\n");
    }

    /** Constants and instructions as {@code const REAL rS = …;} lines. */
    private static void body(StringBuilder sb, Program p, Precision precision, String indent) {
        for (int k = 0; k < p.constantCount(); k++) {
            sb.append(indent).append("const REAL r").append(2 + k).append(" = ")
              .append(literal(p.constant(k), precision)).append(";\n");
        }
        for (int i = 0; i < p.instructionCount(); i++) {
            sb.append(indent).append("const REAL r").append(p.destination(i)).append(" = ");
            instruction(sb, p, i);
            sb.append(";\n");
        }
    }

    private static void instruction(StringBuilder sb, Program p, int i) {
        String a = "r" + p.operandA(i);
        String b = p.operandB(i) >= 0 ? "r" + p.operandB(i) : null;
        switch (p.opcode(i)) {
            case Program.ADD -> sb.append(a).append(" + ").append(b);
            case Program.SUB -> sb.append(a).append(" - ").append(b);
            case Program.MUL -> sb.append(a).append(" * ").append(b);
            case Program.DIV -> sb.append(a).append(" / ").append(b);
            case Program.NEG -> sb.append('-').append(a);
            case Program.SQUARE -> sb.append(a).append(" * ").append(a);
            case Program.POWN -> sb.append("sp_pown(").append(a).append(", ").append(p.exponent(i)).append(')');
            case Program.POW -> call(sb, "pow", a, b);
            case Program.EXP -> call(sb, "exp", a, null);
            case Program.LOG -> call(sb, "log", a, null);
            case Program.SQRT -> call(sb, "sqrt", a, null);
            case Program.SIN -> call(sb, "sin", a, null);
            case Program.COS -> call(sb, "cos", a, null);
            case Program.TAN -> call(sb, "tan", a, null);
            case Program.TANH -> call(sb, "tanh", a, null);
            case Program.SIGMOID -> call(sb, "sp_sigmoid", a, null);
            case Program.SOFTPLUS -> call(sb, "sp_softplus", a, null);
            case Program.ABS -> call(sb, "fabs", a, null);
            case Program.RELU -> call(sb, "sp_relu", a, null);
            case Program.SIGN -> call(sb, "sp_sign", a, null);
            case Program.STEP -> call(sb, "sp_step", a, null);
            case Program.MIN -> call(sb, "sp_min", a, b);
            case Program.MAX -> call(sb, "sp_max", a, b);
            default -> throw new IllegalStateException("opcode " + p.opcode(i) + " has no OpenCL form");
        }
    }

    private static void call(StringBuilder sb, String fn, String a, String b) {
        sb.append(fn).append('(').append(a);
        if (b != null) sb.append(", ").append(b);
        sb.append(')');
    }

    /**
     * The exact literal of {@code v}: a hexadecimal floating constant ({@code 0x1.8p1}); in
     * FLOAT precision the nearest float with an {@code f} suffix. Non-finite values use the
     * OpenCL macros {@code INFINITY} and {@code NAN}.
     */
    static String literal(double v, Precision precision) {
        double w = precision == Precision.DOUBLE ? v : (float) v;
        if (Double.isNaN(w)) return "NAN";
        if (Double.isInfinite(w)) return w > 0 ? "INFINITY" : "(-INFINITY)";
        String text = precision == Precision.DOUBLE ? Double.toHexString(v) : Float.toHexString((float) v) + "f";
        String lit = text.toLowerCase(Locale.ROOT);
        return lit.startsWith("-") ? "(" + lit + ")" : lit;
    }
}
