package org.saddlepoint.compute.opencl;

import java.util.Locale;

/**
 * One OpenCL device as discovered: plain data, no OpenCL types, safe to keep and show anywhere.
 * {@code platformIndex}/{@code deviceIndex} are positions in the driver's lists.
 */
public record DeviceInfo(int platformIndex, String platformName, String platformVersion,
                         int deviceIndex, String name, String vendor, String type,
                         int computeUnits, boolean fp64, long globalMemoryBytes, String driverVersion) {

    /** One line for {@code saddlepoint devices}. */
    public String describe() {
        return String.format(Locale.ROOT, "opencl %d:%d  %s | %s | %s | %d compute units | fp64 %s | %.1f GiB global | platform %s (%s)",
                platformIndex, deviceIndex, name, vendor, type, computeUnits, fp64 ? "yes" : "no",
                globalMemoryBytes / (1024.0 * 1024 * 1024), platformName, platformVersion);
    }

    /** Ranking for the default choice: GPU before accelerator before CPU, then fp64, then compute units. */
    int preference() {
        int t = switch (type) {
            case "GPU" -> 3;
            case "ACCELERATOR" -> 2;
            default -> 1;
        };
        return t * 1_000_000 + (fp64 ? 100_000 : 0) + Math.min(computeUnits, 99_999);
    }
}
