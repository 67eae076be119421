package org.saddlepoint.ui.network;

/** What the Network tab shows: one landscape, or two side by side. */
public enum ComparisonMode {
    /** One landscape with the train/test toggle. */
    SINGLE("net.mode.single"),
    /** The same architecture, data, seed and optimizer trained twice: loss = mse (left) and ce (right). */
    MSE_VS_CE("net.mode.losses"),
    /** One trained network: training-set landscape (left) and held-out test-set landscape (right). */
    TRAIN_VS_TEST("net.mode.trainTest");

    private final String key;

    ComparisonMode(String key) { this.key = key; }

    /** Message key of the mode's name. */
    public String key() { return key; }

    /** Whether a shared colour scale is the default (the same loss on both sides). */
    public boolean sharedScaleByDefault() { return this == TRAIN_VS_TEST; }
}
