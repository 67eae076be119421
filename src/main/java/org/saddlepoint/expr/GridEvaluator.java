package org.saddlepoint.expr;

import java.util.Arrays;

/**
 * Evaluates a {@link Program} over rows of a regular grid, exploiting the grid's structure:
 * <ul>
 *   <li>instructions that depend on x only (e.g. {@code cos(2πx)}) are computed once per column
 *       for the whole grid and cached while x₀, Δx and nx stay the same;</li>
 *   <li>instructions that do not depend on x (constants, y-only parts) are computed once per row;</li>
 *   <li>only the mixed instructions run per point, in blocks of {@value #BLOCK} as one tight
 *       loop per instruction, which the JIT vectorizes.</li>
 * </ul>
 * Results are bit-identical to {@link ScalarEvaluator} (same operations in the same order).
 * No allocation per row or point (the column cache is reallocated only when nx grows).
 * Not thread-safe: one per thread.
 */
public final class GridEvaluator {
    public static final int BLOCK = 256;

    private static final byte UNIFORM = 0, X_ONLY = 1, MIXED = 2;

    private final Program p;
    private final byte[] kind;          // per slot
    private final double[] regs;        // scalar registers of uniform slots
    private final double[][] bcast;     // uniform slot broadcast to a block (when read by x-dependent code)
    private final double[][] block;     // mixed slot block buffers
    private final double[][] column;    // x-only slot values for the whole row (cached)
    private final int[] uniformInst, xInst, mixedInst;
    private final int[] bcastSlots;     // non-constant uniform slots that need broadcasting per row
    private double cachedX0 = Double.NaN, cachedDx = Double.NaN;
    private int cachedNx = -1;

    public GridEvaluator(Program program) {
        this.p = program;
        int slots = program.slotCount;
        kind = new byte[slots];
        kind[0] = X_ONLY;
        int[] u = new int[program.op.length], xs = new int[program.op.length], m = new int[program.op.length];
        int nu = 0, nxi = 0, nm = 0;
        // instructions on constants alone are evaluated once, here
        double[] constRegs = new double[slots];
        System.arraycopy(program.constants, 0, constRegs, 2, program.constants.length);
        for (int i = 0; i < program.op.length; i++) {
            int d = program.dst[i];
            boolean dx = program.dependsOnX[d], dy = program.dependsOnY[d];
            if (!dx && !dy) { kind[d] = UNIFORM; Program.execute(program, i, constRegs); }
            else if (!dx) { kind[d] = UNIFORM; u[nu++] = i; }
            else if (!dy) { kind[d] = X_ONLY; xs[nxi++] = i; }
            else { kind[d] = MIXED; m[nm++] = i; }
        }
        uniformInst = Arrays.copyOf(u, nu);
        xInst = Arrays.copyOf(xs, nxi);
        mixedInst = Arrays.copyOf(m, nm);
        regs = constRegs;
        bcast = new double[slots][];
        block = new double[slots][];
        column = new double[slots][];
        boolean[] needB = new boolean[slots];
        for (int i = 0; i < program.op.length; i++) {
            int d = program.dst[i];
            if (kind[d] == UNIFORM) continue;
            if (kind[d] == MIXED) block[d] = new double[BLOCK];
            if (kind[program.a[i]] == UNIFORM) needB[program.a[i]] = true;
            if (program.b[i] >= 0 && kind[program.b[i]] == UNIFORM) needB[program.b[i]] = true;
        }
        int[] bs = new int[slots];
        int nb = 0;
        for (int s = 0; s < slots; s++) {
            if (!needB[s]) continue;
            bcast[s] = new double[BLOCK];
            if (s >= 2 && !program.dependsOnY[s]) Arrays.fill(bcast[s], regs[s]); // constant: once
            else bs[nb++] = s;
        }
        bcastSlots = Arrays.copyOf(bs, nb);
    }

    public Program program() { return p; }

    /**
     * Writes output {@code output} at the points {@code (x0 + i·dx, y)}, i = 0..nx−1, into
     * {@code out[offset + i]}.
     */
    public void evaluateRow(double y, double x0, double dx, int nx, int output, double[] out, int offset) {
        ensureColumns(x0, dx, nx);
        regs[1] = y;
        for (int i : uniformInst) Program.execute(p, i, regs);
        for (int s : bcastSlots) Arrays.fill(bcast[s], s == 1 ? y : regs[s]);
        int outSlot = p.outputs[output];
        switch (kind[outSlot]) {
            case UNIFORM -> Arrays.fill(out, offset, offset + nx, regs[outSlot]);
            case X_ONLY -> System.arraycopy(column[outSlot], 0, out, offset, nx);
            default -> {
                for (int start = 0; start < nx; start += BLOCK) {
                    int n = Math.min(BLOCK, nx - start);
                    for (int i : mixedInst) run(i, block[p.dst[i]], 0, start, n);
                    System.arraycopy(block[outSlot], 0, out, offset + start, n);
                }
            }
        }
    }

