package org.saddlepoint.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.saddlepoint.expr.OpenClEmitter.Precision;

class OpenClEmitterTest {
    static Program value(String src) { return Expression.parse(src).compile(Expression.Order.VALUE, Map.of()); }

    static String kernel(String src) { return OpenClEmitter.sampleKernel(value(src), Precision.DOUBLE); }

    /** Every instruction in place (no hoisting): the prelude and a point function. */
    static String unhoisted(String src) {
        return OpenClEmitter.prelude(Precision.DOUBLE) + OpenClEmitter.pointFunction(value(src), "f", Precision.DOUBLE);
    }

    @Test void saddleIsStraightLineCodeWithSeparablePartsHoisted() {
        String k = kernel("x^2 - y^2");
        assertTrue(k.contains("__kernel void sample(__global REAL* z, const REAL x0, const REAL dx, const REAL y0, const REAL dy, const int nx, const int rows,"
                + " __global const REAL* cols, __global const REAL* rowv) {\n"
                + "    const int ix = (int) get_global_id(0);\n"
                + "    const int iy = (int) get_global_id(1);\n"
                + "    const int jy = iy - (int) get_global_offset(1);\n"
                + "    const REAL r0 = x0 + (REAL) ix * dx;\n"
                + "    const REAL r1 = y0 + (REAL) iy * dy;\n"
                + "    const REAL r2 = cols[ix];\n"
                + "    const REAL r3 = rowv[jy];\n"
                + "    const REAL r4 = r2 - r3;\n"
                + "    z[(size_t) jy * (size_t) nx + (size_t) ix] = r4;\n}\n"), k);
        assertTrue(k.startsWith("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\ntypedef double REAL;\n#pragma OPENCL FP_CONTRACT OFF\n"));
    }

    @Test void rastriginsCosinesAreComputedOncePerColumnAndRowOnTheHost() {
        Program p = value("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)");
        OpenClEmitter.SampleKernel sk = OpenClEmitter.sampleKernelOf(p, Precision.DOUBLE);
        assertFalse(sk.source().contains("cos("), "no cos per point:\n" + sk.source());
        assertEquals(1, sk.columnValues(), "x² − 10cos(2πx) is one x-only value");
        assertEquals(1, sk.rowValues(), "20 + y² − 10cos(2πy), regrouped into one x-free value");
        // the hoisted values, recombined as the kernel does, give the CPU's value exactly
        int nx = 7, rows = 3, rowFrom = 5;
        double x0 = -5.12, dx = 10.24 / 6, y0 = -5.12, dy = 10.24 / 9;
        double[] cols = new double[nx], rv = new double[rows];
        sk.fillColumns(x0, dx, nx, cols);
        sk.fillRows(y0, dy, rowFrom, rows, rv);
        ScalarEvaluator ref = new ScalarEvaluator(p);
        for (int j = 0; j < rows; j++) {
            double y = y0 + (rowFrom + j) * dy;
            for (int ix = 0; ix < nx; ix++) {
                double x = x0 + ix * dx;
                double expected = 20 + x * x - 10 * Math.cos(2 * Math.PI * x) + y * y - 10 * Math.cos(2 * Math.PI * y);
                double kernelOrder = cols[ix] + rv[j];
                ref.evaluate(x, y);
                assertEquals(ref.output(0), kernelOrder, 0.0, "(" + x + ", " + y + ")");
                assertEquals(expected, kernelOrder, 1e-12 * Math.abs(expected));
            }
        }
    }

    @Test void expressionsOfOneVariableNeedNoPerPointWork() {
        OpenClEmitter.SampleKernel onlyX = OpenClEmitter.sampleKernelOf(value("cos(x) * 3"), Precision.DOUBLE);
        assertEquals(1, onlyX.columnValues());
        assertEquals(0, onlyX.rowValues());
        assertTrue(onlyX.source().contains("= cols[ix];\n    z[(size_t) jy * (size_t) nx + (size_t) ix] = r"), onlyX.source());
        OpenClEmitter.SampleKernel justY = OpenClEmitter.sampleKernelOf(value("y"), Precision.DOUBLE);
        assertEquals(0, justY.columnValues() + justY.rowValues(), "y itself is computed in the kernel");
        assertTrue(justY.source().contains("] = r1;"), justY.source());
        OpenClEmitter.SampleKernel mixed = OpenClEmitter.sampleKernelOf(value("x*y + sin(x*y)"), Precision.DOUBLE);
        assertEquals(0, mixed.columnValues() + mixed.rowValues(), "x and y themselves are not hoisted");
        assertTrue(mixed.source().contains("sin("));
    }

    @Test void rosenbrockConstantsAreExactHexLiterals() {
        String k = kernel("(1 - x)^2 + 100*(y - x^2)^2");
        assertTrue(k.contains("    const REAL r2 = 0x1.0p0;\n    const REAL r3 = 0x1.9p6;\n"), k);
        // (1 − x)² is x-only (hoisted), 100·(y − x²)² is mixed
        assertTrue(k.contains("    const REAL r5 = cols[ix];\n"), k);
        assertTrue(k.contains("    const REAL r9 = r3 * r8;\n    const REAL r10 = r5 + r9;\n"), k);
    }

