package org.saddlepoint.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {
    private static final Expr X = new Expr.Var("x"), Y = new Expr.Var("y"), Z = new Expr.Var("z");

    private static Expr parse(String s) { return ExprParser.parse(s, List.of("z", "lr")); }

    private static Expr num(double v) { return new Expr.Num(v); }

    private static Expr bin(BinaryOp op, Expr a, Expr b) { return new Expr.Bin(op, a, b); }

    private static Expr neg(Expr a) { return new Expr.Neg(a); }

    private static ExprException fault(String s) {
        return assertThrows(ExprException.class, () -> ExprParser.parse(s));
    }

    @Test void unaryMinusBindsLooserThanPower() {
        assertEquals(neg(bin(BinaryOp.POW, X, num(2))), parse("-x^2"));
        assertEquals(bin(BinaryOp.POW, neg(X), num(2)), parse("(-x)^2"));
        assertEquals(bin(BinaryOp.POW, num(2), neg(num(1))), parse("2^-1"));
        assertEquals(0.5, eval("2^-1"));
        assertEquals(-4.0, eval("-2^2"));
    }

    @Test void powerIsRightAssociative() {
        assertEquals(bin(BinaryOp.POW, num(2), bin(BinaryOp.POW, num(3), num(2))), parse("2^3^2"));
        assertEquals(512.0, eval("2^3^2"));
        assertEquals(bin(BinaryOp.POW, X, neg(bin(BinaryOp.POW, Y, num(2)))), parse("x^-y^2"));
    }

    @Test void additiveAndMultiplicativeOperatorsAreLeftAssociative() {
        assertEquals(bin(BinaryOp.SUB, bin(BinaryOp.SUB, X, Y), Z), parse("x-y-z"));
        assertEquals(bin(BinaryOp.DIV, bin(BinaryOp.DIV, X, Y), Z), parse("x/y/z"));
        assertEquals(bin(BinaryOp.ADD, X, bin(BinaryOp.MUL, Y, Z)), parse("x+y*z"));
        assertEquals(bin(BinaryOp.MUL, bin(BinaryOp.ADD, X, Y), Z), parse("(x+y)*z"));
        assertEquals(bin(BinaryOp.MUL, neg(X), Y), parse("-x*y"));
        assertEquals(bin(BinaryOp.SUB, X, neg(Y)), parse("x - -y"));
        assertEquals(1.0, eval("8/4/2"));
        assertEquals(-4.0, eval("1-2-3"));
    }

    @Test void repeatedAndPlusSigns() {
        assertEquals(neg(neg(X)), parse("--x"));
        assertEquals(X, parse("+x"));
        assertEquals(neg(X), parse("+-+x"));
        assertEquals(bin(BinaryOp.ADD, X, Y), parse("x + +y"));
    }

    @Test void numbers() {
        assertEquals(num(1e-3), parse("1e-3"));
        assertEquals(num(0.5), parse(".5"));
        assertEquals(num(150), parse("1.5E+2"));
        assertEquals(num(2), parse("2."));
        assertEquals(num(0), parse("0"));
        assertEquals(num(12345678901234.5), parse("12345678901234.5"));
        assertEquals(num(0), parse("1e-400"));
        assertThrows(ExprException.class, () -> parse("\u0663"));      // a non-ASCII digit is not a number
        assertThrows(ExprException.class, () -> parse("1\u0663"));
    }

    @Test void constants() {
        assertEquals(num(Math.PI), parse("pi"));
        assertEquals(num(Math.E), parse("e"));
        assertEquals(bin(BinaryOp.MUL, num(2), num(Math.PI)), parse("2*pi"));
    }

    @Test void everyFunctionWithItsArity() {
        for (Function f : Function.values()) {
            String src = f.arity() == 1 ? f.symbol() + "(x)" : f.symbol() + "(x, y)";
            List<Expr> args = f.arity() == 1 ? List.of(X) : List.of(X, Y);
            assertEquals(new Expr.Call(f, args), parse(src), src);
        }
        assertEquals(16, Function.values().length);
        assertEquals(new Expr.Call(Function.MAX, List.of(bin(BinaryOp.ADD, X, num(1)), new Expr.Call(Function.SIN, Y))),
                parse("max(x+1, sin(y))"));
    }

    @Test void parametersAndWhitespace() {
        assertEquals(bin(BinaryOp.MUL, new Expr.Var("lr"), X), parse(" \t lr\n*  x  "));
        assertEquals(new Expr.Call(Function.POW, List.of(X, Z)), parse("pow ( x ,z )"));
        ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse("x", List.of("sin")));
        assertEquals("1:1: parameter name 'sin' is reserved", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sinn(x)   | 1:1: unknown function 'sinn' (did you mean 'sin'?)",
        "x +       | 1:4: unexpected end of input: expected a number, a name or '('",
        "(x        | 1:1: '(' is never closed",
        "x)        | 1:2: unmatched ')'",
        "2x        | 1:2: missing operator between '2' and 'x' (write 2*x)",
        "pow(x)    | 1:1: 'pow' takes 2 arguments, got 1",
        "sin(x, y) | 1:1: 'sin' takes 1 argument, got 2",
        "sin       | 1:1: 'sin' is a function: write sin(...)",
        "z         | 1:1: unknown name 'z' (did you mean 'x'?)",
        "yy        | 1:1: unknown name 'yy' (did you mean 'y'?)",
        "sqr(x)    | 1:1: unknown function 'sqr' (did you mean 'sqrt'?)",
        "x * qq    | 1:5: unknown name 'qq'",
        "1e999     | 1:1: number '1e999' is too large",
        "#         | 1:1: unexpected character '#'",
        "x # y     | 1:3: unexpected '#' after a complete expression",
        "x + #     | 1:5: unexpected character '#'",
        "x * * y   | 1:5: expected a number, a name or '(' but found '*'",
        "sin(x     | 1:4: '(' of sin( is never closed",
        "max(x; y) | 1:6: expected ',' or ')' in the arguments of max but found ';'",
        "2e        | 1:2: malformed exponent in number '2e'",
        ".         | 1:1: malformed number '.'",
        "()        | 1:2: expected a number, a name or '(' but found ')'",
        "x y       | 1:3: unexpected 'y' after a complete expression",
    })
    void errorMessagesNameTheColumn(String src, String message) {
        assertEquals(message, fault(src).getMessage());
    }

    @Test void emptyInput() {
        assertEquals("1:1: empty expression", fault("").getMessage());
        assertEquals("1:1: empty expression", fault("   ").getMessage());
        assertEquals("1:1: empty expression", assertThrows(ExprException.class, () -> ExprParser.parse(null)).getMessage());
    }

    @Test void unknownNameListsDeclaredParameters() {
        ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse("x * qqq", List.of("lr")));
        assertEquals("1:5: unknown name 'qqq' (known: x, y, lr)", e.getMessage());
        assertEquals("1:5: unknown name 'lrr' (did you mean 'lr'?)",
                assertThrows(ExprException.class, () -> ExprParser.parse("x * lrr", List.of("lr"))).getMessage());
    }

    @Test void caretSitsUnderTheColumn() {
        ExprException e = fault("x + sinn(y)");
        assertEquals(5, e.column());
        assertEquals("unknown function 'sinn' (did you mean 'sin'?)", e.reason());
        assertEquals("x + sinn(y)\n    ^", e.caretLine());
        assertEquals("x +\n   ^", fault("x +").caretLine());
    }

    @Test void oversizedAndDeeplyNestedInputsAreRefusedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ExprException tooLong = fault("x".repeat(20_001));
            assertEquals("1:1: expression too long (20001 characters; the limit is 20000)", tooLong.getMessage());
            for (String big : List.of("1+".repeat(10_000) + "1", "(".repeat(10_000) + "x" + ")".repeat(10_000),
                    "-(".repeat(10_000) + "x" + ")".repeat(10_000))) {
                assertEquals("expression too long (" + big.length() + " characters; the limit is 20000)", fault(big).reason());
            }
            for (String deep : List.of("-(".repeat(6_000) + "x" + ")".repeat(4_000),
                    "(".repeat(9_999) + "x" + ")".repeat(9_999),
                    "sin(".repeat(3_000) + "x" + ")".repeat(3_000),
                    "2^".repeat(9_000) + "2",
                    "-".repeat(19_999) + "x",
                    "x^-".repeat(5_000) + "x")) {
                ExprException e = fault(deep);
                assertEquals("expression nested too deeply (limit 100 levels)", e.reason(), deep.substring(0, 10));
            }
            for (String longChain : List.of("x+".repeat(9_999) + "x", "x*y/".repeat(4_000) + "x")) {
                assertEquals("expression nested too deeply (limit 400 levels)", fault(longChain).reason());
            }
        });
    }

    @Test void expressionsAtTheNestingLimitParseAndDifferentiateQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String src : List.of("sin(".repeat(100) + "x*y" + ")".repeat(100),
                    "sigmoid(".repeat(100) + "x*y" + ")".repeat(100),
                    "x^(sin(x)+".repeat(33) + "y" + ")".repeat(33),
                    "y+".repeat(390) + "sin(x*y)",
                    "x*".repeat(399) + "y")) {
                Expression e = Expression.parse(src);
                Program p = e.compile(Expression.Order.HESSIAN, java.util.Map.of());
                ScalarEvaluator s = new ScalarEvaluator(p);
                s.evaluate(0.3, 0.4);
            }
        });
    }

    private static double eval(String src) { return ReferenceEvaluator.eval(parse(src), 0, 0); }
}
