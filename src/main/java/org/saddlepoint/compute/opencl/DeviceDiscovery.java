package org.saddlepoint.compute.opencl;

import static org.jocl.CL.CL_DEVICE_DOUBLE_FP_CONFIG;
import static org.jocl.CL.CL_DEVICE_EXTENSIONS;
import static org.jocl.CL.CL_DEVICE_GLOBAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_COMPUTE_UNITS;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ACCELERATOR;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_DEVICE_TYPE_CPU;
import static org.jocl.CL.CL_DEVICE_TYPE_GPU;
import static org.jocl.CL.CL_DEVICE_VENDOR;
import static org.jocl.CL.CL_DRIVER_VERSION;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.CL_PLATFORM_VERSION;
import static org.jocl.CL.clGetDeviceIDs;
import static org.jocl.CL.clGetPlatformIDs;

import java.util.ArrayList;
import java.util.List;
import org.jocl.CLException;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * Lists every OpenCL platform and device. Call through {@link OpenClRuntime#discover()}, which
 * first makes sure the library loads; this class touches JOCL directly.
 */
final class DeviceDiscovery {
    private DeviceDiscovery() { }

    /** Every device of every platform; empty if there is no platform. */
    static List<DeviceInfo> list() {
        int[] count = new int[1];
        clGetPlatformIDs(0, null, count);
        List<DeviceInfo> out = new ArrayList<>();
        if (count[0] == 0) return out;
        cl_platform_id[] platforms = new cl_platform_id[count[0]];
        clGetPlatformIDs(platforms.length, platforms, null);
        for (int p = 0; p < platforms.length; p++) {
            String pName = ClInfo.platformString(platforms[p], CL_PLATFORM_NAME);
            String pVersion = ClInfo.platformString(platforms[p], CL_PLATFORM_VERSION);
            for (cl_device_id d : devices(platforms[p])) out.add(describe(p, pName, pVersion, out.size(), d));
        }
        return renumber(out);
    }

    /** The devices of one platform ({@code CL_DEVICE_NOT_FOUND} → none). */
    static cl_device_id[] devices(cl_platform_id platform) {
        int[] n = new int[1];
        try {
            clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, null, n);
        } catch (CLException e) {
            return new cl_device_id[0];
        }
        cl_device_id[] ids = new cl_device_id[n[0]];
        if (n[0] > 0) clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, n[0], ids, null);
        return ids;
    }

    static DeviceInfo describe(int platformIndex, String platformName, String platformVersion, int deviceIndex, cl_device_id d) {
        long type = ClInfo.deviceLong(d, CL_DEVICE_TYPE);
        String typeName = (type & CL_DEVICE_TYPE_GPU) != 0 ? "GPU"
                : (type & CL_DEVICE_TYPE_ACCELERATOR) != 0 ? "ACCELERATOR"
                : (type & CL_DEVICE_TYPE_CPU) != 0 ? "CPU" : "OTHER";
        String ext = ClInfo.deviceString(d, CL_DEVICE_EXTENSIONS);
        boolean fp64 = ext.contains("cl_khr_fp64") || ClInfo.deviceLong(d, CL_DEVICE_DOUBLE_FP_CONFIG) != 0;
        return new DeviceInfo(platformIndex, platformName, platformVersion, deviceIndex,
                ClInfo.deviceString(d, CL_DEVICE_NAME), ClInfo.deviceString(d, CL_DEVICE_VENDOR), typeName,
                ClInfo.deviceInt(d, CL_DEVICE_MAX_COMPUTE_UNITS), fp64,
                ClInfo.deviceLong(d, CL_DEVICE_GLOBAL_MEM_SIZE), ClInfo.deviceString(d, CL_DRIVER_VERSION));
    }

    /** Device indices count within each platform. */
    private static List<DeviceInfo> renumber(List<DeviceInfo> all) {
        List<DeviceInfo> out = new ArrayList<>(all.size());
        int platform = -1, k = 0;
        for (DeviceInfo d : all) {
            if (d.platformIndex() != platform) {
                platform = d.platformIndex();
                k = 0;
            }
            out.add(new DeviceInfo(d.platformIndex(), d.platformName(), d.platformVersion(), k++, d.name(), d.vendor(),
                    d.type(), d.computeUnits(), d.fp64(), d.globalMemoryBytes(), d.driverVersion()));
        }
        return out;
    }
}
