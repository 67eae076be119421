package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the built {@code target/saddlepoint.jar} run as a separate process with plain
 * {@code java -jar}, from a folder other than the project (the bundled surfaces travel inside
 * the jar).
 */
class JarEndToEndIT {
    @TempDir Path dir;

    record Run(int exit, String out, String err) { }

    private Run java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("saddlepoint.jar", "target/saddlepoint.jar")).toAbsolutePath();
        assertTrue(Files.exists(jar), "build the jar first: " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish");
        return new Run(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void trajectoryMatchesHandComputedSgdSteps() throws Exception {
        // booth (x+2y−7)² + (2x+y−5)² from (0,0), lr 0.01: g = (−34, −38) → θ₁ = (0.34, 0.38)
        Run r = java("trajectory", "--expr", "(x + 2*y - 7)^2 + (2*x + y - 5)^2", "--start", "0,0",
                "--optimizer", "sgd", "--lr", "0.01", "--steps", "2");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(4, lines.length, r.out());
        assertTrue(lines[0].startsWith("step,x,y,loss"));
        String[] row1 = lines[2].split(",");
        assertEquals(0.34, Double.parseDouble(row1[1]), 1e-15);
        assertEquals(0.38, Double.parseDouble(row1[2]), 1e-15);
        assertEquals(50.3336, Double.parseDouble(row1[3]), 1e-12);
    }

    @Test
    void sampleABundledSurfaceToNpy() throws Exception {
        Run r = java("sample", "--surface", "himmelblau", "--grid", "64,32", "--out", "h.npy");
        assertEquals(0, r.exit(), r.err());
        byte[] b = Files.readAllBytes(dir.resolve("h.npy"));
        String header = new String(b, 10, (b[8] & 0xff) | (b[9] & 0xff) << 8, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'shape': (32, 64)"), header);
        assertEquals(10 + header.length() + 64 * 32 * 8, b.length);
    }

    @Test
    void listAndVersionAndHelp() throws Exception {
        Run list = java("list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().lines().count() >= 17, list.out());
        Run v = java("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("Saddlepoint "), v.out());
        Run h = java("trajectory", "--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("--optimizer"));
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws Exception {
        Run r = java("trajectory", "--expr", "x^^2", "--start", "0,0", "--optimizer", "sgd", "--steps", "1");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("at org."), "no stack trace: " + r.err());
        Run missing = java("sample", "--expr", "x", "--domain", "0,1,0,1", "--grid", "8", "--out", "no/such/dir/z.npy");
        assertEquals(2, missing.exit());
        assertFalse(Files.exists(dir.resolve("no")));
    }
}
