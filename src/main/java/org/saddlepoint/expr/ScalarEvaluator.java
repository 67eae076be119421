package org.saddlepoint.expr;

/**
 * Evaluates a {@link Program} one point at a time into its own register file: no allocation
 * per call. Not thread-safe: give each thread its own (they are cheap).
 */
public final class ScalarEvaluator {
    private final Program program;
    private final double[] regs;

    public ScalarEvaluator(Program program) {
        this.program = program;
        this.regs = new double[program.slotCount];
        System.arraycopy(program.constants, 0, regs, 2, program.constants.length);
    }

    /** Runs the program at (x, y); read the results with {@link #output(int)}. */
    public void evaluate(double x, double y) {
        double[] r = regs;
        r[0] = x;
        r[1] = y;
        Program p = program;
        int[] op = p.op, a = p.a, b = p.b, dst = p.dst;
        // The arithmetic ops run here; the rest go through Program.execute. Program.execute is
        // too large for the JIT to inline, and a call per instruction doubled the cost of a
        // gradient (an optimizer step is mostly this loop).
        for (int i = 0, len = op.length; i < len; i++) {
            switch (op[i]) {
                case Program.ADD -> r[dst[i]] = r[a[i]] + r[b[i]];
                case Program.SUB -> r[dst[i]] = r[a[i]] - r[b[i]];
                case Program.MUL -> r[dst[i]] = r[a[i]] * r[b[i]];
                case Program.DIV -> r[dst[i]] = r[a[i]] / r[b[i]];
                case Program.NEG -> r[dst[i]] = -r[a[i]];
                case Program.SQUARE -> {
                    double v = r[a[i]];
                    r[dst[i]] = v * v;
                }
                default -> Program.execute(p, i, r);
            }
        }
    }

    /** Output {@code k} of the last {@link #evaluate} call. */
    public double output(int k) { return regs[program.outputs[k]]; }

    /** Runs the program and copies all outputs into {@code out}. */
    public void evaluate(double x, double y, double[] out) {
        evaluate(x, y);
        for (int k = 0; k < program.outputs.length; k++) out[k] = regs[program.outputs[k]];
    }

    public Program program() { return program; }
}
