package org.saddlepoint.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The grammar behind {@link Schedules#parse}: {@code NAME[:key=value,...]}, and {@code warmup:...+SPEC}. */
final class ScheduleParser {
    private ScheduleParser() { }

    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("constant", List.of()),
            Map.entry("step", List.of("step_size", "gamma")),
            Map.entry("multistep", List.of("milestones", "gamma")),
            Map.entry("exp", List.of("gamma")),
            Map.entry("cosine", List.of("t_max", "eta_min")),
            Map.entry("poly", List.of("total_iters", "power")),
            Map.entry("linear", List.of("start_factor", "end_factor", "total_iters")),
            Map.entry("cyclic", List.of("base_lr", "max_lr", "step_size_up", "step_size_down")),
            Map.entry("inv", List.of("gamma", "power")),
            Map.entry("sigmoid", List.of("gamma", "step")),
            Map.entry("exp_range", List.of("start", "end", "steps")),
            Map.entry("warmup", List.of("steps", "start_factor")));

    static Schedule parse(String text) {
        if (text == null || text.isBlank()) return Schedule.CONSTANT;
        String spec = text.strip();
        int colon = spec.indexOf(':');
        String name = (colon < 0 ? spec : spec.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        if (!KEYS.containsKey(name)) {
            throw new IllegalArgumentException("unknown schedule '" + name + "'" + suggest(name, Schedules.NAMES)
                    + " (expected one of " + String.join(", ", Schedules.NAMES) + ")");
        }
        String body = colon < 0 ? "" : spec.substring(colon + 1);
        String rest = null;
        if (name.equals("warmup")) {
            int plus = splitPoint(body);
            if (plus < 0) throw new IllegalArgumentException("schedule 'warmup': expected warmup:steps=W[,start_factor=F]+SPEC, e.g. warmup:steps=10+cosine:t_max=100");
            rest = body.substring(plus + 1);
            body = body.substring(0, plus);
        }
        Args args = new Args(name, body, KEYS.get(name));
        Schedule s = switch (name) {
            case "constant" -> Schedule.CONSTANT;
            case "step" -> new Schedules.Step(args.positiveInt("step_size", null), args.number("gamma", 0.1));
            case "multistep" -> new Schedules.MultiStep(args.milestones(), args.number("gamma", 0.1));
            case "exp" -> new Schedules.Exponential(args.number("gamma", null));
            case "cosine" -> new Schedules.Cosine(args.positiveInt("t_max", null), args.number("eta_min", 0.0));
            case "poly" -> new Schedules.Polynomial(args.positiveInt("total_iters", 5), args.number("power", 1.0));
            case "linear" -> linear(args);
            case "cyclic" -> cyclic(args);
            case "inv" -> new Schedules.Inv(args.nonNegative("gamma", null), args.number("power", null));
            case "sigmoid" -> new Schedules.Sigmoid(args.number("gamma", null), args.nonNegativeInt("step", null));
            case "exp_range" -> expRange(args);
            case "warmup" -> warmup(args, rest);
            default -> throw new IllegalStateException(name);
        };
        args.checkAllUsed();
        return s;
    }

    private static Schedule linear(Args args) {
        double s = args.number("start_factor", 1.0 / 3), e = args.number("end_factor", 1.0);
        int total = args.positiveInt("total_iters", 5);
        if (!(s > 0 && s <= 1)) throw args.error("start_factor=" + Schedules.num(s) + " must be in (0, 1]");
        if (!(e >= 0 && e <= 1)) throw args.error("end_factor=" + Schedules.num(e) + " must be in [0, 1]");
        return new Schedules.Linear(s, e, total);
    }

    private static Schedule cyclic(Args args) {
        double base = args.nonNegative("base_lr", null), max = args.nonNegative("max_lr", null);
        int up = args.positiveInt("step_size_up", 2000);
        int down = args.has("step_size_down") ? args.positiveInt("step_size_down", null) : up;
        return new Schedules.Cyclic(base, max, up, down);
    }

    private static Schedule expRange(Args args) {
        double start = args.number("start", null), end = args.number("end", null);
        if (!(start > 0)) throw args.error("start=" + Schedules.num(start) + " must be > 0");
        if (!(end > 0)) throw args.error("end=" + Schedules.num(end) + " must be > 0");
        int steps = args.positiveInt("steps", null);
        if (steps < 2) throw args.error("steps=" + steps + " must be ≥ 2");
        return new Schedules.ExpRange(start, end, steps);
    }

    private static Schedule warmup(Args args, String rest) {
        int steps = args.positiveInt("steps", null);
        double f = args.number("start_factor", 1.0 / 3);
        if (!(f > 0 && f <= 1)) throw args.error("start_factor=" + Schedules.num(f) + " must be in (0, 1]");
        if (rest.isBlank()) throw args.error("nothing after '+' (expected a schedule, e.g. +cosine:t_max=100)");
        return new Schedules.Warmup(steps, f, parse(rest));
    }

    /** The '+' that starts the next schedule: one followed by a letter (so 1e+5 stays a number). */
    private static int splitPoint(String body) {
        for (int i = 0; i < body.length() - 1; i++) {
            if (body.charAt(i) == '+' && Character.isLetter(body.charAt(i + 1))) return i;
        }
        return body.endsWith("+") ? body.length() - 1 : -1;
    }

    static String suggest(String word, List<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best != null && bestD <= Math.max(1, best.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String s, String t) {
        int[] prev = new int[t.length() + 1], cur = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) prev[j] = j;
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int sub = prev[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[t.length()];
    }

    /** The key=value pairs of one schedule, checked against the keys it knows. */
    private static final class Args {
        final String name;
        final List<String> known;
        final Map<String, String> values = new LinkedHashMap<>();
        final java.util.Set<String> used = new java.util.HashSet<>();

        Args(String name, String body, List<String> known) {
            this.name = name;
            this.known = known;
            if (body.isBlank()) return;
            for (String part : body.split(",", -1)) {
                String p = part.strip();
                int eq = p.indexOf('=');
                if (eq <= 0) throw error("expected key=value, got '" + p + "'" + usage());
                String key = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = p.substring(eq + 1).strip();
                if (!known.contains(key)) {
                    String hint = suggest(key, known);
                    throw error("unknown key '" + key + "'" + (hint.isEmpty() ? usage() : hint));
                }
                if (values.put(key, value) != null) throw error("key '" + key + "' given twice");
            }
        }

        String usage() {
            return known.isEmpty() ? " (it takes no keys)" : " (expected keys: " + String.join(", ", known) + ")";
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("schedule '" + name + "': " + what);
        }

        boolean has(String key) { return values.containsKey(key); }

        private String raw(String key, Object fallback) {
            used.add(key);
            String v = values.get(key);
            if (v == null && fallback == null) throw error("missing key '" + key + "'" + usage());
            return v;
        }

        double number(String key, Double fallback) {
            String v = raw(key, fallback);
            if (v == null) return fallback;
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) return d;
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
            throw error(key + "='" + v + "' is not a finite number");
        }

        double nonNegative(String key, Double fallback) {
            double d = number(key, fallback);
            if (d < 0) throw error(key + "=" + Schedules.num(d) + " must be ≥ 0");
            return d;
        }

        int positiveInt(String key, Integer fallback) {
            int n = integer(key, fallback);
            if (n < 1) throw error(key + "=" + n + " must be a positive integer");
            return n;
        }

        int nonNegativeInt(String key, Integer fallback) {
            int n = integer(key, fallback);
            if (n < 0) throw error(key + "=" + n + " must be an integer ≥ 0");
            return n;
        }

        private int integer(String key, Integer fallback) {
            String v = raw(key, fallback);
            if (v == null) return fallback;
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error(key + "='" + v + "' is not an integer");
            }
        }

        int[] milestones() {
            String v = raw("milestones", null);
            String[] parts = v.split(";", -1);
            int[] m = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    m[i] = Integer.parseInt(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw error("milestones='" + v + "': '" + parts[i].strip() + "' is not an integer (expected e.g. milestones=50;120)");
                }
                if (m[i] < 0) throw error("milestones='" + v + "': " + m[i] + " must be ≥ 0");
                if (i > 0 && m[i] <= m[i - 1]) throw error("milestones='" + v + "' must be strictly increasing");
            }
            return m;
        }

        void checkAllUsed() {
            for (String k : values.keySet()) {
                if (!used.contains(k)) throw error("key '" + k + "' is not used" + usage());
            }
        }
    }
}
