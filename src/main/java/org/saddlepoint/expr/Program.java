package org.saddlepoint.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled, immutable straight-line program that computes several expressions at once with
 * common subexpressions shared (e.g. f, ∂f/∂x, ∂f/∂y). Slots 0 and 1 hold x and y, then the
 * constants, then one slot per instruction. Parameters are bound to numbers at compile time.
 * Evaluate it with {@link ScalarEvaluator} (one point at a time, allocation-free) or
 * {@link GridEvaluator} (rows of a grid in vectorizable blocks); the OpenCL emitter reads it too.
 */
public final class Program {
    /** Instruction codes. */
    public static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, NEG = 4, SQUARE = 5, POWN = 6, POW = 7,
            EXP = 8, LOG = 9, SQRT = 10, SIN = 11, COS = 12, TAN = 13, TANH = 14, SIGMOID = 15,
            SOFTPLUS = 16, ABS = 17, RELU = 18, SIGN = 19, STEP = 20, MIN = 21, MAX = 22;

    static final String[] NAMES = {"add", "sub", "mul", "div", "neg", "square", "pown", "pow", "exp", "log",
        "sqrt", "sin", "cos", "tan", "tanh", "sigmoid", "softplus", "abs", "relu", "sign", "step", "min", "max"};

    final int[] op, a, b, dst;
    final int[] n;                 // exponent for POWN
    final double[] constants;      // values of slots 2 .. 2+constants.length-1
    final int[] outputs;           // slot of each output
    final boolean[] dependsOnX;    // per slot
    final boolean[] dependsOnY;    // per slot
    final int slotCount;
    private static final int NONE = Integer.MIN_VALUE;
    /** Largest |partial exponent| {@code splitExp} accepts (e^300 ≈ 2e130: far from overflow). */
    static final double EXP_SPLIT_BOUND = 300;

    private Program(Builder bld, int[] outputs) {
        int len = bld.ops.size();
        op = new int[len]; a = new int[len]; b = new int[len]; dst = new int[len]; n = new int[len];
        int firstInst = 2 + bld.consts.size();
        for (int i = 0; i < len; i++) {
            int[] ins = bld.ops.get(i);
            int cc = bld.consts.size();
            op[i] = ins[0]; a[i] = resolve(ins[1], cc); b[i] = ins[2] == NONE ? -1 : resolve(ins[2], cc);
            n[i] = ins[3]; dst[i] = firstInst + i;
        }
        constants = bld.consts.stream().mapToDouble(Double::doubleValue).toArray();
        this.outputs = new int[outputs.length];
        for (int k = 0; k < outputs.length; k++) this.outputs[k] = resolve(outputs[k], constants.length);
        slotCount = firstInst + len;
        dependsOnX = new boolean[slotCount];
        dependsOnY = new boolean[slotCount];
        dependsOnX[0] = true;
        dependsOnY[1] = true;
        for (int i = 0; i < len; i++) {
            dependsOnX[dst[i]] = dependsOnX[a[i]] || (b[i] >= 0 && dependsOnX[b[i]]);
            dependsOnY[dst[i]] = dependsOnY[a[i]] || (b[i] >= 0 && dependsOnY[b[i]]);
        }
    }

    /**
     * Compiles {@code outputs}; every {@link Expr.Var} other than x and y must be bound in
     * {@code bindings}.
     */
    public static Program compile(List<Expr> outputs, Map<String, Double> bindings) {
        Builder bld = new Builder(bindings);
        int[] outs = new int[outputs.size()];
        for (int i = 0; i < outs.length; i++) outs[i] = bld.emit(outputs.get(i));
        return new Program(bld, outs);
    }

    public static Program compile(Expr e, Map<String, Double> bindings) {
        return compile(List.of(e), bindings);
    }

    public int outputCount() { return outputs.length; }

    public int instructionCount() { return op.length; }

    public int slotCount() { return slotCount; }

    /** Read-only views for backends that translate the program (OpenCL). */
    public int opcode(int i) { return op[i]; }

    public int operandA(int i) { return a[i]; }

    public int operandB(int i) { return b[i]; }

