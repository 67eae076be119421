package org.saddlepoint.compute;

/** A sampler that states how closely it reproduces the CPU reference (for the UI to show). */
public interface ToleranceReporting {
    Tolerance tolerance();
}
