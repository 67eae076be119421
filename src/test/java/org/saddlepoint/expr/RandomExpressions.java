package org.saddlepoint.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random ASTs of the shapes the parser can produce: non-negative finite literals, x, y, the
 * declared parameters {@link #PARAMS}, unary minus, binary operators and calls of every
 * function with its arity. Depth-limited.
 */
final class RandomExpressions {
    static final List<String> PARAMS = List.of("a", "b");
    private static final Function[] FUNCTIONS = Function.values();
    private static final BinaryOp[] OPS = BinaryOp.values();

    private final Random random;
    private final boolean tameLiterals;

    /** {@code tameLiterals}: literals in [0, 10] (for value checks) instead of any finite. */
    RandomExpressions(Random random, boolean tameLiterals) {
        this.random = random;
        this.tameLiterals = tameLiterals;
    }

    Expr next(int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) return leaf();
        int kind = random.nextInt(10);
        if (kind == 0) return new Expr.Neg(next(depth - 1));
        if (kind <= 5) return new Expr.Bin(OPS[random.nextInt(OPS.length)], next(depth - 1), next(depth - 1));
        Function f = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < f.arity(); i++) args.add(next(depth - 1));
        return new Expr.Call(f, args);
    }

    private Expr leaf() {
        return switch (random.nextInt(5)) {
            case 0 -> new Expr.Var("x");
            case 1 -> new Expr.Var("y");
            case 2 -> new Expr.Var(PARAMS.get(random.nextInt(PARAMS.size())));
            default -> new Expr.Num(literal());
        };
    }

    private double literal() {
        if (tameLiterals) {
            return switch (random.nextInt(4)) {
                case 0 -> random.nextInt(4);
                case 1 -> 0.5;
                case 2 -> Math.PI;
                default -> random.nextDouble() * 10;
            };
        }
        return switch (random.nextInt(7)) {
            case 0 -> random.nextInt(10);
            case 1 -> random.nextInt(Integer.MAX_VALUE) * 1e6;     // large integers, ≥ 1e15 too
            case 2 -> random.nextDouble();
            case 3 -> Math.scalb(random.nextDouble(), random.nextInt(2000) - 1000);
            case 4 -> Double.MIN_VALUE * random.nextInt(1000);      // subnormals
            case 5 -> Math.nextDown(Double.MAX_VALUE);
            default -> {
                double v = Math.abs(Double.longBitsToDouble(random.nextLong()));
                yield Double.isFinite(v) ? v : 2.5;
            }
        };
    }
}
