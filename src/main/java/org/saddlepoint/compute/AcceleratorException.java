package org.saddlepoint.compute;

/**
 * An accelerator (OpenCL) could not do a job. {@link #getMessage()} is one line meant for the
 * user, e.g. {@code "OpenCL kernel build failed: <first line of the build log>"}; the
 * {@link Kind} says whether trying the device again can help.
 */
public final class AcceleratorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No OpenCL library (libOpenCL / ICD loader) on this machine. */
        NO_LIBRARY(true),
        /** The library loads but lists no platform or no usable device. */
        NO_PLATFORM(true),
        /** The device compiler rejected a kernel (this program only). */
        BUILD_FAILED(false),
        /** The device ran out of memory or resources for this job. */
        OUT_OF_RESOURCES(false),
        /** The device failed or was lost during a job. */
        DEVICE_ERROR(true);

        private final boolean permanent;

        Kind(boolean permanent) { this.permanent = permanent; }

        /** Whether the device should not be tried again in this session. */
        public boolean permanent() { return permanent; }
    }

    private final Kind kind;

    public AcceleratorException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public AcceleratorException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() { return kind; }
}
