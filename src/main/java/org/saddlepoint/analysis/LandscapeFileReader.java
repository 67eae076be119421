package org.saddlepoint.analysis;

import io.jhdf.HdfFile;
import io.jhdf.api.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;

/**
 * Reads landscapes computed elsewhere into a {@link ScalarGrid}:
 * <ul>
 *   <li>HDF5 files of the loss-landscape tool (Li et al.): 1-D {@code xcoordinates} and
 *       {@code ycoordinates} and a 2-D surface ({@code train_loss}, {@code train_acc},
 *       {@code test_loss}, {@code test_acc}, …) stored as {@code surf[ix][iy]} (its loops run
 *       over itertools.product(x, y)); it is transposed into ScalarGrid's {@code z[iy·nx + ix]}.
 *       Coordinates must be evenly spaced and ascending.</li>
 *   <li>NumPy {@code .npy} 2-D grids ({@code '<f8'}, {@code '<f4'}, {@code '>f8'}, {@code '>f4'},
 *       C or Fortran order) of shape (ny, nx), {@code z[row=y][col=x]} as the sample command
 *       writes them, on a domain the caller gives.</li>
 * </ul>
 * Every failure is an IOException with one line naming the file and what is wrong.
 */
public final class LandscapeFileReader {
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private LandscapeFileReader() { }

    /** Reads surface {@code name} (e.g. {@code train_loss}) from a loss-landscape HDF5 file. */
    public static ScalarGrid readHdf5(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such file");
        double[] xs, ys, surf;
        int[] dims;
        try (HdfFile hdf = new HdfFile(file)) {
            xs = vector(file, hdf, "xcoordinates");
            ys = vector(file, hdf, "ycoordinates");
            io.jhdf.api.Dataset d = dataset(file, hdf, name);
            dims = d.getDimensions();
            if (dims.length != 2) {
                throw new IOException(file + ": '" + name + "' has " + dims.length + " dimensions, expected 2 (len(xcoordinates), len(ycoordinates))");
            }
            surf = toDoubles(file, name, d.getDataFlat());
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable HDF5 file (" + oneLine(e) + ")", e);
        }
        if (dims[0] != xs.length || dims[1] != ys.length) {
            throw new IOException(file + ": '" + name + "' is " + dims[0] + "×" + dims[1] + " but the coordinates are "
                    + xs.length + " (x) and " + ys.length + " (y)");
        }
        checkEven(file, "xcoordinates", xs);
        checkEven(file, "ycoordinates", ys);
        int nx = xs.length, ny = ys.length;
        double[] z = new double[nx * ny];
        for (int ix = 0; ix < nx; ix++) for (int iy = 0; iy < ny; iy++) z[iy * nx + ix] = surf[ix * ny + iy];
        return new ScalarGrid(new Domain(xs[0], xs[nx - 1], ys[0], ys[ny - 1]), nx, ny, z);
    }

