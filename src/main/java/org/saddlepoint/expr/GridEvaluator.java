package org.saddlepoint.expr;

/**
 * Evaluates a {@link Program} over rows of a regular grid in blocks of {@value #BLOCK} points.
 * Each instruction is one tight loop over the block, which the JIT vectorizes; instructions that
 * do not depend on x are computed once per row. No allocation after construction. Not
 * thread-safe: one per thread.
 */
public final class GridEvaluator {
    public static final int BLOCK = 256;

    private final Program p;
    private final double[][] buf;     // block buffer per slot (varying slots and uniform operands)
    private final double[] regs;      // scalar registers for row-uniform slots
    private final boolean[] varying;  // per instruction: depends on x
    private final boolean[] usedByVarying; // per slot: uniform slot read by a varying instruction

    public GridEvaluator(Program program) {
        this.p = program;
        int slots = program.slotCount;
        regs = new double[slots];
        System.arraycopy(program.constants, 0, regs, 2, program.constants.length);
        varying = new boolean[program.op.length];
        usedByVarying = new boolean[slots];
        buf = new double[slots][];
        for (int i = 0; i < program.op.length; i++) {
            varying[i] = program.dependsOnX[program.dst[i]];
            if (varying[i]) {
                buf[program.dst[i]] = new double[BLOCK];
                if (!program.dependsOnX[program.a[i]]) usedByVarying[program.a[i]] = true;
                if (program.b[i] >= 0 && !program.dependsOnX[program.b[i]]) usedByVarying[program.b[i]] = true;
            }
        }
        buf[0] = new double[BLOCK];
        for (int k : program.outputs) if (!program.dependsOnX[k]) usedByVarying[k] = true;
        for (int s = 1; s < slots; s++) if (usedByVarying[s] && buf[s] == null) buf[s] = new double[BLOCK];
        // constants never change: broadcast them once
        for (int s = 2; s < 2 + program.constants.length; s++) if (buf[s] != null) java.util.Arrays.fill(buf[s], regs[s]);
    }

    public Program program() { return p; }

    /**
     * Writes output {@code output} at the points {@code (x0 + i·dx, y)}, i = 0..nx−1, into
     * {@code out[offset + i]}.
     */
    public void evaluateRow(double y, double x0, double dx, int nx, int output, double[] out, int offset) {
        prepareRow(y);
        int outSlot = p.outputs[output];
        for (int start = 0; start < nx; start += BLOCK) {
            int n = Math.min(BLOCK, nx - start);
            double[] xs = buf[0];
            for (int i = 0; i < n; i++) xs[i] = x0 + (start + i) * dx;
            runBlock(n);
            System.arraycopy(buf[outSlot], 0, out, offset + start, n);
        }
    }

    /** Evaluates output {@code output} at arbitrary points (xs[i], ys[i]) into out[i]. */
    public void evaluatePoints(double[] xs, double[] ys, int count, int output, double[] out) {
        int outSlot = p.outputs[output];
        // x and y both vary: treat every point as its own row of one (uniform part per point)
        // only when the program is cheap in y; otherwise run scalar. Simple and exact.
        for (int i = 0; i < count; i++) {
            regs[0] = xs[i];
            regs[1] = ys[i];
            for (int k = 0; k < p.op.length; k++) Program.execute(p, k, regs);
            out[i] = regs[outSlot];
        }
    }

    private void prepareRow(double y) {
        regs[1] = y;
        for (int i = 0; i < p.op.length; i++) {
            if (!varying[i]) Program.execute(p, i, regs);
        }
        for (int s = 1; s < regs.length; s++) {
            if (usedByVarying[s] && s >= 2 + p.constants.length) java.util.Arrays.fill(buf[s], regs[s]);
        }
        if (usedByVarying[1]) java.util.Arrays.fill(buf[1], y);
    }

    private void runBlock(int n) {
        final int[] op = p.op, a = p.a, b = p.b, dst = p.dst;
        for (int i = 0; i < op.length; i++) {
            if (!varying[i]) continue;
            double[] o = buf[dst[i]];
            double[] x = buf[a[i]];
            double[] y = b[i] >= 0 ? buf[b[i]] : null;
            switch (op[i]) {
                case Program.ADD -> { for (int k = 0; k < n; k++) o[k] = x[k] + y[k]; }
                case Program.SUB -> { for (int k = 0; k < n; k++) o[k] = x[k] - y[k]; }
                case Program.MUL -> { for (int k = 0; k < n; k++) o[k] = x[k] * y[k]; }
                case Program.DIV -> { for (int k = 0; k < n; k++) o[k] = x[k] / y[k]; }
                case Program.NEG -> { for (int k = 0; k < n; k++) o[k] = -x[k]; }
                case Program.SQUARE -> { for (int k = 0; k < n; k++) o[k] = x[k] * x[k]; }
                case Program.POWN -> powN(x, o, n, p.n[i]);
                case Program.POW -> { for (int k = 0; k < n; k++) o[k] = Math.pow(x[k], y[k]); }
                case Program.EXP -> { for (int k = 0; k < n; k++) o[k] = Math.exp(x[k]); }
                case Program.LOG -> { for (int k = 0; k < n; k++) o[k] = Math.log(x[k]); }
                case Program.SQRT -> { for (int k = 0; k < n; k++) o[k] = Math.sqrt(x[k]); }
                case Program.SIN -> { for (int k = 0; k < n; k++) o[k] = Math.sin(x[k]); }
                case Program.COS -> { for (int k = 0; k < n; k++) o[k] = Math.cos(x[k]); }
                case Program.TAN -> { for (int k = 0; k < n; k++) o[k] = Math.tan(x[k]); }
                case Program.TANH -> { for (int k = 0; k < n; k++) o[k] = Math.tanh(x[k]); }
                case Program.SIGMOID -> { for (int k = 0; k < n; k++) o[k] = Function.sigmoid(x[k]); }
                case Program.SOFTPLUS -> { for (int k = 0; k < n; k++) o[k] = Function.softplus(x[k]); }
                case Program.ABS -> { for (int k = 0; k < n; k++) o[k] = Math.abs(x[k]); }
                case Program.RELU -> { for (int k = 0; k < n; k++) o[k] = Math.max(x[k], 0.0); }
                case Program.SIGN -> { for (int k = 0; k < n; k++) o[k] = Math.signum(x[k]); }
                case Program.STEP -> { for (int k = 0; k < n; k++) o[k] = x[k] > 0 ? 1.0 : 0.0; }
                case Program.MIN -> { for (int k = 0; k < n; k++) o[k] = Math.min(x[k], y[k]); }
                case Program.MAX -> { for (int k = 0; k < n; k++) o[k] = Math.max(x[k], y[k]); }
                default -> throw new IllegalStateException("opcode " + op[i]);
            }
        }
    }

    private static void powN(double[] x, double[] o, int n, int e) {
        switch (e) {
            case 3 -> { for (int k = 0; k < n; k++) o[k] = x[k] * x[k] * x[k]; }
            case 4 -> { for (int k = 0; k < n; k++) { double s = x[k] * x[k]; o[k] = s * s; } }
            default -> { for (int k = 0; k < n; k++) o[k] = Program.powN(x[k], e); }
        }
    }
}
