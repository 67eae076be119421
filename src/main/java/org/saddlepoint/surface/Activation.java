package org.saddlepoint.surface;

/**
 * The activation a(z) of a one-neuron model z = θ₁·u + θ₂·v, with its first and second
 * derivatives in closed form.
 */
public enum Activation {
    /** a(z) = z: linear regression. */
    IDENTITY("identity"),
    /** a(z) = σ(z) = 1/(1+e^{−z}); a' = σ(1−σ); a'' = σ(1−σ)(1−2σ). */
    SIGMOID("sigmoid"),
    /** a(z) = tanh z; a' = 1 − a²; a'' = −2a(1 − a²). */
    TANH("tanh"),
    /** a(z) = max(z, 0); a' = step(z) with step(0) = 0; a'' = 0. */
    RELU("relu");

    private final String fileName;

    Activation(String fileName) { this.fileName = fileName; }

    /** The name used in surface files. */
    public String fileName() { return fileName; }

    public static Activation byFileName(String name) {
        for (Activation a : values()) if (a.fileName.equals(name)) return a;
        return null;
    }

    /** σ(z) computed without overflow. */
    static double sigmoid(double z) {
        if (z >= 0) return 1.0 / (1.0 + Math.exp(-z));
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** 1 − σ(z) = σ(−z), accurate where σ(z) is close to 1. */
    static double sigmoidComplement(double z) { return sigmoid(-z); }

    /** log(1 + e^z) computed without overflow or cancellation. */
    static double softplus(double z) { return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))); }
}