    @Test void stableHelpersAreUsedForPiecewiseAndSaturatingFunctions() {
        String k = unhoisted("sigmoid(x) + softplus(y) + relu(x) + step(y) + sign(x) + min(x, y) + max(x, y) + abs(x) + x^5");
        for (String call : List.of("sp_sigmoid(r0)", "sp_softplus(r1)", "sp_relu(r0)", "sp_step(r1)", "sp_sign(r0)",
                "sp_min(r0, r1)", "sp_max(r0, r1)", "fabs(r0)", "sp_pown(r0, 5)")) {
            assertTrue(k.contains(call), call + " in\n" + k);
        }
        // σ never evaluates e^{+large}: the branch picks the form whose exponent is ≤ 0
        assertTrue(k.contains("static REAL sp_sigmoid(REAL a) { if (a >= (REAL) 0) return (REAL) 1 / ((REAL) 1 + exp(-a)); REAL e = exp(a); return e / ((REAL) 1 + e); }"));
        assertTrue(k.contains("log1p(exp(-fabs(a)))"), "softplus through log1p(e^-|a|)");
        assertFalse(k.contains(" sign("), "OpenCL's sign(NaN) = 0 differs from Math.signum");
        assertFalse(k.contains("fmin(") || k.contains("fmax("), "fmin/fmax drop NaN, Math.min/max keep it");
    }

    @Test void transcendentalsMapToOpenClBuiltins() {
        String k = unhoisted("exp(x) + log(y) + sqrt(x) + sin(x) + cos(y) + tan(x) + tanh(y) + pow(x, y)");
        for (String call : List.of("exp(r0)", "log(r1)", "sqrt(r0)", "sin(r0)", "cos(r1)", "tan(r0)", "tanh(r1)", "pow(r0, r1)")) {
            assertTrue(k.contains(call), call);
        }
    }

    @Test void floatPrecisionUsesFloatAndNearestFloatLiterals() {
        String k = OpenClEmitter.sampleKernel(value("0.1*x + 1e300*y"), Precision.FLOAT);
        assertTrue(k.startsWith("typedef float REAL;\n"));
        assertFalse(k.contains("cl_khr_fp64"));
        assertTrue(k.contains("= 0x1.99999ap-4f;"), k);
        assertTrue(k.contains("= INFINITY;"), "1e300 overflows float\n" + k);
    }

    @Test void literalsRoundTripExactly() {
        Random rnd = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double v = switch (i % 3) {
                case 0 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20);
                case 1 -> Double.longBitsToDouble(rnd.nextLong());
                default -> rnd.nextInt(2000) - 1000;
            };
            if (!Double.isFinite(v)) continue;
            String lit = OpenClEmitter.literal(v, Precision.DOUBLE);
            String bare = lit.startsWith("(") ? lit.substring(1, lit.length() - 1) : lit;
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Double.parseDouble(bare)), lit);
            String flit = OpenClEmitter.literal(v, Precision.FLOAT);
            if (Float.isFinite((float) v)) {
                String fbare = flit.startsWith("(") ? flit.substring(1, flit.length() - 1) : flit;
                assertEquals(Float.floatToIntBits((float) v), Float.floatToIntBits(Float.parseFloat(fbare)), flit);
            }
        }
        assertEquals("NAN", OpenClEmitter.literal(Double.NaN, Precision.DOUBLE));
        assertEquals("(-INFINITY)", OpenClEmitter.literal(Double.NEGATIVE_INFINITY, Precision.DOUBLE));
        assertEquals("(-0x0.0p0)", OpenClEmitter.literal(-0.0, Precision.DOUBLE));
    }

    @Test void onlyProgramContentReachesTheText() {
        Program p = Expression.parse("secretParam * x + sin(y)", List.of("secretParam")).compile(Expression.Order.VALUE, Map.of("secretParam", 2.5));
        String k = OpenClEmitter.sampleKernel(p, Precision.DOUBLE);
        assertFalse(k.contains("secretParam"), "parameter names never reach the kernel");
        assertTrue(k.contains("0x1.4p1"), "its bound value does");
        // equal programs give equal text, however the user spelled them
        assertEquals(kernel("x*y + 3"), kernel("  ( x ) * (y)+3.000 "));
        // every identifier in the text comes from the emitter's fixed vocabulary or is a slot rN
        Set<String> vocabulary = Set.of("pragma", "OPENCL", "EXTENSION", "cl_khr_fp64", "enable", "FP_CONTRACT", "OFF", "typedef",
                "double", "float", "REAL", "static", "int", "if", "return", "while", "e", "k", "r", "b", "a", "x", "y",
                "sp_pown", "sp_sigmoid", "sp_softplus", "sp_relu", "sp_step", "sp_sign", "sp_min", "sp_max", "exp", "log1p",
                "fabs", "isnan", "signbit", "__kernel", "void", "sample", "__global", "z", "const", "x0", "dx", "y0", "dy",
                "nx", "rows", "ix", "iy", "jy", "cols", "rowv", "get_global_id", "get_global_offset", "size_t", "sin");
        Matcher m = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(k.replaceAll("0x[0-9a-fA-F.]+p-?[0-9]+f?", "0"));
        while (m.find()) {
            String id = m.group();
            assertTrue(vocabulary.contains(id) || id.matches("r[0-9]+"), "unexpected identifier '" + id + "'");
        }
    }

    @Test void pointFunctionWritesEveryOutput() {
        Program g = Expression.parse("x^2*y").compile(Expression.Order.GRADIENT, Map.of());
        String f = OpenClEmitter.pointFunction(g, "grad_f", Precision.DOUBLE);
        assertTrue(f.startsWith("static void grad_f(const REAL x, const REAL y, __private REAL* out) {\n    const REAL r0 = x;\n    const REAL r1 = y;\n"), f);
        for (int k = 0; k < 3; k++) assertTrue(f.contains("    out[" + k + "] = r" + g.outputSlot(k) + ";\n"), f);
        assertThrows(IllegalArgumentException.class, () -> OpenClEmitter.pointFunction(g, "bad name();", Precision.DOUBLE));
    }
}
