package org.saddlepoint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.saddlepoint.compute.opencl.DeviceInfo;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code devices}: the compute backends on this machine, one line each. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List the compute backends: the CPU and every OpenCL platform/device (or why there is none).")
final class DevicesCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("cpu  " + Runtime.getRuntime().availableProcessors() + " cores | Java " + Runtime.version().feature() + " fork/join | double");
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        if (d.problem().isPresent()) {
            String why = d.problem().get();
            out.println(why.startsWith("no OpenCL platform") ? why : "no OpenCL platform: " + why);
        } else {
            DeviceInfo chosen = OpenClRuntime.defaultDevice();
            for (DeviceInfo dev : d.devices()) out.println(dev.describe() + (dev.equals(chosen) ? " | default" : ""));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