    public int exponent(int i) { return n[i]; }

    public int destination(int i) { return dst[i]; }

    public int constantCount() { return constants.length; }

    public double constant(int k) { return constants[k]; }

    public int outputSlot(int k) { return outputs[k]; }

    public static String opName(int code) { return NAMES[code]; }

    /** Executes instruction {@code i} on scalar registers. */
    static void execute(Program p, int i, double[] r) {
        double x = r[p.a[i]];
        double y = p.b[i] >= 0 ? r[p.b[i]] : 0.0;
        r[p.dst[i]] = switch (p.op[i]) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case NEG -> -x;
            case SQUARE -> x * x;
            case POWN -> powN(x, p.n[i]);
            case POW -> Math.pow(x, y);
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case SQRT -> Math.sqrt(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case TANH -> Math.tanh(x);
            case SIGMOID -> Function.sigmoid(x);
            case SOFTPLUS -> Function.softplus(x);
            case ABS -> Math.abs(x);
            case RELU -> Math.max(x, 0.0);
            case SIGN -> Math.signum(x);
            case STEP -> x > 0 ? 1.0 : 0.0;
            case MIN -> Math.min(x, y);
            case MAX -> Math.max(x, y);
            default -> throw new IllegalStateException("opcode " + p.op[i]);
        };
    }

    /** x^k for a small integer k (|k| ≤ 16) by repeated squaring; matches Math.pow within an ulp or two. */
    static double powN(double x, int k) {
        int e = Math.abs(k);
        double result = 1.0, base = x;
        while (e > 0) {
            if ((e & 1) != 0) result *= base;
            base *= base;
            e >>= 1;
        }
        return k < 0 ? 1.0 / result : result;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("Program[");
        for (int i = 0; i < op.length; i++) {
            sb.append(" r").append(dst[i]).append('=').append(NAMES[op[i]]).append("(r").append(a[i]);
            if (b[i] >= 0) sb.append(",r").append(b[i]);
            if (op[i] == POWN) sb.append(',').append(n[i]);
            sb.append(')');
        }
        return sb.append(" ]").toString();
    }

    /** Builds the instruction list with hash-consed (common) subexpressions. */
    private static final class Builder {
        final Map<String, Double> bindings;
        final List<Double> consts = new ArrayList<>();
        final Map<Long, Integer> constSlot = new HashMap<>();
        final List<int[]> ops = new ArrayList<>();
        final List<Boolean> instDependsOnX = new ArrayList<>(), instDependsOnY = new ArrayList<>();
        // Identity memo: a derivative is a DAG that shares subtrees, and structural hashing of
        // records would walk the expanded tree at every lookup. Structurally equal subtrees
        // still share one slot through instMemo (hash-consing on operand slots).
        final Map<Expr, Integer> memo = new IdentityHashMap<>();
        final Map<InstKey, Integer> instMemo = new HashMap<>();

        Builder(Map<String, Double> bindings) { this.bindings = bindings; }

        // Constant slots are numbered before instruction slots; instructions refer to constants
        // by negative placeholders (−1−k) resolved here once all constants are known.
        int emit(Expr e) {
            Integer done = memo.get(e);
            if (done != null) return done;
            int slot = emitNew(e);
            memo.put(e, slot);
            return slot;
        }

