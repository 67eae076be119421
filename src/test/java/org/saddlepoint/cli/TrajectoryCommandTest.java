package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's {@code trajectory} reproduces torch.optim (PyTorch 1.13, float64) for every case of
 * the shared reference file to 1e-9 relative, with torch option names mapped to CLI flags.
 */
class TrajectoryCommandTest {
    private static final Path REFERENCE = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/reference/torch_optim_reference.json").normalize();

    @TempDir Path dir;

    @Test
    void reproducesEveryTorchReferenceTrajectory() throws Exception {
        assumeTrue(Files.exists(REFERENCE), "reference file absent: " + REFERENCE);
        JsonNode root = new ObjectMapper().readTree(REFERENCE.toFile());
        int cases = 0;
        for (JsonNode c : root.get("trajectories")) {
            List<String> args = new ArrayList<>(List.of("trajectory", "--expr", c.get("expression").asText(),
                    "--start", c.get("start").get(0).asDouble() + "," + c.get("start").get(1).asDouble(),
                    "--optimizer", c.get("optimizer").asText(), "--steps", String.valueOf(c.get("rows").size() - 1)));
            Map<String, String> flag = Map.of("lr", "--lr", "momentum", "--momentum", "dampening", "--dampening",
                    "weight_decay", "--weight-decay", "lr_decay", "--lr-decay", "initial_accumulator_value", "--initial-accumulator",
                    "eps", "--eps", "alpha", "--alpha");
            for (Iterator<Map.Entry<String, JsonNode>> it = c.get("options").fields(); it.hasNext(); ) {
                var e = it.next();
                switch (e.getKey()) {
                    case "nesterov" -> args.add("--nesterov");
                    case "centered" -> args.add("--centered");
                    case "amsgrad" -> args.add("--amsgrad");
                    case "betas" -> {
                        args.add("--beta1"); args.add(e.getValue().get(0).asText());
                        args.add("--beta2"); args.add(e.getValue().get(1).asText());
                    }
                    default -> {
                        assertTrue(flag.containsKey(e.getKey()), "unmapped torch option " + e.getKey());
                        args.add(flag.get(e.getKey()));
                        args.add(e.getValue().asText());
                    }
                }
            }
            Path out = dir.resolve("t" + cases + ".csv");
            args.add("--out");
            args.add(out.toString());
            var r = CliTestSupport.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            List<String> lines = Files.readAllLines(out);
            assertTrue(lines.get(0).startsWith("step,x,y,loss"), lines.get(0));
            JsonNode rows = c.get("rows");
            assertEquals(rows.size() + 1, lines.size(), "header + one row per step + start");
            for (int k = 0; k < rows.size(); k++) {
                String[] cells = lines.get(k + 1).split(",");
                assertEquals(String.valueOf(k), cells[0]);
                for (int j = 0; j < 3; j++) {
                    double want = rows.get(k).get(j).asDouble(), got = Double.parseDouble(cells[j + 1]);
                    double tol = 1e-9 * Math.max(1e-3, Math.abs(want));
                    int row = k, col = j;
                    assertEquals(want, got, tol, () -> c.get("surface").asText() + " " + c.get("optimizer").asText()
                            + " " + c.get("options") + " row " + row + " col " + col);
                }
            }
            cases++;
        }
        assertEquals(11, cases);
    }

    @Test
    void divergedRunEndsEarlyAndSaysSoOnStderr() throws Exception {
        Path out = dir.resolve("d.csv");
        var r = CliTestSupport.run("trajectory", "--expr", "x^2 + y^2", "--start", "1,1", "--optimizer", "sgd", "--lr", "10",
                "--steps", "1000", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("diverged at step"), r.err());
        long rows = Files.readAllLines(out).size() - 1;
        assertTrue(rows > 1 && rows < 1001, "rows " + rows);
    }

    @Test
    void jsonFormatAndSchedulesAndNoise() throws Exception {
        Path out = dir.resolve("t.json");
        var r = CliTestSupport.run("trajectory", "--surface", "rosenbrock", "--start", "-1.5,2", "--optimizer", "adam",
                "--lr", "0.05", "--schedule", "warmup:steps=10+cosine:t_max=90", "--noise", "0.1", "--seed", "7",
                "--steps", "100", "--format", "json", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertEquals("adam", j.get("optimizer").asText());
        assertEquals(101, j.get("columns").get("x").size());
        assertEquals(100, j.get("steps_taken").asInt());
        // same seed → same trajectory; other seed → different
        Path again = dir.resolve("t2.json"), other = dir.resolve("t3.json");
        CliTestSupport.run("trajectory", "--surface", "rosenbrock", "--start", "-1.5,2", "--optimizer", "adam", "--lr", "0.05",
                "--schedule", "warmup:steps=10+cosine:t_max=90", "--noise", "0.1", "--seed", "7", "--steps", "100",
                "--format", "json", "--out", again.toString());
        CliTestSupport.run("trajectory", "--surface", "rosenbrock", "--start", "-1.5,2", "--optimizer", "adam", "--lr", "0.05",
                "--schedule", "warmup:steps=10+cosine:t_max=90", "--noise", "0.1", "--seed", "8", "--steps", "100",
                "--format", "json", "--out", other.toString());
        assertEquals(Files.readString(out), Files.readString(again));
        assertTrue(!Files.readString(out).equals(Files.readString(other)));
    }

    @Test
    void minibatchesOnADataSurface() {
        var r = CliTestSupport.run("trajectory", "--surface", "logistic-cross-entropy", "--start", "0,0", "--optimizer", "sgd",
                "--lr", "0.5", "--batch-size", "8", "--steps", "20");
        assertEquals(0, r.exit(), r.err());
        var bad = CliTestSupport.run("trajectory", "--expr", "x^2", "--start", "0,0", "--optimizer", "sgd", "--batch-size", "8", "--steps", "2");
        assertEquals(ExitCodes.BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("--batch-size needs a data surface"), bad.err());
        var sched = CliTestSupport.run("trajectory", "--expr", "x^2", "--start", "0,0", "--optimizer", "sgd", "--schedule", "step:gama=2", "--steps", "2");
        assertEquals(ExitCodes.BAD_INPUT, sched.exit());
        assertTrue(sched.err().contains("did you mean 'gamma'"), sched.err());
    }
}
