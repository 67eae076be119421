package org.saddlepoint.render;

import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.PointFunction;

/**
 * Gradient samples on an n×n lattice of cell centres of a domain, drawn as arrows along the
 * descent direction −∇f. Arrays are row-major like grids: index iy·n + ix.
 */
public record GradientField(Domain domain, int n, double[] gx, double[] gy) {
    public GradientField {
        if (n < 1 || gx.length != n * n || gy.length != n * n) throw new IllegalArgumentException("gradient field needs n·n samples");
    }

    /** Samples ∇f at the n×n cell centres (uses {@code f} on the calling thread). */
    public static GradientField sample(PointFunction f, Domain domain, int n) {
        double[] gx = new double[n * n], gy = new double[n * n], g = new double[2];
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                f.gradient(x(domain, n, ix), y(domain, n, iy), g);
                gx[iy * n + ix] = g[0];
                gy[iy * n + ix] = g[1];
            }
        }
        return new GradientField(domain, n, gx, gy);
    }

    /** x of lattice column ix: the centre of the ix-th of n equal columns. */
    public static double x(Domain d, int n, int ix) { return d.xMin() + (ix + 0.5) * d.width() / n; }

    public static double y(Domain d, int n, int iy) { return d.yMin() + (iy + 0.5) * d.height() / n; }
}
