package org.saddlepoint.surface;

/** The per-example loss of a data surface, compared with the target t. */
public enum LossFunction {
    /** ℓ = (a(z) − t)², as torch.nn.MSELoss. */
    MSE("mse"),
    /**
     * Binary cross-entropy of a sigmoid unit, ℓ = −t·log σ(z) − (1−t)·log(1−σ(z)), computed
     * stably as ℓ = softplus(z) − t·z (torch.nn.BCEWithLogitsLoss); needs the sigmoid activation.
     */
    CROSS_ENTROPY("cross_entropy");

    private final String fileName;

    LossFunction(String fileName) { this.fileName = fileName; }

    public String fileName() { return fileName; }

    public static LossFunction byFileName(String name) {
        for (LossFunction l : values()) if (l.fileName.equals(name)) return l;
        return null;
    }
}
