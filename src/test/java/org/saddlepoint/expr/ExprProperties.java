package org.saddlepoint.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over random trees and random text: round trip, robustness, simplification. */
class ExprProperties {
    private static final String ALPHABET_TOKENS[] = {
        "x", "y", "a", "b", "z", "pi", "e", "1", "0", "2.5", ".5", "1e-3", "1e", "E", "9e999", ".", "+", "-",
        "*", "/", "^", "(", ")", ",", " ", "sin", "pow", "max", "sigmoid", "exp(", "log(", "#", "\t", "_q",
    };

    @Provide Arbitrary<Expr> parsableTrees() {
        return Arbitraries.randomValue(r -> new RandomExpressions(r, false).next(6));
    }

    @Provide Arbitrary<Expr> tameTrees() {
        return Arbitraries.randomValue(r -> new RandomExpressions(r, true).next(5));
    }

    @Provide Arbitrary<String> tokenSoup() {
        return Arbitraries.of(ALPHABET_TOKENS).list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void printThenParseGivesAnEqualTree(@ForAll("parsableTrees") Expr e) {
        String printed = ExprPrinter.print(e);
        assertEquals(e, ExprParser.parse(printed, RandomExpressions.PARAMS), printed);
    }

    @Property(tries = 2000)
    void arbitraryTextFailsOnlyWithExprException(@ForAll String text) {
        parseOrExprException(text);
    }

    @Property(tries = 3000)
    void tokenSoupFailsOnlyWithExprException(@ForAll("tokenSoup") String text) {
        parseOrExprException(text);
    }

    private static void parseOrExprException(String text) {
        try {
            Expression parsed = Expression.parse(text, RandomExpressions.PARAMS);
            new ScalarEvaluator(parsed.compile(Expression.Order.HESSIAN, Map.of("a", 1.5, "b", -0.5))).evaluate(0.1, 0.2);
        } catch (ExprException ex) {
            assertTrue(ex.column() >= 1 && ex.column() <= text.length() + 1, ex.getMessage());
            assertTrue(ex.getMessage().startsWith("1:" + ex.column() + ": "), ex.getMessage());
            assertTrue(!ex.getMessage().contains("\n"), "one line");
        }
    }

    @Property(tries = 3000)
    void simplifyingPreservesTheValue(@ForAll("tameTrees") Expr e) {
        Expr s = Simplifier.simplify(e);
        Map<String, Double> params = Map.of("a", 0.7, "b", -1.3);
        Random r = new Random(e.hashCode());
        for (int k = 0; k < 5; k++) {
            double x = r.nextDouble() * 6 - 3, y = r.nextDouble() * 6 - 3;
            // the rules a·0 = 0, 0/a = 0, a−a = 0 assume a finite and may flip the sign of a zero,
            // which only shows through a division by that zero: require every subtree finite
            if (!ReferenceEvaluator.finiteEverywhere(e, x, y, params)) continue;
            double want = ReferenceEvaluator.eval(e, x, y, params);
            double got = ReferenceEvaluator.eval(s, x, y, params);
            boolean close = Double.isFinite(got)
                    ? Math.abs(got - want) <= 1e-12 * Math.max(Math.abs(want), Math.abs(got)) || Math.abs(got - want) < 1e-300
                    : false;
            assertTrue(close, () -> e.print() + "  simplified  " + s.print() + " at (" + x + ", " + y + "): "
                    + want + " vs " + got);
        }
    }
}
