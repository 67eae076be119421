package org.saddlepoint.surface;

import java.util.List;

/**
 * Reads the examples of a {@code [data]} table: exactly one of the arrays {@code u}, {@code v},
 * {@code t}, a list of {@code [[data.points]]} (u, v, t), or a seeded {@code [data.generator]}.
 */
final class DataReader {
    private static final List<String> COMMON = List.of("kind", "n", "noise", "seed");
    private final TomlTable d;

    DataReader(TomlTable d) { this.d = d; }

    Dataset dataset() {
        boolean arrays = d.has("u") || d.has("v") || d.has("t");
        boolean points = d.has("points");
        boolean generator = d.has("generator");
        int sources = (arrays ? 1 : 0) + (points ? 1 : 0) + (generator ? 1 : 0);
        if (sources == 0) throw d.missing("generator", "or u/v/t arrays, or [[data.points]]");
        if (sources > 1) {
            String second = generator ? "generator" : "points";
            throw d.errorAt(second, "give the examples one way only: u/v/t arrays, [[data.points]] or [data.generator]");
        }
        if (arrays) return arrays();
        if (points) return points();
        return generator(d.table("generator", "the generator"));
    }

    private Dataset arrays() {
        double[] u = d.numbers("u", -1, "feature u of each example");
        double[] v = d.numbers("v", -1, "feature v of each example");
        double[] t = d.numbers("t", -1, "target of each example");
        if (u.length == 0) throw d.errorAt("u", "the dataset is empty");
        if (v.length != u.length) throw d.errorAt("v", "v has " + v.length + " values but u has " + u.length);
        if (t.length != u.length) throw d.errorAt("t", "t has " + t.length + " values but u has " + u.length);
        if (u.length > DatasetGenerator.MAX_EXAMPLES) throw d.errorAt("u", "at most " + DatasetGenerator.MAX_EXAMPLES + " examples");
        return new Dataset(u, v, t);
    }

    private Dataset points() {
        List<TomlTable> list = d.tables("points");
        if (list.isEmpty()) throw d.errorAt("points", "the dataset is empty");
        double[] u = new double[list.size()], v = new double[list.size()], t = new double[list.size()];
        for (int i = 0; i < list.size(); i++) {
            TomlTable p = list.get(i);
            p.allowOnly(List.of("u", "v", "t"));
            u[i] = p.number("u", "feature u");
            v[i] = p.number("v", "feature v");
            t[i] = p.number("t", "target");
        }
        return new Dataset(u, v, t);
    }

    private Dataset generator(TomlTable g) {
        String k = g.string("kind", "line, blobs or two_features");
        DatasetGenerator.Kind kind = DatasetGenerator.Kind.byFileName(k);
        if (kind == null) {
            throw g.errorAt("kind", "unknown generator '" + k + "'" + Suggestions.hint(k, List.of("line", "blobs", "two_features")));
        }
        List<String> extra = switch (kind) {
            case LINE -> List.of("u_range", "w");
            case BLOBS -> List.of("center", "flip");
            case TWO_FEATURES -> List.of("u_range", "v_range", "w");
        };
        List<String> allowed = new java.util.ArrayList<>(COMMON);
        allowed.addAll(extra);
        g.allowOnly(allowed);
        long n = g.integer("n", "number of examples");
        if (n < 2 || n > DatasetGenerator.MAX_EXAMPLES) throw g.errorAt("n", "n must be in [2, " + DatasetGenerator.MAX_EXAMPLES + "], got " + n);
        double noise = g.optNumber("noise", 0);
        if (noise < 0) throw g.errorAt("noise", "noise must be ≥ 0");
        long seed = g.integer("seed", "random seed");
        DatasetGenerator base = DatasetGenerator.of(kind, (int) n, noise, seed);
        double[] uRange = range(g, "u_range", base.uRange());
        double[] vRange = range(g, "v_range", base.vRange());
        double[] w = g.has("w") ? g.optNumbers("w", 2) : base.weights();
        double[] center = g.has("center") ? g.optNumbers("center", 2) : base.center();
        double flip = g.optNumber("flip", 0);
        if (flip < 0 || flip > 1) throw g.errorAt("flip", "flip (fraction of labels flipped) must be in [0, 1]");
        return new DatasetGenerator(kind, (int) n, noise, seed, uRange, vRange, w, center, flip).generate();
    }

    private static double[] range(TomlTable g, String key, double[] fallback) {
        if (!g.has(key)) return fallback;
        double[] r = g.optNumbers(key, 2);
        if (!(r[0] < r[1])) throw g.errorAt(key, key + " needs lo < hi");
        return r;
    }
}
