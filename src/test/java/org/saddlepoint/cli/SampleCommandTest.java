package org.saddlepoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sample} writes float64 .npy with z[row=y][col=x], readable by numpy.load. */
class SampleCommandTest {
    @TempDir Path dir;

    @Test
    void npyLayoutAndValues() throws Exception {
        Path out = dir.resolve("z.npy");
        var r = CliTestSupport.run("sample", "--expr", "x - 10*y", "--domain", "0,3,0,1", "--grid", "4,3", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        int headerLen = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        String header = new String(bytes, 10, headerLen, StandardCharsets.US_ASCII);
        assertEquals(0, (10 + headerLen) % 64, "data aligned to 64 bytes");
        assertEquals(true, header.contains("'descr': '<f8'"));
        assertEquals(true, header.contains("'shape': (3, 4)"), header);
        ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLen, bytes.length - 10 - headerLen).order(ByteOrder.LITTLE_ENDIAN);
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                double x = col, y = row * 0.5;
                assertEquals(x - 10 * y, data.getDouble(), 1e-12, "row " + row + " col " + col);
            }
        }
    }

    @Test
    void csvGrid() throws Exception {
        Path out = dir.resolve("z.csv");
        var r = CliTestSupport.run("sample", "--expr", "x*y", "--domain", "1,2,1,3", "--grid", "2", "--format", "csv", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("1.0,2.0\n3.0,6.0\n", Files.readString(out));
    }

    @Test
    void holesAreNan() throws Exception {
        Path out = dir.resolve("z.csv");
        var r = CliTestSupport.run("sample", "--expr", "log(x)", "--domain", "-1,1,0,1", "--grid", "3,2", "--format", "csv", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("nan,-Infinity,0.0\nnan,-Infinity,0.0\n", Files.readString(out));
    }
}
