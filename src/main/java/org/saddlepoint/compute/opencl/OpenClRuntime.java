package org.saddlepoint.compute.opencl;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jocl.CL;
import org.jocl.CLException;
import org.saddlepoint.compute.AcceleratorException;
import org.saddlepoint.compute.AcceleratorException.Kind;

/**
 * Entry point to OpenCL: probes the library once, lists devices, opens one. Without a
 * libOpenCL the first touch of JOCL throws {@link UnsatisfiedLinkError} and every later one
 * {@link NoClassDefFoundError}; the probe catches the first, remembers it, and never touches
 * JOCL again. The default device is the one named by the system property
 * {@value #DEVICE_PROPERTY} ({@code PLATFORM:DEVICE} indices, as {@code saddlepoint devices}
 * prints them), else the best ranked (GPU, then fp64, then compute units).
 */
public final class OpenClRuntime {
    /** System property choosing the device, e.g. {@code -Dsaddlepoint.opencl.device=0:1}. */
    public static final String DEVICE_PROPERTY = "saddlepoint.opencl.device";

    /** What the probe found: the devices, or why there are none (one line). */
    public record Discovery(List<DeviceInfo> devices, Optional<String> problem) {
        public Discovery {
            devices = List.copyOf(devices);
        }

        public boolean available() { return problem.isEmpty() && !devices.isEmpty(); }
    }

    private static Discovery discovery;
    private static OpenClBackend shared;
    private static AcceleratorException sharedFailure;

    private OpenClRuntime() { }

    /** Probes OpenCL once per JVM; later calls return the same answer. Never throws. */
    public static synchronized Discovery discover() {
        if (discovery == null) discovery = probe();
        return discovery;
    }

    private static Discovery probe() {
        try {
            CL.setExceptionsEnabled(true);
            List<DeviceInfo> devices = DeviceDiscovery.list();
            if (devices.isEmpty()) return new Discovery(List.of(), Optional.of("no OpenCL platform: the ICD loader lists no platform with a device"));
            return new Discovery(devices, Optional.empty());
        } catch (LinkageError e) {
            return new Discovery(List.of(), Optional.of("no OpenCL library: " + oneLine(e.getMessage())));
        } catch (CLException e) {
            return new Discovery(List.of(), Optional.of("no OpenCL platform: " + oneLine(e.getMessage())));
        } catch (RuntimeException e) {
            return new Discovery(List.of(), Optional.of("no OpenCL platform: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage())));
        }
    }

    /** The device the samplers use by default; throws NO_LIBRARY/NO_PLATFORM when there is none. */
    public static DeviceInfo defaultDevice() {
        Discovery d = discover();
        if (d.problem().isPresent()) {
            String why = d.problem().get();
            throw new AcceleratorException(why.startsWith("no OpenCL library") ? Kind.NO_LIBRARY : Kind.NO_PLATFORM, why);
        }
        if (d.devices().isEmpty()) throw new AcceleratorException(Kind.NO_PLATFORM, "no OpenCL platform: no device found");
        String chosen = System.getProperty(DEVICE_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            for (DeviceInfo dev : d.devices()) {
                if ((dev.platformIndex() + ":" + dev.deviceIndex()).equals(chosen.strip())) return dev;
            }
            throw new AcceleratorException(Kind.NO_PLATFORM, "no OpenCL device " + chosen.strip() + " (" + DEVICE_PROPERTY + "); see 'saddlepoint devices'");
        }
        return d.devices().stream().max(Comparator.comparingInt(DeviceInfo::preference)).orElseThrow();
    }

    /** Opens a new context on {@code device}; the caller closes it. */
    public static OpenClBackend open(DeviceInfo device) {
        if (!discover().available()) defaultDevice(); // throws the probe's reason
        return JoclBackend.open(device);
    }

    /**
     * The process-wide backend on the default device, opened on first use and kept (kernels stay
     * cached across jobs). A failure to open is remembered and rethrown.
     */
    public static synchronized OpenClBackend shared() {
        if (shared != null) return shared;
        if (sharedFailure != null) throw sharedFailure;
        try {
            shared = open(defaultDevice());
            return shared;
        } catch (AcceleratorException e) {
            sharedFailure = e;
            throw e;
        }
    }

    static String oneLine(String s) {
        if (s == null) return "(no message)";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
