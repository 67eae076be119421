package org.saddlepoint.expr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Built-in functions. {@code sign} and {@code step} (Heaviside, {@code step(0) = 0}) appear in
 * derivatives of {@code abs}, {@code relu}, {@code min} and {@code max}; users may call them too.
 */
public enum Function {
    EXP("exp", 1), LOG("log", 1), SQRT("sqrt", 1), SIN("sin", 1), COS("cos", 1), TAN("tan", 1),
    TANH("tanh", 1), SIGMOID("sigmoid", 1), SOFTPLUS("softplus", 1), ABS("abs", 1), RELU("relu", 1),
    SIGN("sign", 1), STEP("step", 1),
    POW("pow", 2), MIN("min", 2), MAX("max", 2);

    private final String symbol;
    private final int arity;

    Function(String symbol, int arity) { this.symbol = symbol; this.arity = arity; }

    public String symbol() { return symbol; }

    public int arity() { return arity; }

    public static Optional<Function> bySymbol(String name) {
        for (Function f : values()) if (f.symbol.equals(name)) return Optional.of(f);
        return Optional.empty();
    }

    public static List<String> symbols() {
        return Arrays.stream(values()).map(Function::symbol).toList();
    }

    /** Evaluates a one-argument function. */
    public static double apply1(Function f, double a) {
        return switch (f) {
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SQRT -> Math.sqrt(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case TANH -> Math.tanh(a);
            case SIGMOID -> sigmoid(a);
            case SOFTPLUS -> softplus(a);
            case ABS -> Math.abs(a);
            case RELU -> relu(a);
            case SIGN -> Math.signum(a);
            case STEP -> a > 0 ? 1.0 : 0.0;
            default -> throw new IllegalArgumentException(f + " is not unary");
        };
    }

    /** Evaluates a two-argument function. */
    public static double apply2(Function f, double a, double b) {
        return switch (f) {
            case POW -> Math.pow(a, b);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            default -> throw new IllegalArgumentException(f + " is not binary");
        };
    }

    /** relu(a) = max(a, 0); NaN stays NaN (as in torch), so a diverged value is never hidden. */
    public static double relu(double a) {
        return Math.max(a, 0.0);
    }

    /** σ(a) = 1/(1+e^−a), evaluated without overflow for large |a|. */
    public static double sigmoid(double a) {
        if (a >= 0) return 1.0 / (1.0 + Math.exp(-a));
        double e = Math.exp(a);
        return e / (1.0 + e);
    }

    /** softplus(a) = log(1+e^a), evaluated stably (as torch does, linear above 20... exactly here). */
    public static double softplus(double a) {
        return Math.max(a, 0.0) + Math.log1p(Math.exp(-Math.abs(a)));
    }
}