    /** Reads a 2-D .npy grid of shape (ny, nx) onto {@code domain}. */
    public static ScalarGrid readNpy(Path file, Domain domain) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such file");
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            byte[] magic = in.readNBytes(8);
            if (magic.length < 8 || (magic[0] & 0xff) != 0x93 || magic[1] != 'N' || magic[2] != 'U' || magic[3] != 'M'
                    || magic[4] != 'P' || magic[5] != 'Y') {
                throw new IOException(file + ": not a .npy file (bad magic)");
            }
            int major = magic[6];
            byte[] lenBytes = in.readNBytes(major == 1 ? 2 : 4);
            if (major < 1 || major > 3 || lenBytes.length < (major == 1 ? 2 : 4)) throw new IOException(file + ": unsupported .npy version " + major);
            long headerLen = ByteBuffer.wrap(major == 1 ? new byte[] {lenBytes[0], lenBytes[1], 0, 0} : lenBytes)
                    .order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
            if (headerLen > 1 << 20) throw new IOException(file + ": .npy header too long");
            byte[] hb = in.readNBytes((int) headerLen);
            if (hb.length < headerLen) throw new IOException(file + ": truncated .npy header");
            String header = new String(hb, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            String descr = group(file, DESCR, header, "descr");
            boolean fortran = group(file, FORTRAN, header, "fortran_order").equals("True");
            String[] shape = group(file, SHAPE, header, "shape").split(",");
            int count = 0;
            int[] dims = new int[2];
            for (String s : shape) {
                if (s.isBlank()) continue;
                if (count == 2) throw new IOException(file + ": .npy array has more than 2 dimensions, expected (ny, nx)");
                try {
                    dims[count++] = Integer.parseInt(s.trim());
                } catch (NumberFormatException e) {
                    throw new IOException(file + ": bad .npy shape '" + s.trim() + "'");
                }
            }
            if (count != 2) throw new IOException(file + ": .npy array has " + count + " dimension(s), expected 2 (ny, nx)");
            int ny = dims[0], nx = dims[1];
            if (nx < 2 || ny < 2) throw new IOException(file + ": grid is " + ny + "×" + nx + ", needs at least 2×2");
            int size;
            ByteOrder order;
            switch (descr) {
                case "<f8" -> { size = 8; order = ByteOrder.LITTLE_ENDIAN; }
                case ">f8" -> { size = 8; order = ByteOrder.BIG_ENDIAN; }
                case "<f4" -> { size = 4; order = ByteOrder.LITTLE_ENDIAN; }
                case ">f4" -> { size = 4; order = ByteOrder.BIG_ENDIAN; }
                default -> throw new IOException(file + ": .npy dtype '" + descr + "' is not supported (expected float64 or float32)");
            }
            long bytes = (long) nx * ny * size;
            if (bytes > Integer.MAX_VALUE) throw new IOException(file + ": grid too large");
            byte[] raw = in.readNBytes((int) bytes);
            if (raw.length < bytes) throw new IOException(file + ": truncated data (" + raw.length + " of " + bytes + " bytes)");
            ByteBuffer buf = ByteBuffer.wrap(raw).order(order);
            double[] z = new double[nx * ny];
            for (int k = 0; k < z.length; k++) {
                double v = size == 8 ? buf.getDouble() : buf.getFloat();
                if (fortran) z[(k % ny) * nx + k / ny] = v;
                else z[k] = v;
            }
            return new ScalarGrid(domain, nx, ny, z);
        }
    }

    private static String group(Path file, Pattern p, String header, String what) throws IOException {
        Matcher m = p.matcher(header);
        if (!m.find()) throw new IOException(file + ": .npy header has no " + what);
        return m.group(1);
    }

    private static io.jhdf.api.Dataset dataset(Path file, HdfFile hdf, String name) throws IOException {
        Node node = hdf.getChild(name);
        if (node == null) {
            throw new IOException(file + ": no dataset '" + name + "' (it has: " + String.join(", ", hdf.getChildren().keySet()) + ")");
        }
        if (!(node instanceof io.jhdf.api.Dataset d)) throw new IOException(file + ": '" + name + "' is not a dataset");
        return d;
    }

    private static double[] vector(Path file, HdfFile hdf, String name) throws IOException {
        io.jhdf.api.Dataset d = dataset(file, hdf, name);
        if (d.getDimensions().length != 1) throw new IOException(file + ": '" + name + "' must be 1-D, has " + d.getDimensions().length + " dimensions");
        double[] v = toDoubles(file, name, d.getDataFlat());
        if (v.length < 2) throw new IOException(file + ": '" + name + "' needs at least 2 values (a 1-D landscape is not a grid)");
        return v;
    }

    private static double[] toDoubles(Path file, String name, Object data) throws IOException {
        if (data instanceof double[] d) return d;
        if (data instanceof float[] f) {
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) d[i] = f[i];
            return d;
        }
        throw new IOException(file + ": '" + name + "' is not floating point (" + (data == null ? "null" : data.getClass().getSimpleName()) + ")");
    }

    private static void checkEven(Path file, String name, double[] v) throws IOException {
        double step = (v[v.length - 1] - v[0]) / (v.length - 1);
        if (!(step > 0)) throw new IOException(file + ": '" + name + "' must be ascending");
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(v[i] - (v[0] + i * step)) > 1e-6 * Math.abs(step) * v.length) {
                throw new IOException(file + ": '" + name + "' is not evenly spaced (value " + i + " is " + v[i] + ")");
            }
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