        private int emitNew(Expr e) {
            if (e instanceof Expr.Num num) return constant(num.value());
            if (e instanceof Expr.Var v) {
                if (v.name().equals("x")) return 0;
                if (v.name().equals("y")) return 1;
                Double val = bindings.get(v.name());
                if (val == null) throw new IllegalArgumentException("parameter '" + v.name() + "' has no value");
                return constant(val);
            }
            if (e instanceof Expr.Neg ng) return inst(NEG, emit(ng.operand()), NONE, 0);
            if (e instanceof Expr.Bin bn) {
                if (bn.op() == BinaryOp.POW && bn.right() instanceof Expr.Num k) return power(bn.left(), k.value());
                if (bn.op() == BinaryOp.ADD || bn.op() == BinaryOp.SUB) {
                    int regrouped = regroupSum(bn);
                    if (regrouped != NONE) return regrouped;
                }
                int l = emit(bn.left()), r = emit(bn.right());
                return switch (bn.op()) {
                    case ADD -> inst(ADD, l, r, 0);
                    case SUB -> inst(SUB, l, r, 0);
                    case MUL -> l == r ? inst(SQUARE, l, NONE, 0) : inst(MUL, l, r, 0);
                    case DIV -> inst(DIV, l, r, 0);
                    case POW -> inst(POW, l, r, 0);
                };
            }
            Expr.Call c = (Expr.Call) e;
            if (c.fn() == Function.POW && c.arg(1) instanceof Expr.Num k) return power(c.arg(0), k.value());
            if (c.fn() == Function.EXP) {
                int split = splitExp(c.arg(0));
                if (split != NONE) return split;
            }
            int l = emit(c.arg(0));
            int r = c.fn().arity() == 2 ? emit(c.arg(1)) : NONE;
            int code = switch (c.fn()) {
                case EXP -> EXP; case LOG -> LOG; case SQRT -> SQRT; case SIN -> SIN; case COS -> COS;
                case TAN -> TAN; case TANH -> TANH; case SIGMOID -> SIGMOID; case SOFTPLUS -> SOFTPLUS;
                case ABS -> ABS; case RELU -> RELU; case SIGN -> SIGN; case STEP -> STEP;
                case POW -> POW; case MIN -> MIN; case MAX -> MAX;
            };
            return inst(code, l, r, 0);
        }

        /**
         * A sum ±t₁ ± t₂ ± … whose terms mix x-and-y parts (M), x-only parts (X) and x-free
         * parts (U: constants and y-only) is emitted as M₁ ± M₂ … ± (ΣX) ± (ΣU) when that needs
         * fewer instructions depending on both x and y than the written left-to-right order:
         * a grid evaluates ΣX once per column and ΣU once per row, and only mixed instructions
         * run per point. Himmelblau's x² + y − 11 becomes x² + (y − 11): one per-point addition
         * instead of two. Reassociation changes results by rounding only (an ulp or so); every
         * evaluator runs the same program, so they still agree bit for bit. Returns NONE when the
         * written order is already as good (it is then emitted as written).
         */
        private int regroupSum(Expr.Bin sum) {
            List<Expr> terms = new ArrayList<>();
            List<Integer> signs = new ArrayList<>();
            flatten(sum, 1, terms, signs);
            if (terms.size() < 3) return NONE;
            int[] slot = new int[terms.size()];
            for (int i = 0; i < slot.length; i++) slot[i] = emit(terms.get(i));
            int mixedAsWritten = 0, mixedTerms = 0;
            boolean accX = dependsOnX(slot[0]), accY = dependsOnY(slot[0]), anyX = false, anyU = false;
            for (int i = 0; i < slot.length; i++) {
                boolean tx = dependsOnX(slot[i]), ty = dependsOnY(slot[i]);
                if (tx && ty) mixedTerms++;
                else if (tx) anyX = true;
                else anyU = true;
                if (i == 0) continue;
                accX |= tx;
                accY |= ty;
                if (accX && accY) mixedAsWritten++;
            }
            int items = mixedTerms + (anyX ? 1 : 0) + (anyU ? 1 : 0);
            int mixedRegrouped = mixedTerms > 0 || (anyX && anyU) ? items - 1 : 0;
            if (mixedRegrouped >= mixedAsWritten) return NONE;
            List<int[]> mixed = new ArrayList<>(), xOnly = new ArrayList<>(), free = new ArrayList<>();
            for (int i = 0; i < slot.length; i++) {
                boolean tx = dependsOnX(slot[i]), ty = dependsOnY(slot[i]);
                (tx && ty ? mixed : tx ? xOnly : free).add(new int[] {signs.get(i), slot[i]});
            }
            if (!xOnly.isEmpty()) mixed.add(signedSum(xOnly));
            if (!free.isEmpty()) mixed.add(signedSum(free));
            int[] total = signedSum(mixed);
            return total[0] > 0 ? total[1] : inst(NEG, total[1], NONE, 0);
        }

