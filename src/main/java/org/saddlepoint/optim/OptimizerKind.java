package org.saddlepoint.optim;

/** The optimizers Saddlepoint runs; names as on the command line. */
public enum OptimizerKind {
    SGD("sgd", "SGD"), ADAGRAD("adagrad", "Adagrad"), RMSPROP("rmsprop", "RMSprop"), ADAM("adam", "Adam"),
    ADAMW("adamw", "AdamW"), NEWTON("newton", "Newton"), SADDLE_FREE_NEWTON("sfn", "Saddle-free Newton");

    private final String cliName;
    private final String displayName;

    OptimizerKind(String cliName, String displayName) { this.cliName = cliName; this.displayName = displayName; }

    public String cliName() { return cliName; }

    public String displayName() { return displayName; }

    public static OptimizerKind parse(String name) {
        for (OptimizerKind k : values()) if (k.cliName.equalsIgnoreCase(name) || k.name().equalsIgnoreCase(name)) return k;
        throw new IllegalArgumentException("unknown optimizer '" + name + "' (expected sgd, adagrad, rmsprop, adam, adamw, newton or sfn)");
    }
}
