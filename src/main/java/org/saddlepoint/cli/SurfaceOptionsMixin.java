package org.saddlepoint.cli;

import picocli.CommandLine.ArgGroup;

/** Mixin wrapper so several commands share {@link SurfaceOptions}. */
public final class SurfaceOptionsMixin {
    @ArgGroup(exclusive = false, multiplicity = "1", heading = "Surface:%n")
    SurfaceOptions options;
}
