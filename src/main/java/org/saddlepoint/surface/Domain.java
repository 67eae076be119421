package org.saddlepoint.surface;

/** The rectangle [xMin, xMax] × [yMin, yMax] a surface is shown and sampled on. */
public record Domain(double xMin, double xMax, double yMin, double yMax) {
    public Domain {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("domain bounds must be finite numbers");
        }
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("domain needs xMin < xMax and yMin < yMax, got "
                    + xMin + "," + xMax + "," + yMin + "," + yMax);
        }
    }

    public double width() { return xMax - xMin; }

    public double height() { return yMax - yMin; }

    public boolean contains(double x, double y) { return x >= xMin && x <= xMax && y >= yMin && y <= yMax; }

    /** Parses "XMIN,XMAX,YMIN,YMAX". */
    public static Domain parse(String text) {
        String[] p = text.split(",");
        if (p.length != 4) throw new IllegalArgumentException("expected XMIN,XMAX,YMIN,YMAX, got '" + text + "'");
        try {
            return new Domain(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                    Double.parseDouble(p[2].trim()), Double.parseDouble(p[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected four numbers XMIN,XMAX,YMIN,YMAX, got '" + text + "'");
        }
    }
}