    /** Evaluates output {@code output} at arbitrary points (xs[i], ys[i]) into out[i]. */
    public void evaluatePoints(double[] xs, double[] ys, int count, int output, double[] out) {
        int outSlot = p.outputs[output];
        double[] r = new double[p.slotCount];
        System.arraycopy(p.constants, 0, r, 2, p.constants.length);
        for (int i = 0; i < count; i++) {
            r[0] = xs[i];
            r[1] = ys[i];
            for (int k = 0; k < p.op.length; k++) Program.execute(p, k, r);
            out[i] = r[outSlot];
        }
    }

    /** Computes the x-only slots over the whole row once per (x₀, Δx, nx). */
    private void ensureColumns(double x0, double dx, int nx) {
        if (nx == cachedNx && Double.doubleToLongBits(x0) == Double.doubleToLongBits(cachedX0)
                && Double.doubleToLongBits(dx) == Double.doubleToLongBits(cachedDx)) return;
        if (column[0] == null || column[0].length < nx) {
            column[0] = new double[nx];
            for (int i : xInst) column[p.dst[i]] = new double[nx];
        }
        double[] xcol = column[0];
        for (int i = 0; i < nx; i++) xcol[i] = x0 + i * dx;
        for (int start = 0; start < nx; start += BLOCK) {
            int n = Math.min(BLOCK, nx - start);
            for (int i : xInst) run(i, column[p.dst[i]], start, start, n);
        }
        cachedX0 = x0;
        cachedDx = dx;
        cachedNx = nx;
    }

    private double[] operand(int slot) {
        return switch (kind[slot]) {
            case UNIFORM -> bcast[slot];
            case X_ONLY -> column[slot];
            default -> block[slot];
        };
    }

    /** Offset of {@code slot}'s values for the block that starts at column {@code start}. */
    private int offsetOf(int slot, int start) { return kind[slot] == X_ONLY ? start : 0; }

    /** Runs instruction i for n points into o[oo..oo+n). */
    private void run(int i, double[] o, int oo, int start, int n) {
        int sa = p.a[i], sb = p.b[i];
        double[] x = operand(sa);
        int xo = offsetOf(sa, start);
        double[] y = sb >= 0 ? operand(sb) : null;
        int yo = sb >= 0 ? offsetOf(sb, start) : 0;
        switch (p.op[i]) {
            case Program.ADD -> { for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] + y[yo + k]; }
            case Program.SUB -> { for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] - y[yo + k]; }
            case Program.MUL -> { for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] * y[yo + k]; }
            case Program.DIV -> { for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] / y[yo + k]; }
            case Program.NEG -> { for (int k = 0; k < n; k++) o[oo + k] = -x[xo + k]; }
            case Program.SQUARE -> { for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] * x[xo + k]; }
            case Program.POWN -> powN(x, xo, o, oo, n, p.n[i]);
            case Program.POW -> { for (int k = 0; k < n; k++) o[oo + k] = Math.pow(x[xo + k], y[yo + k]); }
            case Program.EXP -> { for (int k = 0; k < n; k++) o[oo + k] = Math.exp(x[xo + k]); }
            case Program.LOG -> { for (int k = 0; k < n; k++) o[oo + k] = Math.log(x[xo + k]); }
            case Program.SQRT -> { for (int k = 0; k < n; k++) o[oo + k] = Math.sqrt(x[xo + k]); }
            case Program.SIN -> { for (int k = 0; k < n; k++) o[oo + k] = Math.sin(x[xo + k]); }
            case Program.COS -> { for (int k = 0; k < n; k++) o[oo + k] = Math.cos(x[xo + k]); }
            case Program.TAN -> { for (int k = 0; k < n; k++) o[oo + k] = Math.tan(x[xo + k]); }
            case Program.TANH -> { for (int k = 0; k < n; k++) o[oo + k] = Math.tanh(x[xo + k]); }
            case Program.SIGMOID -> { for (int k = 0; k < n; k++) o[oo + k] = Function.sigmoid(x[xo + k]); }
            case Program.SOFTPLUS -> { for (int k = 0; k < n; k++) o[oo + k] = Function.softplus(x[xo + k]); }
            case Program.ABS -> { for (int k = 0; k < n; k++) o[oo + k] = Math.abs(x[xo + k]); }
            case Program.RELU -> { for (int k = 0; k < n; k++) o[oo + k] = Math.max(x[xo + k], 0.0); }
            case Program.SIGN -> { for (int k = 0; k < n; k++) o[oo + k] = Math.signum(x[xo + k]); }
            case Program.STEP -> { for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] > 0 ? 1.0 : 0.0; }
            case Program.MIN -> { for (int k = 0; k < n; k++) o[oo + k] = Math.min(x[xo + k], y[yo + k]); }
            case Program.MAX -> { for (int k = 0; k < n; k++) o[oo + k] = Math.max(x[xo + k], y[yo + k]); }
            default -> throw new IllegalStateException("opcode " + p.op[i]);
        }
    }

    private static void powN(double[] x, int xo, double[] o, int oo, int n, int e) {
        switch (e) {
            case 3 -> { for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] * x[xo + k] * x[xo + k]; }
            case 4 -> { for (int k = 0; k < n; k++) { double s = x[xo + k] * x[xo + k]; o[oo + k] = s * s; } }
            default -> { for (int k = 0; k < n; k++) o[oo + k] = Program.powN(x[xo + k], e); }
        }
    }
}
