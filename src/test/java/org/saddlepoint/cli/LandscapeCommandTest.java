package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.analysis.LandscapeFileReader;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

class LandscapeCommandTest {
    @TempDir Path dir;

    @Test
    void pcaLandscapeWithSidecar() throws Exception {
        Path out = dir.resolve("land.npy"), test = dir.resolve("land_test.npy");
        StringWriter err = new StringWriter();
        int rc = CriticalCommandTest.run(new LandscapeCommand(), err, "--dataset", "xor", "--noise", "0.02", "--hidden", "8",
                "--activation", "tanh", "--train-steps", "400", "--optimizer", "adam", "--lr", "0.02", "--directions", "pca",
                "--grid", "9", "--span", "0.5", "--seed", "3", "--train-size", "200", "--test-size", "100",
                "--out", out.toString(), "--test-out", test.toString());
        assertEquals(0, rc, err.toString());
        ScalarGrid g = LandscapeFileReader.readNpy(out, new Domain(-0.5, 0.5, -0.5, 0.5));
        assertEquals(9, g.nx());
        JsonNode side = new ObjectMapper().readTree(dir.resolve("land.json").toFile());
        assertEquals(side.at("/final/train_loss").asDouble(), g.at(4, 4), 1e-12, "centre of the grid is θ*");
        assertTrue(side.at("/final/test_accuracy").asDouble() > 0.9, side.toString());
        assertEquals("pca", side.at("/directions/kind").asText());
        JsonNode ev = side.at("/directions/explained_variance");
        assertTrue(ev.get(0).asDouble() >= ev.get(1).asDouble() && ev.get(0).asDouble() + ev.get(1).asDouble() <= 1 + 1e-12);
        assertEquals(5, side.get("top_hessian_eigenvalues").size());
        assertEquals(0, side.get("path").get(side.get("path").size() - 1).get("a").asDouble(), 1e-12, "path ends at θ*");
        assertTrue(Files.size(test) > 128);
    }

    @Test
    void badOptionsAreOneLineErrors() {
        StringWriter err = new StringWriter();
        assertEquals(2, CriticalCommandTest.run(new LandscapeCommand(), err, "--directions", "random", "--out", dir.resolve("x.npy").toString()));
        assertTrue(err.toString().contains("--directions must be filter, hessian or pca"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, CriticalCommandTest.run(new LandscapeCommand(), err, "--dataset", "iris", "--out", dir.resolve("x.npy").toString()));
        assertTrue(err.toString().contains("unknown dataset 'iris'"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, CriticalCommandTest.run(new LandscapeCommand(), err, "--hidden", "8,x", "--out", dir.resolve("x.npy").toString()));
        assertTrue(err.toString().contains("--hidden: 'x' is not a whole number"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, CriticalCommandTest.run(new LandscapeCommand(), err, "--optimizer", "newton", "--train-steps", "1",
                "--out", dir.resolve("x.npy").toString()));
        assertTrue(err.toString().contains("networks train with sgd"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.npy")));
    }
}
