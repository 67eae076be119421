package org.saddlepoint.cli;

/** Small parsers for option values, with one-line errors naming the option. */
final class Args {
    private Args() { }

    /** Parses "X,Y" into two finite numbers. */
    static double[] pair(String option, String text) {
        String[] p = text.split(",");
        if (p.length != 2) throw new UserError(option + " expects X,Y (two numbers separated by a comma), got '" + text + "'");
        double[] v = new double[2];
        for (int i = 0; i < 2; i++) {
            try {
                v[i] = Double.parseDouble(p[i].trim());
            } catch (NumberFormatException e) {
                throw new UserError(option + ": '" + p[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) throw new UserError(option + ": values must be finite, got '" + p[i].trim() + "'");
        }
        return v;
    }

    /** Parses "N" or "N,M" into grid sizes in [2, 8192]. */
    static int[] grid(String option, String text) {
        String[] p = text.split(",");
        if (p.length < 1 || p.length > 2) throw new UserError(option + " expects N or N,M, got '" + text + "'");
        int[] v = new int[2];
        for (int i = 0; i < p.length; i++) {
            try {
                v[i] = Integer.parseInt(p[i].trim());
            } catch (NumberFormatException e) {
                throw new UserError(option + ": '" + p[i].trim() + "' is not a whole number");
            }
            if (v[i] < 2 || v[i] > 8192) throw new UserError(option + ": grid sizes must be in [2, 8192], got " + v[i]);
        }
        if (p.length == 1) v[1] = v[0];
        return v;
    }
}
