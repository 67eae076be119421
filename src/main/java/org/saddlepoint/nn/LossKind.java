package org.saddlepoint.nn;

/**
 * The training loss on the output logits z (K classes, p = softmax(z), t = one-hot label), as a
 * mean over the B examples of a batch.
 */
public enum LossKind {
    /** Softmax cross-entropy, torch.nn.CrossEntropyLoss: L = (1/B)·Σᵢ −log p_{i,yᵢ}; ∂L/∂z = (p − t)/B. */
    CROSS_ENTROPY("ce"),
    /**
     * Mean squared error between softmax output and one-hot, torch.nn.MSELoss(softmax(z), t):
     * L = (1/(B·K))·Σᵢ Σₖ (p_{ik} − t_{ik})². Saturates (flat) where p is near 0 or 1 — the
     * lecture's reason CE trains faster.
     */
    MSE("mse");

    private final String cliName;

    LossKind(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    public static LossKind parse(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (n.equals("ce") || n.equals("cross_entropy") || n.equals("cross-entropy")) return CROSS_ENTROPY;
        if (n.equals("mse")) return MSE;
        throw new IllegalArgumentException("unknown loss '" + name + "' (expected ce or mse)");
    }
}
