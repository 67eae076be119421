package org.saddlepoint.expr;

import java.util.Arrays;

/**
 * Evaluates a {@link Program} over rows of a regular grid, exploiting the grid's structure:
 * <ul>
 *   <li>instructions that depend on x only (e.g. {@code cos(2πx)}) are computed once per column
 *       for the whole grid and cached while x₀, Δx and nx stay the same;</li>
 *   <li>instructions that do not depend on x (constants, y-only parts) are computed once per row;</li>
 *   <li>only the mixed instructions run per point, in blocks of {@value #BLOCK} as one tight
 *       loop per instruction, which the JIT vectorizes;</li>
 *   <li>a mixed square of a mixed sum, difference or product that nothing else reads,
 *       s = (a ± b)² or (a·b)², runs as one loop that keeps a ± b in a register (one pass over
 *       the block instead of two; the same two roundings, so the results do not change), and a
 *       mixed sum, difference or product that alone reads such a square takes it in as well,
 *       u ± (a ± b)² or c·(a − b)² in one pass. Polynomial surfaces are mostly such squares:
 *       Rosenbrock runs in two passes instead of four, Himmelblau in two instead of five.</li>
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
    private final int[] fusedInner;     // per instruction: the ADD/SUB/MUL a SQUARE absorbs, else −1
    private final int[] fusedSquare;    // per ADD/SUB/MUL: the fused SQUARE it absorbs as an operand, else −1
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
        fusedInner = new int[program.op.length];
        Arrays.fill(fusedInner, -1);
        fusedSquare = new int[program.op.length];
        Arrays.fill(fusedSquare, -1);
        mixedInst = fuseSquares(program, kind, Arrays.copyOf(m, nm), fusedInner, fusedSquare);
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

    /**
     * Marks each mixed SQUARE whose operand is a mixed ADD, SUB or MUL read by nothing else (and
     * not an output) in {@code fusedInner}; returns the mixed instructions without the absorbed ones.
     */
    private static int[] fuseSquares(Program p, byte[] kind, int[] mixed, int[] fusedInner, int[] fusedSquare) {
        int[] reads = new int[p.slotCount];
        for (int i = 0; i < p.op.length; i++) {
            reads[p.a[i]]++;
            if (p.b[i] >= 0) reads[p.b[i]]++;
        }
        for (int out : p.outputs) reads[out]++;
        int[] producer = new int[p.slotCount];
        Arrays.fill(producer, -1);
        for (int i = 0; i < p.op.length; i++) producer[p.dst[i]] = i;
        boolean[] absorbed = new boolean[p.op.length];
        for (int i : mixed) {
            if (p.op[i] != Program.SQUARE) continue;
            int j = producer[p.a[i]];
            if (j < 0 || kind[p.dst[j]] != MIXED || reads[p.dst[j]] != 1) continue;
            int code = p.op[j];
            if (code != Program.ADD && code != Program.SUB && code != Program.MUL) continue;
            fusedInner[i] = j;
            absorbed[j] = true;
        }
        // then a mixed sum, difference or product that reads such a square nothing else reads
        // takes it in too: c·(a − b)², u + (a + b)², … in one loop (Rosenbrock's 100·(y − x²)²)
        for (int k : mixed) {
            int code = p.op[k];
            if (absorbed[k] || (code != Program.ADD && code != Program.SUB && code != Program.MUL)) continue;
            for (int operand : new int[] {p.a[k], p.b[k]}) {
                int i = producer[operand];
                if (i < 0 || fusedInner[i] < 0 || absorbed[i] || reads[p.dst[i]] != 1 || p.a[k] == p.b[k]) continue;
                fusedSquare[k] = i;
                absorbed[i] = true;
                break;
            }
        }
        return Arrays.stream(mixed).filter(i -> !absorbed[i]).toArray();
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
                // when the output is the last mixed instruction, nothing reads it afterwards:
                // write it straight into out and save a copy pass
                int last = mixedInst.length - 1;
                boolean direct = p.dst[mixedInst[last]] == outSlot;
                for (int start = 0; start < nx; start += BLOCK) {
                    int n = Math.min(BLOCK, nx - start);
                    for (int k = 0; k < last; k++) run(mixedInst[k], block[p.dst[mixedInst[k]]], 0, start, n);
                    if (direct) {
                        run(mixedInst[last], out, offset + start, start, n);
                    } else {
                        run(mixedInst[last], block[p.dst[mixedInst[last]]], 0, start, n);
                        System.arraycopy(block[outSlot], 0, out, offset + start, n);
                    }
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
        int inner = fusedInner[i];
        if (inner >= 0) {
            runSquareOf(inner, o, oo, start, n);
            return;
        }
        if (fusedSquare[i] >= 0) {
            runWithSquare(i, o, oo, start, n);
            return;
        }
        int sa = p.a[i], sb = p.b[i];
        double[] x = operand(sa);
        int xo = offsetOf(sa, start);
        double[] y = sb >= 0 ? operand(sb) : null;
        int yo = sb >= 0 ? offsetOf(sb, start) : 0;
        // one small method per operation: each loop is compiled (and vectorized) on its own,
        // so no program's mix of operations can spoil another's profile
        switch (p.op[i]) {
            case Program.ADD -> add(o, oo, x, xo, y, yo, n);
            case Program.SUB -> sub(o, oo, x, xo, y, yo, n);
            case Program.MUL -> mul(o, oo, x, xo, y, yo, n);
            case Program.DIV -> div(o, oo, x, xo, y, yo, n);
            case Program.NEG -> neg(o, oo, x, xo, n);
            case Program.SQUARE -> square(o, oo, x, xo, n);
            case Program.POWN -> powN(x, xo, o, oo, n, p.n[i]);
            case Program.POW -> pow(o, oo, x, xo, y, yo, n);
            case Program.EXP -> exp(o, oo, x, xo, n);
            case Program.LOG -> log(o, oo, x, xo, n);
            case Program.SQRT -> sqrt(o, oo, x, xo, n);
            case Program.SIN -> sin(o, oo, x, xo, n);
            case Program.COS -> cos(o, oo, x, xo, n);
            case Program.TAN -> tan(o, oo, x, xo, n);
            case Program.TANH -> tanh(o, oo, x, xo, n);
            case Program.SIGMOID -> sigmoid(o, oo, x, xo, n);
            case Program.SOFTPLUS -> softplus(o, oo, x, xo, n);
            case Program.ABS -> abs(o, oo, x, xo, n);
            case Program.RELU -> relu(o, oo, x, xo, n);
            case Program.SIGN -> sign(o, oo, x, xo, n);
            case Program.STEP -> step(o, oo, x, xo, n);
            case Program.MIN -> min(o, oo, x, xo, y, yo, n);
            case Program.MAX -> max(o, oo, x, xo, y, yo, n);
            default -> throw new IllegalStateException("opcode " + p.op[i]);
        }
    }

    /**
     * o = (a op₁ b)² op₂ u or u op₂ (a op₁ b)² for instruction k (op₂) whose operand is the fused
     * square i of j (op₁): one loop, the same roundings as three.
     */
    private void runWithSquare(int k, double[] o, int oo, int start, int n) {
        int i = fusedSquare[k], j = fusedInner[i];
        boolean left = p.a[k] == p.dst[i];
        int su = left ? p.b[k] : p.a[k];
        double[] u = operand(su);
        int uo = offsetOf(su, start);
        int sa = p.a[j], sb = p.b[j];
        double[] x = operand(sa), y = operand(sb);
        int xo = offsetOf(sa, start), yo = offsetOf(sb, start);
        switch (p.op[k]) {
            case Program.ADD -> {
                switch (p.op[j]) {
                case Program.ADD -> { if (left) sqAddAddL(o, oo, x, xo, y, yo, u, uo, n); else sqAddAddR(o, oo, x, xo, y, yo, u, uo, n); }
                case Program.SUB -> { if (left) sqSubAddL(o, oo, x, xo, y, yo, u, uo, n); else sqSubAddR(o, oo, x, xo, y, yo, u, uo, n); }
                default -> { if (left) sqMulAddL(o, oo, x, xo, y, yo, u, uo, n); else sqMulAddR(o, oo, x, xo, y, yo, u, uo, n); }
                }
            }
            case Program.SUB -> {
                switch (p.op[j]) {
                case Program.ADD -> { if (left) sqAddSubL(o, oo, x, xo, y, yo, u, uo, n); else sqAddSubR(o, oo, x, xo, y, yo, u, uo, n); }
                case Program.SUB -> { if (left) sqSubSubL(o, oo, x, xo, y, yo, u, uo, n); else sqSubSubR(o, oo, x, xo, y, yo, u, uo, n); }
                default -> { if (left) sqMulSubL(o, oo, x, xo, y, yo, u, uo, n); else sqMulSubR(o, oo, x, xo, y, yo, u, uo, n); }
                }
            }
            default -> {
                switch (p.op[j]) {
                case Program.ADD -> { if (left) sqAddMulL(o, oo, x, xo, y, yo, u, uo, n); else sqAddMulR(o, oo, x, xo, y, yo, u, uo, n); }
                case Program.SUB -> { if (left) sqSubMulL(o, oo, x, xo, y, yo, u, uo, n); else sqSubMulR(o, oo, x, xo, y, yo, u, uo, n); }
                default -> { if (left) sqMulMulL(o, oo, x, xo, y, yo, u, uo, n); else sqMulMulR(o, oo, x, xo, y, yo, u, uo, n); }
                }
            }
        }
    }

    private static void sqAddAddL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] + y[yo + k]; t = t * t; o[oo + k] = t + u[uo + k]; }
    }
    private static void sqAddAddR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] + y[yo + k]; t = t * t; o[oo + k] = u[uo + k] + t; }
    }
    private static void sqSubAddL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] - y[yo + k]; t = t * t; o[oo + k] = t + u[uo + k]; }
    }
    private static void sqSubAddR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] - y[yo + k]; t = t * t; o[oo + k] = u[uo + k] + t; }
    }
    private static void sqMulAddL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] * y[yo + k]; t = t * t; o[oo + k] = t + u[uo + k]; }
    }
    private static void sqMulAddR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] * y[yo + k]; t = t * t; o[oo + k] = u[uo + k] + t; }
    }
    private static void sqAddSubL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] + y[yo + k]; t = t * t; o[oo + k] = t - u[uo + k]; }
    }
    private static void sqAddSubR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] + y[yo + k]; t = t * t; o[oo + k] = u[uo + k] - t; }
    }
    private static void sqSubSubL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] - y[yo + k]; t = t * t; o[oo + k] = t - u[uo + k]; }
    }
    private static void sqSubSubR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] - y[yo + k]; t = t * t; o[oo + k] = u[uo + k] - t; }
    }
    private static void sqMulSubL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] * y[yo + k]; t = t * t; o[oo + k] = t - u[uo + k]; }
    }
    private static void sqMulSubR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] * y[yo + k]; t = t * t; o[oo + k] = u[uo + k] - t; }
    }
    private static void sqAddMulL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] + y[yo + k]; t = t * t; o[oo + k] = t * u[uo + k]; }
    }
    private static void sqAddMulR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] + y[yo + k]; t = t * t; o[oo + k] = u[uo + k] * t; }
    }
    private static void sqSubMulL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] - y[yo + k]; t = t * t; o[oo + k] = t * u[uo + k]; }
    }
    private static void sqSubMulR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] - y[yo + k]; t = t * t; o[oo + k] = u[uo + k] * t; }
    }
    private static void sqMulMulL(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] * y[yo + k]; t = t * t; o[oo + k] = t * u[uo + k]; }
    }
    private static void sqMulMulR(double[] o, int oo, double[] x, int xo, double[] y, int yo, double[] u, int uo, int n) {
        for (int k = 0; k < n; k++) { double t = x[xo + k] * y[yo + k]; t = t * t; o[oo + k] = u[uo + k] * t; }
    }

    /** o = (x op y)² for the absorbed binary instruction j (ADD, SUB or MUL). */
    private void runSquareOf(int j, double[] o, int oo, int start, int n) {
        int sa = p.a[j], sb = p.b[j];
        double[] x = operand(sa), y = operand(sb);
        int xo = offsetOf(sa, start), yo = offsetOf(sb, start);
        switch (p.op[j]) {
            case Program.ADD -> addSquared(o, oo, x, xo, y, yo, n);
            case Program.SUB -> subSquared(o, oo, x, xo, y, yo, n);
            default -> mulSquared(o, oo, x, xo, y, yo, n);
        }
    }

    private static void addSquared(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) { double s = x[xo + k] + y[yo + k]; o[oo + k] = s * s; }
    }

    private static void subSquared(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) { double s = x[xo + k] - y[yo + k]; o[oo + k] = s * s; }
    }

    private static void mulSquared(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) { double s = x[xo + k] * y[yo + k]; o[oo + k] = s * s; }
    }

    private static void add(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] + y[yo + k];
    }

    private static void sub(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] - y[yo + k];
    }

    private static void mul(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] * y[yo + k];
    }

    private static void div(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] / y[yo + k];
    }

    private static void neg(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = -x[xo + k];
    }

    private static void square(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] * x[xo + k];
    }

    private static void pow(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.pow(x[xo + k], y[yo + k]);
    }

    private static void exp(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.exp(x[xo + k]);
    }

    private static void log(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.log(x[xo + k]);
    }

    private static void sqrt(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.sqrt(x[xo + k]);
    }

    private static void sin(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.sin(x[xo + k]);
    }

    private static void cos(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.cos(x[xo + k]);
    }

    private static void tan(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.tan(x[xo + k]);
    }

    private static void tanh(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.tanh(x[xo + k]);
    }

    private static void sigmoid(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Function.sigmoid(x[xo + k]);
    }

    private static void softplus(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Function.softplus(x[xo + k]);
    }

    private static void abs(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.abs(x[xo + k]);
    }

    private static void relu(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.max(x[xo + k], 0.0);
    }

    private static void sign(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.signum(x[xo + k]);
    }

    private static void step(double[] o, int oo, double[] x, int xo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] > 0 ? 1.0 : 0.0;
    }

    private static void min(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.min(x[xo + k], y[yo + k]);
    }

    private static void max(double[] o, int oo, double[] x, int xo, double[] y, int yo, int n) {
        for (int k = 0; k < n; k++) o[oo + k] = Math.max(x[xo + k], y[yo + k]);
    }

    private static void powN(double[] x, int xo, double[] o, int oo, int n, int e) {
        switch (e) {
            case 3 -> { for (int k = 0; k < n; k++) o[oo + k] = x[xo + k] * x[xo + k] * x[xo + k]; }
            case 4 -> { for (int k = 0; k < n; k++) { double s = x[xo + k] * x[xo + k]; o[oo + k] = s * s; } }
            default -> { for (int k = 0; k < n; k++) o[oo + k] = Program.powN(x[xo + k], e); }
        }
    }
}