        /** Σ ±slot as {sign, slot}: starts from the first positive term (if none, sums magnitudes and returns sign −1). */
        private int[] signedSum(List<int[]> terms) {
            int first = -1;
            for (int i = 0; i < terms.size() && first < 0; i++) if (terms.get(i)[0] > 0) first = i;
            int sign = 1;
            if (first < 0) { first = 0; sign = -1; }
            int acc = terms.get(first)[1];
            for (int i = 0; i < terms.size(); i++) {
                if (i == first) continue;
                int[] t = terms.get(i);
                acc = inst(t[0] * sign > 0 ? ADD : SUB, acc, t[1], 0);
            }
            return new int[] {sign, acc};
        }

        /**
         * exp(Σ cᵢ·tᵢ) whose terms split into x-only ones and x-free ones that depend on y is
         * emitted as exp(Σ_x cᵢ·tᵢ) · exp(Σ_rest cᵢ·tᵢ): a grid computes the first once per column
         * and the second once per row, leaving one multiplication per point instead of an
         * exponential (Ackley's exp(½(cos 2πx + cos 2πy))). Only when both partial sums are
         * provably within ±{@value #EXP_SPLIT_BOUND} (bounded functions such as cos, sin, tanh,
         * sigmoid, constants and arithmetic on them), so neither factor can overflow or underflow
         * where the whole could not; the product differs from the exponential of the sum by
         * rounding only. Returns NONE otherwise.
         */
        private int splitExp(Expr arg) {
            List<Expr> terms = new ArrayList<>();
            List<Double> coef = new ArrayList<>();
            linear(arg, 1.0, terms, coef);
            if (terms.size() < 2) return NONE;
            int n = terms.size();
            int[] slot = new int[n];
            boolean[] onX = new boolean[n];
            double[] xRange = {0, 0}, restRange = {0, 0};
            boolean anyX = false, restHasY = false;
            for (int i = 0; i < n; i++) {
                double[] r = bound(terms.get(i));
                if (r == null) return NONE;
                double c = coef.get(i), lo = Math.min(c * r[0], c * r[1]), hi = Math.max(c * r[0], c * r[1]);
                slot[i] = emit(terms.get(i)); // emitted by the unsplit exponent as well
                boolean tx = dependsOnX(slot[i]), ty = dependsOnY(slot[i]);
                if (tx && ty) return NONE;
                onX[i] = tx;
                double[] range = tx ? xRange : restRange;
                range[0] += lo;
                range[1] += hi;
                anyX |= tx;
                restHasY |= !tx && ty;
            }
            if (!anyX || !restHasY) return NONE;
            for (double v : new double[] {xRange[0], xRange[1], restRange[0], restRange[1]}) {
                if (!(Math.abs(v) <= EXP_SPLIT_BOUND)) return NONE;
            }
            List<int[]> xOnly = new ArrayList<>(), rest = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double c = coef.get(i);
                int scaled = c == 1 ? slot[i] : c == -1 ? inst(NEG, slot[i], NONE, 0) : inst(MUL, constant(c), slot[i], 0);
                (onX[i] ? xOnly : rest).add(new int[] {1, scaled});
            }
            int ex = inst(EXP, signedSum(xOnly)[1], NONE, 0), er = inst(EXP, signedSum(rest)[1], NONE, 0);
            return inst(MUL, ex, er, 0);
        }

        /** e = Σ coef·term, looking through +, −, unary − and products with a constant. */
        private void linear(Expr e, double c, List<Expr> terms, List<Double> coef) {
            if (e instanceof Expr.Bin b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
                linear(b.left(), c, terms, coef);
                linear(b.right(), b.op() == BinaryOp.SUB ? -c : c, terms, coef);
                return;
            }
            if (e instanceof Expr.Neg n) {
                linear(n.operand(), -c, terms, coef);
                return;
            }
            if (e instanceof Expr.Bin b && b.op() == BinaryOp.MUL) {
                Double k = constantValue(b.left());
                if (k != null) { linear(b.right(), c * k, terms, coef); return; }
                k = constantValue(b.right());
                if (k != null) { linear(b.left(), c * k, terms, coef); return; }
            }
            terms.add(e);
            coef.add(c);
        }

