package org.saddlepoint.nn;

/**
 * Hidden-layer activations φ with the first and second derivatives backprop and Hessian-vector
 * products need, written in terms of the pre-activation y and the output a = φ(y).
 */
public enum Activation {
    /** σ(y) = 1/(1+e^−y); σ' = a(1−a); σ'' = a(1−a)(1−2a). */
    SIGMOID("sigmoid"),
    /** tanh(y); φ' = 1−a²; φ'' = −2a(1−a²). */
    TANH("tanh"),
    /** max(0, y); φ' = [y>0]; φ'' = 0 (almost everywhere). */
    RELU("relu"),
    /** y for y > 0, 0.01·y otherwise (torch's default slope); φ'' = 0. */
    LEAKY_RELU("leaky_relu");

    /** Negative slope of {@link #LEAKY_RELU}, as torch.nn.LeakyReLU's default. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String cliName;

    Activation(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    public double apply(double y) {
        return switch (this) {
            case SIGMOID -> y >= 0 ? 1 / (1 + Math.exp(-y)) : Math.exp(y) / (1 + Math.exp(y));
            case TANH -> Math.tanh(y);
            case RELU -> y > 0 ? y : 0;
            case LEAKY_RELU -> y > 0 ? y : LEAKY_SLOPE * y;
        };
    }

    /** φ'(y) given a = φ(y). */
    public double d1(double y, double a) {
        return switch (this) {
            case SIGMOID -> a * (1 - a);
            case TANH -> 1 - a * a;
            case RELU -> y > 0 ? 1 : 0;
            case LEAKY_RELU -> y > 0 ? 1 : LEAKY_SLOPE;
        };
    }

    /** φ''(y) given a = φ(y). */
    public double d2(double y, double a) {
        return switch (this) {
            case SIGMOID -> a * (1 - a) * (1 - 2 * a);
            case TANH -> -2 * a * (1 - a * a);
            case RELU, LEAKY_RELU -> 0;
        };
    }

    /** Parses sigmoid, tanh, relu, leaky_relu (or leaky-relu, leakyrelu). */
    public static Activation parse(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        if (n.equals("leakyrelu")) n = "leaky_relu";
        for (Activation a : values()) if (a.cliName.equals(n)) return a;
        throw new IllegalArgumentException("unknown activation '" + name + "' (expected sigmoid, tanh, relu or leaky_relu)");
    }
}
