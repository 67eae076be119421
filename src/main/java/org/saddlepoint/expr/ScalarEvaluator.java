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
        for (int i = 0, len = p.op.length; i < len; i++) Program.execute(p, i, r);
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