        private Double constantValue(Expr e) {
            if (e instanceof Expr.Num n) return n.value();
            if (e instanceof Expr.Var v && !v.name().equals("x") && !v.name().equals("y")) return bindings.get(v.name());
            return null;
        }

        /** An interval holding every value of e, or null when none is known (e.g. it depends on x or y without a bounded function around it). */
        private double[] bound(Expr e) {
            Double k = constantValue(e);
            if (k != null) return Double.isFinite(k) ? new double[] {k, k} : null;
            if (e instanceof Expr.Neg n) {
                double[] r = bound(n.operand());
                return r == null ? null : new double[] {-r[1], -r[0]};
            }
            if (e instanceof Expr.Bin b && b.op() != BinaryOp.DIV && b.op() != BinaryOp.POW) {
                double[] l = bound(b.left()), r = bound(b.right());
                if (l == null || r == null) return null;
                return switch (b.op()) {
                    case ADD -> new double[] {l[0] + r[0], l[1] + r[1]};
                    case SUB -> new double[] {l[0] - r[1], l[1] - r[0]};
                    default -> {
                        double p1 = l[0] * r[0], p2 = l[0] * r[1], p3 = l[1] * r[0], p4 = l[1] * r[1];
                        yield new double[] {Math.min(Math.min(p1, p2), Math.min(p3, p4)), Math.max(Math.max(p1, p2), Math.max(p3, p4))};
                    }
                };
            }
            if (e instanceof Expr.Call c) {
                return switch (c.fn()) {
                    case SIN, COS, TANH -> new double[] {-1, 1};
                    case SIGMOID -> new double[] {0, 1};
                    default -> null;
                };
            }
            return null;
        }

        private static void flatten(Expr e, int sign, List<Expr> terms, List<Integer> signs) {
            if (e instanceof Expr.Bin b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
                flatten(b.left(), sign, terms, signs);
                flatten(b.right(), b.op() == BinaryOp.ADD ? sign : -sign, terms, signs);
            } else {
                terms.add(e);
                signs.add(sign);
            }
        }

        private boolean dependsOnX(int slot) {
            return slot == 0 || (slot >= 1_000_000 && instDependsOnX.get(slot - 1_000_000));
        }

        private boolean dependsOnY(int slot) {
            return slot == 1 || (slot >= 1_000_000 && instDependsOnY.get(slot - 1_000_000));
        }

        private int power(Expr base, double k) {
            int l = emit(base);
            if (k == 2) return inst(SQUARE, l, NONE, 0);
            if (k == 1) return l;
            if (k == Math.rint(k) && Math.abs(k) <= 16 && k != 0) return inst(POWN, l, NONE, (int) k);
            return inst(POW, l, constant(k), 0);
        }

        private int constant(double v) {
            long bits = Double.doubleToLongBits(v);
            Integer s = constSlot.get(bits);
            if (s != null) return s;
            consts.add(v);
            int slot = -consts.size(); // placeholder, fixed in fix()
            constSlot.put(bits, slot);
            return slot;
        }

        private int inst(int code, int l, int r, int k) {
            InstKey key = new InstKey(code, l, r, k);
            Integer s = instMemo.get(key);
            if (s != null) return s;
            ops.add(new int[] {code, l, r, k});
            instDependsOnX.add(dependsOnX(l) || (r != NONE && dependsOnX(r)));
            instDependsOnY.add(dependsOnY(l) || (r != NONE && dependsOnY(r)));
            int slot = 1_000_000 + ops.size() - 1; // placeholder, fixed in fix()
            instMemo.put(key, slot);
            return slot;
        }
    }

    private record InstKey(int code, int a, int b, int k) { }

    /** Resolves placeholder slots: constants −k → 1+k, instructions 10⁶+i → 2+#constants+i. */
    static int resolve(int placeholder, int constCount) {
        if (placeholder < 0) return 1 - placeholder;      // −1 → 2
        if (placeholder >= 1_000_000) return 2 + constCount + (placeholder - 1_000_000);
        return placeholder;
    }
}
