package org.saddlepoint.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the expression grammar:
 * <pre>
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := ('-' | '+') unary | power
 *   power   := primary ('^' unary)?          right-associative; -x^2 = -(x^2), 2^-1 allowed
 *   primary := number | name | name '(' expr (',' expr)* ')' | '(' expr ')'
 * </pre>
 * Names are {@code x}, {@code y}, the declared parameters, the constants {@code pi} and
 * {@code e}, and the functions of {@link Function}. Every fault is an {@link ExprException}
 * with its column; inputs longer than {@value #MAX_LENGTH} characters or nested deeper than
 * {@value #MAX_NESTING} levels (or whose tree is deeper than {@value #MAX_DEPTH}) are refused before they can exhaust the stack.
 */
public final class ExprParser {
    public static final int MAX_LENGTH = 20_000;
    /** Deepest syntax tree accepted (long chains such as x+x+…+x count one level per operator). */
    public static final int MAX_DEPTH = 400;
    /**
     * Deepest nesting of parentheses, calls, signs and exponents: each level costs several
     * stack frames of the recursive descent, so this is kept well below {@link #MAX_DEPTH}.
     */
    public static final int MAX_NESTING = 100;
    public static final Set<String> VARIABLES = Set.of("x", "y");

    private final String src;
    private final Set<String> parameters;
    private int pos;

    private ExprParser(String src, Collection<String> parameters) {
        this.src = src;
        this.parameters = new LinkedHashSet<>(parameters);
    }

    /** Parses {@code source} with no surface parameters. */
    public static Expr parse(String source) { return parse(source, List.of()); }

    /** Parses {@code source}; names in {@code parameters} become {@link Expr.Var}s. */
    public static Expr parse(String source, Collection<String> parameters) {
        if (source == null) throw new ExprException("", 1, "empty expression");
        if (source.length() > MAX_LENGTH) {
            throw new ExprException(source.substring(0, 80), 1,
                    "expression too long (" + source.length() + " characters; the limit is " + MAX_LENGTH + ")");
        }
        for (String p : parameters) {
            if (VARIABLES.contains(p) || p.equals("pi") || p.equals("e") || Function.bySymbol(p).isPresent()) {
                throw new ExprException(source, 1, "parameter name '" + p + "' is reserved");
            }
        }
        ExprParser parser = new ExprParser(source, parameters);
        parser.skipSpace();
        if (parser.pos >= source.length()) throw new ExprException(source, 1, "empty expression");
        Node n = parser.expr(0);
        parser.skipSpace();
        if (parser.pos < source.length()) {
            char c = source.charAt(parser.pos);
            String what = c == ')' ? "unmatched ')'" : "unexpected '" + c + "' after a complete expression";
            throw parser.error(parser.pos, what);
        }
        return n.e;
    }

    /** A parsed subtree and its depth, so deep inputs are refused as they are read. */
    private record Node(Expr e, int depth) { }

    private Node make(Expr e, int start, int... depths) {
        int d = 0;
        for (int x : depths) d = Math.max(d, x);
        if (d + 1 > MAX_DEPTH) throw error(start, "expression nested too deeply (limit " + MAX_DEPTH + " levels)");
        return new Node(e, d + 1);
    }

    private Node expr(int level) {
        checkLevel(level);
        int start = pos;
        Node left = term(level);
        while (true) {
            skipSpace();
            if (peek('+') || peek('-')) {
                BinaryOp op = src.charAt(pos) == '+' ? BinaryOp.ADD : BinaryOp.SUB;
                pos++;
                Node right = term(level);
                left = make(new Expr.Bin(op, left.e, right.e), start, left.depth, right.depth);
            } else {
                return left;
            }
        }
    }

    private Node term(int level) {
        int start = pos;
        Node left = unary(level);
        while (true) {
            skipSpace();
            if (peek('*') || peek('/')) {
                BinaryOp op = src.charAt(pos) == '*' ? BinaryOp.MUL : BinaryOp.DIV;
                pos++;
                Node right = unary(level);
                left = make(new Expr.Bin(op, left.e, right.e), start, left.depth, right.depth);
            } else {
                return left;
            }
        }
    }

    private Node unary(int level) {
        checkLevel(level);
        skipSpace();
        int start = pos;
        if (peek('-')) {
            pos++;
            Node inner = unary(level + 1);
            return make(new Expr.Neg(inner.e), start, inner.depth);
        }
        if (peek('+')) {
            pos++;
            return unary(level + 1);
        }
        return power(level);
    }

    private Node power(int level) {
        int start = pos;
        Node base = primary(level);
        skipSpace();
        if (peek('^')) {
            pos++;
            Node exponent = unary(level + 1);
            return make(new Expr.Bin(BinaryOp.POW, base.e, exponent.e), start, base.depth, exponent.depth);
        }
        return base;
    }

    private Node primary(int level) {
        skipSpace();
        if (pos >= src.length()) throw error(pos, "unexpected end of input: expected a number, a name or '('");
        char c = src.charAt(pos);
        if (c == '(') {
            int open = pos;
            pos++;
            Node inner = expr(level + 1);
            skipSpace();
            if (!peek(')')) {
                if (pos >= src.length()) throw error(open, "'(' is never closed");
                throw error(pos, "expected ')' but found '" + src.charAt(pos) + "'");
            }
            pos++;
            return inner;
        }
        if (isAsciiDigit(c) || c == '.') return number();
        if (Character.isLetter(c) || c == '_') return name(level);
        if (c == ')') throw error(pos, "expected a number, a name or '(' but found ')'");
        if ("+-*/^,".indexOf(c) >= 0) throw error(pos, "expected a number, a name or '(' but found '" + c + "'");
        throw error(pos, "unexpected character '" + printable(c) + "'");
    }

    private Node number() {
        int start = pos;
        while (pos < src.length() && isAsciiDigit(src.charAt(pos))) pos++;
        if (peek('.')) {
            pos++;
            while (pos < src.length() && isAsciiDigit(src.charAt(pos))) pos++;
        }
        if (pos - start == 1 && src.charAt(start) == '.') throw error(start, "malformed number '.'");
        if (peek('e') || peek('E')) {
            int save = pos;
            pos++;
            if (peek('+') || peek('-')) pos++;
            if (pos < src.length() && isAsciiDigit(src.charAt(pos))) {
                while (pos < src.length() && isAsciiDigit(src.charAt(pos))) pos++;
            } else {
                pos = save; // "2e" is 2 times the constant e? No: refuse clearly below.
                if (pos + 1 >= src.length() || !Character.isLetterOrDigit(src.charAt(pos + 1))) {
                    throw error(save, "malformed exponent in number '" + src.substring(start, Math.min(src.length(), save + 2)) + "'");
                }
            }
        }
        String text = src.substring(start, pos);
        double v = Double.parseDouble(text);
        if (Double.isInfinite(v)) throw error(start, "number '" + text + "' is too large");
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            throw error(pos, "missing operator between '" + text + "' and '" + src.charAt(pos) + "' (write " + text + "*" + src.charAt(pos) + ")");
        }
        return new Node(new Expr.Num(v), 1);
    }

    private Node name(int level) {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        String name = src.substring(start, pos);
        int afterName = pos;
        skipSpace();
        if (peek('(')) {
            Function fn = Function.bySymbol(name).orElseThrow(() -> error(start,
                    "unknown function '" + name + "'" + suggestion(name, Function.symbols())));
            pos++;
            List<Node> args = new ArrayList<>();
            skipSpace();
            if (!peek(')')) {
                while (true) {
                    args.add(expr(level + 1));
                    skipSpace();
                    if (peek(',')) { pos++; continue; }
                    if (peek(')')) break;
                    if (pos >= src.length()) throw error(start + name.length(), "'(' of " + name + "( is never closed");
                    throw error(pos, "expected ',' or ')' in the arguments of " + name + " but found '" + src.charAt(pos) + "'");
                }
            }
            pos++;
            if (args.size() != fn.arity()) {
                throw error(start, "'" + name + "' takes " + fn.arity() + " argument" + (fn.arity() == 1 ? "" : "s")
                        + ", got " + args.size());
            }
            List<Expr> es = new ArrayList<>();
            int[] depths = new int[args.size()];
            for (int i = 0; i < args.size(); i++) { es.add(args.get(i).e); depths[i] = args.get(i).depth; }
            return make(new Expr.Call(fn, es), start, depths);
        }
        pos = afterName;
        if (VARIABLES.contains(name) || parameters.contains(name)) return new Node(new Expr.Var(name), 1);
        if (name.equals("pi")) return new Node(new Expr.Num(Math.PI), 1);
        if (name.equals("e")) return new Node(new Expr.Num(Math.E), 1);
        if (Function.bySymbol(name).isPresent()) {
            throw error(start, "'" + name + "' is a function: write " + name + "(...)");
        }
        List<String> known = new ArrayList<>(List.of("x", "y")); // fixed order: deterministic hints
        known.addAll(parameters);
        known.add("pi");
        known.add("e");
        known.addAll(Function.symbols());
        String what = parameters.isEmpty() ? "unknown name '" + name + "'"
                : "unknown name '" + name + "' (known: x, y, " + String.join(", ", parameters) + ")";
        String hint = suggestion(name, known);
        throw error(start, hint.isEmpty() ? what : "unknown name '" + name + "'" + hint);
    }

    private void checkLevel(int level) {
        if (level > MAX_NESTING) throw error(pos, "expression nested too deeply (limit " + MAX_NESTING + " levels)");
    }

    /** Only 0–9: {@code Character.isDigit} also accepts e.g. Arabic-Indic digits, which Double.parseDouble refuses. */
    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    private boolean peek(char c) { return pos < src.length() && src.charAt(pos) == c; }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private ExprException error(int at, String message) {
        return new ExprException(src, at + 1, message);
    }

    private static String printable(char c) {
        return c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** " (did you mean 'sin'?)" when a known name is within edit distance 2, else "". */
    static String suggestion(String name, Collection<String> known) {
        String best = null;
        int bestD = 3;
        for (String k : known) {
            int d = editDistance(name, k);
            if (d < bestD && d < Math.max(2, k.length())) { best = k; bestD = d; }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64) return 99;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
