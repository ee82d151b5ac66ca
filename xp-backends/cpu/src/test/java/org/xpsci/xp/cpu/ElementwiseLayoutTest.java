package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Elementwise functions on every layout against NumPy: broadcasting ((3,1) with (4,)), 0-d and empty arrays,
 * strided, reversed and transposed views, mixed-dtype promotion (NumPy's rules on the cpu backend), and
 * arrays large enough to be split across blocks and threads.
 */
class ElementwiseLayoutTest {

    private static final Fixture LAYOUT = Fixtures.load("elementwise/layout.npz");
    private static final Fixture UNARY = Fixtures.load("elementwise/unary.npz");
    private static final Fixture BINARY = Fixtures.load("elementwise/binary.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void broadcastingMatchesNumPy(ArrayNamespace xp) {
        NdArray a = LAYOUT.get(xp, "bcast__a");
        NdArray b = LAYOUT.get(xp, "bcast__b");
        NdArray ia = LAYOUT.get(xp, "bcast_int__a");
        NdArray ib = LAYOUT.get(xp, "bcast_int__b");
        List<Executable> checks = new ArrayList<>();
        for (String op : new String[] {"add", "atan2", "less", "maximum", "pow", "floor_divide", "hypot", "copysign"}) {
            checks.add(() -> binary(xp, op, a, b, "bcast__" + op));
        }
        for (String op : new String[] {"add", "multiply", "remainder", "greater_equal"}) {
            checks.add(() -> binary(xp, op, ia, ib, "bcast_int__" + op));
        }
        assertAll("broadcasting", checks.stream());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void zeroDimensionalAndEmptyArrays(ArrayNamespace xp) {
        NdArray x0 = LAYOUT.get(xp, "zero_d__x");
        NdArray v = LAYOUT.get(xp, "zero_d__v");
        NdArray i0 = LAYOUT.get(xp, "zero_d__i");
        NdArray e = LAYOUT.get(xp, "empty__x");
        assertAll("0-d and empty",
                () -> unary(xp, "exp", x0, "zero_d__exp"),
                () -> binary(xp, "add", x0, v, "zero_d__add"),
                () -> binary(xp, "less", v, x0, "zero_d__less"),
                () -> unary(xp, "negative", i0, "zero_d__negative_i"),
                () -> unary(xp, "sqrt", xp.abs(i0), "zero_d__sqrt_i"),
                () -> binary(xp, "add", e, LAYOUT.get(xp, "empty__v"), "empty__add"),
                () -> unary(xp, "exp", e, "empty__exp"),
                () -> unary(xp, "isnan", e, "empty__isnan"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void stridedAndTransposedViews(ArrayNamespace xp) {
        NdArray base = LAYOUT.get(xp, "strided__base");
        NdArray ibase = LAYOUT.get(xp, "strided__ibase");
        NdArray cbase = LAYOUT.get(xp, "strided__cbase");
        assertAll("strided views",
                () -> unary(xp, "exp", base.T(), "strided__exp_T"),
                () -> binary(xp, "add", everyOtherReversed(base), transposedSlice(base), "strided__add"),
                () -> binary(xp, "hypot", everyOtherReversed(base), transposedSlice(base), "strided__hypot"),
                () -> binary(xp, "less", everyOtherReversed(base), transposedSlice(base), "strided__less"),
                () -> unary(xp, "negative", ibase.T(), "strided__negative_T"),
                () -> binary(xp, "floor_divide", everyOtherReversed(ibase), transposedSlice(ibase),
                        "strided__floor_divide"),
                () -> unary(xp, "exp", cbase.get(Index.slice(null, null, -1), Index.slice(1, null, 2)),
                        "strided__exp_c"),
                () -> binary(xp, "multiply", everyOtherReversed(cbase), transposedSlice(cbase),
                        "strided__multiply_c"));
    }

    /** {@code x[::2, ::-2]}. */
    private static NdArray everyOtherReversed(NdArray x) {
        return x.get(Index.slice(null, null, 2), Index.slice(null, null, -2));
    }

    /** {@code x.T[1:4, ::2]}. */
    private static NdArray transposedSlice(NdArray x) {
        return x.T().get(Index.slice(1, 4, null), Index.slice(null, null, 2));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void mixedDtypesPromoteAsNumPy(ArrayNamespace xp) {
        List<Executable> checks = new ArrayList<>();
        for (String name : LAYOUT.names()) {
            if (!name.startsWith("mixed__a__")) {
                continue;
            }
            String pair = name.substring("mixed__a__".length());
            NdArray a = LAYOUT.get(xp, name);
            NdArray b = LAYOUT.get(xp, "mixed__b__" + pair);
            for (String op : new String[] {"add", "multiply", "divide", "less", "maximum", "floor_divide", "equal",
                                           "atan2"}) {
                String key = "mixed__" + op + "__" + pair;
                ElementwiseOp e = ElementwiseOp.byStandardName(op);
                if (LAYOUT.has(key)) {
                    checks.add(() -> binary(xp, op, a, b, key));
                } else {
                    checks.add(() -> ElementwiseTest.assertRefused(e, a.dtype(), () -> xp.binary(e, a, b)));
                }
            }
        }
        assertAll("mixed dtypes", checks.stream());
    }

    /** Arrays of about 150 000 elements: many blocks, split across the worker threads. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void largeArraysMatchNumPy(ArrayNamespace xp) {
        Map<String, NdArray> unaryExpected = ElementwiseTest.expectedOutputs(UNARY, xp);
        Map<String, NdArray> binaryExpected = ElementwiseTest.expectedOutputs(BINARY, xp);
        List<Executable> checks = new ArrayList<>();
        for (String op : new String[] {"exp", "sin", "log1p"}) {
            for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.COMPLEX128}) {
                String key = op + "__" + d.label();
                NdArray x0 = UNARY.get(xp, "x__" + d.label());
                int reps = repetitions(x0);
                NdArray x = xp.tile(x0, reps);
                NdArray expected = xp.tile(unaryExpected.get(key), reps);
                ElementwiseOp e = ElementwiseOp.byStandardName(op);
                checks.add(() -> IeeeAssert.assertMatches(xp.unary(e, x), expected,
                        ElementwiseTest.rtol(e, d, expected.dtype()), "large " + key));
            }
        }
        for (String op : new String[] {"add", "pow", "floor_divide"}) {
            for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT32, DType.UINT64}) {
                String key = op + "__" + d.label();
                ElementwiseOp e = ElementwiseOp.byStandardName(op);
                NdArray[] in = ElementwiseTest.binaryInputs(BINARY, xp, e, d);
                int reps = repetitions(in[0]);
                NdArray a = xp.tile(in[0], reps);
                NdArray b = xp.tile(in[1], reps);
                NdArray expected = xp.tile(binaryExpected.get(key), reps);
                checks.add(() -> IeeeAssert.assertMatches(xp.binary(e, a, b), expected,
                        ElementwiseTest.rtol(e, d, expected.dtype()), "large " + key));
            }
        }
        assertAll("large arrays", checks.stream());
    }

    /** How often to repeat a fixture array to reach a size that goes parallel even for cheap functions. */
    private static int repetitions(NdArray x) {
        return (int) (150_000 / x.size()) + 1;
    }

    private static void unary(ArrayNamespace xp, String op, NdArray x, String key) {
        ElementwiseOp e = ElementwiseOp.byStandardName(op);
        NdArray expected = LAYOUT.get(xp, key);
        IeeeAssert.assertMatches(xp.unary(e, x), expected, ElementwiseTest.rtol(e, x.dtype(), expected.dtype()), key,
                x);
    }

    private static void binary(ArrayNamespace xp, String op, NdArray a, NdArray b, String key) {
        ElementwiseOp e = ElementwiseOp.byStandardName(op);
        NdArray expected = LAYOUT.get(xp, key);
        DType in = a.dtype().isComplexFloating() ? a.dtype() : b.dtype();
        IeeeAssert.assertMatches(xp.binary(e, a, b), expected, ElementwiseTest.rtol(e, in, expected.dtype()), key);
    }
}
