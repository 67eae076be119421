package org.saddlepoint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Writes NumPy {@code .npy} version 1.0 files: little-endian float64 ({@code '<f8'}), C order.
 * A grid is written with shape (ny, nx), so {@code numpy.load(f)[row=y][col=x]}.
 */
public final class NpyWriter {
    private NpyWriter() { }

    public static void write(Path target, ScalarGrid grid) throws IOException {
        write(target, grid.values(), grid.ny(), grid.nx());
    }

    /** Writes {@code data} (row-major) with shape (rows, cols). */
    public static void write(Path target, double[] data, int rows, int cols) throws IOException {
        if ((long) rows * cols != data.length) throw new IllegalArgumentException("shape does not match data length");
        AtomicFileWriter.write(target, out -> writeTo(out, data, rows, cols));
    }

    public static void writeTo(OutputStream out, double[] data, int rows, int cols) throws IOException {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
        int unpadded = 10 + dict.length() + 1;
        int padded = (unpadded + 63) / 64 * 64;
        StringBuilder header = new StringBuilder(dict);
        header.append(" ".repeat(padded - unpadded)).append('\n');
        byte[] h = header.toString().getBytes(StandardCharsets.US_ASCII);
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(h.length & 0xff);
        out.write((h.length >> 8) & 0xff);
        out.write(h);
        ByteBuffer buf = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : data) {
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            buf.putDouble(v);
        }
        out.write(buf.array(), 0, buf.position());
    }
}
