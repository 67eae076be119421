package org.saddlepoint.cli;

import picocli.CommandLine.ArgGroup;

/** Mixin wrapper so several commands share {@link OptimizerOptions}. */
public final class OptimizerOptionsMixin {
    @ArgGroup(exclusive = false, multiplicity = "1", heading = "Optimizer (torch.optim names and defaults):%n")
    OptimizerOptions options;
}
