package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LrRangeCommandTest {
    @TempDir Path dir;

    /**
     * SGD on f = x² from x₀ = 1: θ_{k+1} = (1 − 2η_k)θ_k with η_k = η_min·q^k, so the loss before
     * step k is L_k = Π_{j<k}(1 − 2η_j)². The CSV must match that product, the smoothing fastai's
     * bias-corrected average, and the suggestion the steepest slope of it in ln η, all recomputed here.
     */
    @Test void csvMatchesTheClosedFormAndTheSuggestionIsFastaisSteepestSlope() throws IOException {
        Path out = dir.resolve("lr.csv");
        var r = DevicesAndBenchCommandTest.run(new LrRangeCommand(), "--expr", "x^2", "--start", "1,0", "--optimizer", "sgd",
                "--lr-min", "1e-4", "--lr-max", "10", "--steps", "120", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out);
        assertEquals("step,lr,loss,smoothed_loss", csv.get(0));
        int n = csv.size() - 1;
        assertTrue(n > 20 && n < 120, "stops once the loss blows up past 4× its best smoothed value: " + n);
        double q = Math.pow(10 / 1e-4, 1.0 / 119);
        double theta = 1, avg = 0;
        double[] lrs = new double[n], smooth = new double[n];
        for (int k = 0; k < n; k++) {
            String[] f = csv.get(k + 1).split(",");
            double lr = 1e-4 * Math.pow(q, k);
            assertEquals(k, Integer.parseInt(f[0]));
            assertEquals(lr, Double.parseDouble(f[1]), 1e-12 * lr);
            assertEquals(theta * theta, Double.parseDouble(f[2]), 1e-9 * Math.max(1, theta * theta));
            avg = 0.98 * avg + 0.02 * theta * theta;
            smooth[k] = avg / (1 - Math.pow(0.98, k + 1));
            assertEquals(smooth[k], Double.parseDouble(f[3]), 1e-9 * Math.max(1, smooth[k]));
            lrs[k] = lr;
            theta *= 1 - 2 * lr;
        }
        int from = n / 10, to = n - 5, best = from;
        double slope = Double.POSITIVE_INFINITY;
        for (int k = from; k < to - 1; k++) {
            double d = (smooth[k + 1] - smooth[k]) / (Math.log(lrs[k + 1]) - Math.log(lrs[k]));
            if (d < slope) { slope = d; best = k; }
        }
        String line = r.out().strip();
        assertTrue(line.startsWith("suggested lr: "), line);
        double suggested = Double.parseDouble(line.substring("suggested lr: ".length(), line.indexOf(' ', "suggested lr: ".length())));
        assertEquals(lrs[best], suggested, 1e-12 * lrs[best]);
        assertTrue(suggested > 1e-2 && suggested < 1, "on x² the loss falls fastest below η = 1 (divergence at η > 1): " + suggested);
        assertTrue(line.contains("stopped early"), line);
    }

    @Test void jsonOnStandardOutputCarriesTheSuggestionAndASurfaceUsesItsOwnStart() {
        var r = DevicesAndBenchCommandTest.run(new LrRangeCommand(), "--surface", "himmelblau", "--optimizer", "adam",
                "--steps", "50", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"suggested_lr\": "), r.out());
        assertEquals(50, r.out().split("\"step\": ").length - 1);
        assertTrue(r.err().startsWith("suggested lr: "), r.err());
    }

    @Test void badOptionsAreOneLineAndExitTwo() {
        String[][] cases = {
            {"--lr-min", "0", "--steps", "10"},
            {"--lr-min", "1", "--lr-max", "0.5", "--steps", "10"},
            {"--steps", "2"},
            {"--steps", "10", "--format", "xml"},
        };
        String[] expected = {
            "error: --lr-min must be a positive number, got 0.0\n",
            "error: --lr-max must be larger than --lr-min (1.0), got 0.5\n",
            "error: --steps must be at least 3, got 2\n",
            "error: --format must be csv or json, got 'xml'\n",
        };
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 4];
            System.arraycopy(new String[] {"--expr", "x^2", "--optimizer", "sgd"}, 0, args, 0, 4);
            System.arraycopy(cases[i], 0, args, 4, cases[i].length);
            var r = DevicesAndBenchCommandTest.run(new LrRangeCommand(), args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(expected[i], r.err());
        }
        var r = DevicesAndBenchCommandTest.run(new LrRangeCommand(), "--expr", "x^2", "--optimizer", "sgd", "--steps", "10");
        assertEquals(2, r.code());
        assertEquals("error: --start is required with --expr\n", r.err());
    }

    @Test void helpAndTheTopLevelCommandKnowIt() {
        java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
        int code = SaddlepointCli.run(new String[] {"lrtest", "--help"}, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        assertEquals(0, code);
        assertTrue(out.toString().contains("--lr-min"), out.toString());
        code = SaddlepointCli.run(new String[] {"lrtest", "--expr", "x^2", "--optimizer", "sgd", "--steps", "5", "--lr-max", "nope"},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
    }
}
