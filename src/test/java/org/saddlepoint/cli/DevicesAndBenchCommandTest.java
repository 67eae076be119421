package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saddlepoint.compute.opencl.OpenClRuntime;
import picocli.CommandLine;

/** The devices and bench commands, run through picocli with the CLI's error convention (one line, exit 2). */
class DevicesAndBenchCommandTest {
    record Result(int code, String out, String err) { }

    static Result run(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            if (!(ex instanceof UserError)) throw ex;
            c.getErr().println("error: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        });
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test void devicesListsCpuAndEveryOpenClDeviceOrWhyNone() {
        Result r = run(new DevicesCommand());
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("cpu  " + Runtime.getRuntime().availableProcessors() + " cores"), lines.get(0));
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        if (d.available()) {
            assertEquals(1 + d.devices().size(), lines.size());
            for (int i = 0; i < d.devices().size(); i++) assertTrue(lines.get(1 + i).startsWith(d.devices().get(i).describe()));
            assertEquals(1, lines.stream().filter(l -> l.endsWith("| default")).count());
        } else {
            assertEquals(2, lines.size());
            assertTrue(lines.get(1).startsWith("no OpenCL platform: "), lines.get(1));
        }
    }

    @Test void benchPrintsOneLinePerCaseInTheDocumentedFormat() {
        Result r = run(new BenchCommand(), "--backend", "cpu", "--surface", "saddle,ackley", "--grid", "16,33", "--runs", "3", "--warmup", "1");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        String[] expectedPrefixes = {"cpu saddle 16x16: ", "cpu saddle 33x33: ", "cpu ackley 16x16: ", "cpu ackley 33x33: "};
        for (int i = 0; i < 4; i++) {
            assertTrue(lines.get(i).startsWith(expectedPrefixes[i]), lines.get(i));
            assertTrue(lines.get(i).matches("cpu [a-z]+ \\d+x\\d+: \\d+\\.\\d Mpoints/s"), lines.get(i));
        }
    }

    @Test void benchWithAllBackendsRunsOpenClWhenPresentElseSaysWhy() {
        Result r = run(new BenchCommand(), "--surface", "himmelblau", "--grid", "8", "--runs", "1", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        OpenClRuntime.Discovery d = OpenClRuntime.discover();
        if (d.available()) {
            assertTrue(r.out().contains("opencl himmelblau 8x8: "), r.out());
        } else {
            assertTrue(r.err().startsWith("opencl: skipped (no OpenCL"), r.err());
        }
    }

    @Test void badOptionsAreOneLineErrorsWithExitCode2() {
        Result r = run(new BenchCommand(), "--surface", "everest");
        assertEquals(2, r.code());
        assertEquals("error: --surface: unknown benchmark surface 'everest' (expected one of saddle, rosenbrock, himmelblau, rastrigin, ackley)\n", r.err());
        Result b = run(new BenchCommand(), "--backend", "cuda", "--grid", "8");
        assertEquals(2, b.code());
        assertEquals("error: --backend must be cpu, opencl or all, got 'cuda'\n", b.err());
        Result g = run(new BenchCommand(), "--grid", "1");
        assertEquals("error: --grid: sizes must be in [2, 8192], got 1\n", g.err());
    }
}
