package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasinsAndSweepCommandTest {
    @TempDir Path dir;

    /** The float64 payload of a .npy file written by NpyWriter. */
    static double[] readNpy(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        int headerLen = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        ByteBuffer buf = ByteBuffer.wrap(b, 10 + headerLen, b.length - 10 - headerLen).order(ByteOrder.LITTLE_ENDIAN);
        double[] d = new double[buf.remaining() / 8];
        for (int i = 0; i < d.length; i++) d[i] = buf.getDouble();
        return d;
    }

    @Test void basinsOfADoubleWellWriteTwoLabelsSplitDownTheMiddle() throws IOException {
        Path out = dir.resolve("labels.npy");
        var r = DevicesAndBenchCommandTest.run(new BasinsCommand(), "--expr", "(x^2 - 1)^2 + y^2", "--domain", "-2,2,-2,2",
                "--optimizer", "sgd", "--lr", "0.05", "--grid", "8", "--steps", "2000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("label 0: \\(-1\\.00000, [-0-9.e]+\\) f=[-0-9.e]+ minimum, 32 starts"), lines.get(0));
        assertTrue(lines.get(1).matches("label 1: \\(1\\.00000, [-0-9.e]+\\) f=[-0-9.e]+ minimum, 32 starts"), lines.get(1));
        assertEquals("label -1: diverged, 0 starts", lines.get(2));
        double[] labels = readNpy(out);
        assertEquals(64, labels.length);
        for (int i = 0; i < 64; i++) assertEquals(i % 8 < 4 ? 0.0 : 1.0, labels[i]);
    }

    @Test void basinsOnOpenClWriteTheCpuLabelsAndStepsAndNameTheBackend() throws IOException {
        org.saddlepoint.compute.opencl.OpenClRuntime.Discovery d = org.saddlepoint.compute.opencl.OpenClRuntime.discover();
        org.junit.jupiter.api.Assumptions.assumeTrue(d.available(), () -> "OpenCL skipped: " + d.problem().orElse("no device"));
        double[][] labels = new double[2][], steps = new double[2][];
        String[] backends = {"cpu", "opencl"};
        for (int b = 0; b < 2; b++) {
            Path out = dir.resolve(backends[b] + ".npy"), st = dir.resolve(backends[b] + "-steps.npy");
            var r = DevicesAndBenchCommandTest.run(new BasinsCommand(), "--surface", "himmelblau", "--optimizer", "adam", "--lr", "0.1",
                    "--grid", "32", "--steps", "300", "--backend", backends[b], "--out", out.toString(), "--steps-out", st.toString());
            assertEquals(0, r.code(), r.err());
            String last = r.out().lines().reduce((x, y) -> y).orElseThrow();
            assertTrue(last.matches("32×32 starts × ≤300 steps in [0-9.]+ s on " + (b == 0 ? "CPU \\(\\d+ cores\\)" : "OpenCL \\d+:\\d+ — .*")), last);
            labels[b] = readNpy(out);
            steps[b] = readNpy(st);
        }
        assertTrue(java.util.Arrays.equals(labels[0], labels[1]), "same labels");
        assertTrue(java.util.Arrays.equals(steps[0], steps[1]), "same steps");
    }

    @Test void sweepOnOpenClWritesTheCpuValues() throws IOException {
        org.saddlepoint.compute.opencl.OpenClRuntime.Discovery d = org.saddlepoint.compute.opencl.OpenClRuntime.discover();
        org.junit.jupiter.api.Assumptions.assumeTrue(d.available(), () -> "OpenCL skipped: " + d.problem().orElse("no device"));
        double[][] values = new double[2][];
        String[] backends = {"cpu", "opencl"};
        for (int b = 0; b < 2; b++) {
            Path out = dir.resolve("sweep-" + backends[b] + ".npy");
            var r = DevicesAndBenchCommandTest.run(new SweepCommand(), "--surface", "rosenbrock", "--optimizer", "adam", "--param", "lr=1e-3:0.3:log",
                    "--param", "beta1=0:0.99", "--grid", "16", "--start", "-1,1", "--steps", "300", "--backend", backends[b], "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            String last = r.out().lines().reduce((x, y) -> y).orElseThrow();
            assertTrue(last.matches("\\d+ runs × 300 steps in [0-9.]+ s on " + (b == 0 ? "CPU \\(\\d+ cores\\)" : "OpenCL \\d+:\\d+ — .*")), last);
            values[b] = readNpy(out);
        }
        for (int i = 0; i < values[0].length; i++) {
            double u = values[0][i], v = values[1][i];
            assertTrue(Double.isInfinite(u) ? u == v : Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(u)), "cell " + i + ": " + u + " vs " + v);
        }
    }

    @Test void aJobStrictOpenClCannotTakeIsOneLine() {
        org.saddlepoint.compute.opencl.OpenClRuntime.Discovery d = org.saddlepoint.compute.opencl.OpenClRuntime.discover();
        org.junit.jupiter.api.Assumptions.assumeTrue(d.available(), () -> "OpenCL skipped: " + d.problem().orElse("no device"));
        var r = DevicesAndBenchCommandTest.run(new BasinsCommand(), "--expr", "x^2 + y^2", "--domain", "-1,1,-1,1", "--optimizer", "newton",
                "--grid", "4", "--steps", "10", "--backend", "opencl", "--out", dir.resolve("x.npy").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals("error: --backend opencl: Newton needs the Hessian (use --backend auto or cpu)", r.err().strip());
        var auto = DevicesAndBenchCommandTest.run(new BasinsCommand(), "--expr", "x^2 + y^2", "--domain", "-1,1,-1,1", "--optimizer", "newton",
                "--grid", "4", "--steps", "10", "--out", dir.resolve("y.npy").toString());
        assertEquals(0, auto.code(), auto.err());
        assertEquals("note: Newton needs the Hessian — runs on the CPU", auto.err().strip());
    }

    @Test void anUnknownBackendIsOneLine() {
        var r = DevicesAndBenchCommandTest.run(new BasinsCommand(), "--expr", "x^2 + y^2", "--domain", "-1,1,-1,1", "--optimizer", "sgd",
                "--grid", "4", "--steps", "10", "--backend", "cuda", "--out", dir.resolve("x.npy").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals("error: --backend: unknown backend 'cuda' (expected cpu, opencl or auto)", r.err().strip());
    }

    @Test void sweepWritesInfinityForDivergedCells() throws IOException {
        Path out = dir.resolve("sweep.csv");
        var r = DevicesAndBenchCommandTest.run(new SweepCommand(), "--expr", "x^2", "--optimizer", "sgd", "--param", "lr=0.25:1.75",
                "--param", "momentum=0:0", "--grid", "4", "--start", "1,0", "--steps", "400", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out);
        assertEquals("lr,momentum,value", csv.get(0));
        assertEquals(17, csv.size());
        // lr = 0.25, 0.75 converge; 1.25, 1.75 diverge (|1 − 2η| > 1)
        for (int row = 1; row <= 16; row++) {
            String[] f = csv.get(row).split(",");
            boolean diverges = Double.parseDouble(f[0]) > 1;
            assertEquals(diverges, f[2].equals("inf"), csv.get(row));
        }
        assertTrue(r.out().contains("diverged cells: 8 of 16"), r.out());
    }

    @Test void sweepNeedsTwoAxes() {
        var r = DevicesAndBenchCommandTest.run(new SweepCommand(), "--expr", "x^2", "--optimizer", "sgd", "--param", "lr=0.1:1",
                "--grid", "4", "--start", "1,0", "--steps", "4", "--out", dir.resolve("s.npy").toString());
        assertEquals(2, r.code());
        assertEquals("error: --param must be given exactly twice (two axes), got 1\n", r.err());
    }
}
