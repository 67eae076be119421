package org.saddlepoint.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClRuntime;

/**
 * A sampling backend the user can pick: {@link Kind#AUTO} (the default OpenCL device, else the
 * CPU), {@link Kind#CPU}, or one OpenCL {@link DeviceInfo device}. Plain data, safe to show.
 */
public record Backend(Kind kind, DeviceInfo device) {
    public enum Kind { AUTO, CPU, OPENCL }

    public static final Backend AUTO = new Backend(Kind.AUTO, null);
    public static final Backend CPU = new Backend(Kind.CPU, null);

    public Backend {
        Objects.requireNonNull(kind);
        if ((kind == Kind.OPENCL) != (device != null)) throw new IllegalArgumentException("an OpenCL backend names its device, the others none");
    }

    public static Backend of(DeviceInfo device) { return new Backend(Kind.OPENCL, device); }

    /** {@code auto}, {@code cpu} or {@code opencl:P:D} (platform and device index as {@code devices} prints them). */
    public String id() {
        return switch (kind) {
            case AUTO -> "auto";
            case CPU -> "cpu";
            case OPENCL -> "opencl:" + device.platformIndex() + ":" + device.deviceIndex();
        };
    }

    /** For menus and the status bar: e.g. {@code OpenCL 0:0 — pthread-skylake (Portable Computing Language)}. */
    public String describe() {
        return switch (kind) {
            case AUTO -> "Auto";
            case CPU -> "CPU (" + Runtime.getRuntime().availableProcessors() + " cores)";
            case OPENCL -> "OpenCL " + device.platformIndex() + ":" + device.deviceIndex() + " — " + device.name().strip()
                    + " (" + device.platformName().strip() + (device.fp64() ? "" : ", fp32") + ")";
        };
    }

    /** Auto, CPU, then every OpenCL device found (none when OpenCL is missing; never throws). */
    public static List<Backend> available() {
        List<Backend> out = new ArrayList<>(List.of(AUTO, CPU));
        for (DeviceInfo d : OpenClRuntime.discover().devices()) out.add(of(d));
        return out;
    }
}
