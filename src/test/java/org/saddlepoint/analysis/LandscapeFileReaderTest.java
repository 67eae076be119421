package org.saddlepoint.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saddlepoint.render.NpyWriter;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

class LandscapeFileReaderTest {
    @TempDir Path dir;

    static final Domain D = new Domain(-1, 1, 0, 2);

    Path resource(String name) throws Exception {
        return Path.of(getClass().getResource(name).toURI());
    }

    @Test
    void readsNumpyWrittenFilesInCAndFortranOrder() throws Exception {
        // fixtures written by numpy 2.4: z = [[1.5, 2.5, 3.5], [4.5, 5.5, 6.5]] (rows = y)
        ScalarGrid f = LandscapeFileReader.readNpy(resource("f32_fortran.npy"), D);
        assertEquals(3, f.nx());
        assertEquals(2, f.ny());
        assertArrayEquals(new double[] {1.5, 2.5, 3.5, 4.5, 5.5, 6.5}, f.values(), 0);
        ScalarGrid c = LandscapeFileReader.readNpy(resource("f8_c.npy"), D);
        assertArrayEquals(new double[] {3, 5, 7, 9, 11, 13}, c.values(), 0);
    }

    @Test
    void roundTripsTheProjectsOwnNpyWriter() throws Exception {
        double[] z = new double[20];
        for (int i = 0; i < z.length; i++) z[i] = Math.sin(i) * 1e3;
        Path p = dir.resolve("g.npy");
        NpyWriter.write(p, new ScalarGrid(D, 5, 4, z));
        ScalarGrid g = LandscapeFileReader.readNpy(p, D);
        assertArrayEquals(z, g.values(), 0);
        assertEquals(5, g.nx());
    }

    @Test
    void npyErrorsNameTheFileAndTheProblem() throws Exception {
        assertMessage(() -> LandscapeFileReader.readNpy(resource("int_grid.npy"), D), "int_grid.npy: .npy dtype '<i8' is not supported");
        assertMessage(() -> LandscapeFileReader.readNpy(resource("vector.npy"), D), "vector.npy: .npy array has 1 dimension(s), expected 2");
        Path junk = dir.resolve("junk.npy");
        Files.writeString(junk, "hello");
        assertMessage(() -> LandscapeFileReader.readNpy(junk, D), "junk.npy: not a .npy file");
        Path cut = dir.resolve("cut.npy");
        byte[] full = Files.readAllBytes(resource("f8_c.npy"));
        Files.write(cut, java.util.Arrays.copyOf(full, full.length - 8));
        assertMessage(() -> LandscapeFileReader.readNpy(cut, D), "cut.npy: truncated data");
        assertMessage(() -> LandscapeFileReader.readNpy(dir.resolve("none.npy"), D), "none.npy: no such file");
    }

    @Test
    void readsLossLandscapeHdf5AndTransposes() throws Exception {
        Path p = dir.resolve("surf.h5");
        double[] xs = {-1, -0.5, 0, 0.5, 1}, ys = {-2, 0, 2};
        double[][] loss = new double[5][3]; // loss-landscape stores surf[ix][iy]
        for (int i = 0; i < 5; i++) for (int j = 0; j < 3; j++) loss[i][j] = 10 * i + j;
        try (WritableHdfFile w = HdfFile.write(p)) {
            w.putDataset("xcoordinates", xs);
            w.putDataset("ycoordinates", ys);
            w.putDataset("train_loss", loss);
        }
        ScalarGrid g = LandscapeFileReader.readHdf5(p, "train_loss");
        assertEquals(5, g.nx());
        assertEquals(3, g.ny());
        assertEquals(new Domain(-1, 1, -2, 2), g.domain());
        for (int i = 0; i < 5; i++) for (int j = 0; j < 3; j++) assertEquals(10 * i + j, g.at(i, j), 0);
        assertMessage(() -> LandscapeFileReader.readHdf5(p, "test_loss"), "surf.h5: no dataset 'test_loss' (it has: ");
    }

    @Test
    void hdf5ErrorsNameTheFileAndTheProblem() throws Exception {
        Path bad = dir.resolve("bad.h5");
        try (WritableHdfFile w = HdfFile.write(bad)) {
            w.putDataset("xcoordinates", new double[] {0, 1, 3});
            w.putDataset("ycoordinates", new double[] {0, 1});
            w.putDataset("train_loss", new double[3][2]);
            w.putDataset("test_loss", new double[2][3]);
        }
        assertMessage(() -> LandscapeFileReader.readHdf5(bad, "train_loss"), "bad.h5: 'xcoordinates' is not evenly spaced");
        assertMessage(() -> LandscapeFileReader.readHdf5(bad, "test_loss"), "bad.h5: 'test_loss' is 2×3 but the coordinates are 3 (x) and 2 (y)");
        Path text = dir.resolve("text.h5");
        Files.writeString(text, "not hdf5 at all");
        assertMessage(() -> LandscapeFileReader.readHdf5(text, "train_loss"), "text.h5: not a readable HDF5 file");
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable e, String start) {
        IOException ex = assertThrows(IOException.class, e);
        String m = ex.getMessage();
        assertTrue(m.contains(start), m);
        assertEquals(1, m.lines().count(), m);
    }
}
