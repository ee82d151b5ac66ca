package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;

/**
 * Every elementwise function on every dtype against NumPy 2.4 (fixtures from gen_elementwise.py): special
 * values, integer extremes, uint64 above 2^63, random values. Each (function, dtype) pair the fixture has no
 * output for must be refused with an error naming the function and the dtype.
 */
class ElementwiseTest {

    /** Functions whose results on real input are exactly NumPy's (IEEE operations, integers, predicates). */
    static final Set<ElementwiseOp> EXACT = EnumSet.of(ElementwiseOp.ADD, ElementwiseOp.SUBTRACT,
            ElementwiseOp.MULTIPLY, ElementwiseOp.DIVIDE, ElementwiseOp.NEGATIVE, ElementwiseOp.POSITIVE,
            ElementwiseOp.ABS, ElementwiseOp.SQUARE, ElementwiseOp.RECIPROCAL, ElementwiseOp.SIGN,
            ElementwiseOp.SQRT, ElementwiseOp.EQUAL, ElementwiseOp.NOT_EQUAL, ElementwiseOp.LESS,
            ElementwiseOp.LESS_EQUAL, ElementwiseOp.GREATER, ElementwiseOp.GREATER_EQUAL, ElementwiseOp.CEIL,
            ElementwiseOp.FLOOR, ElementwiseOp.TRUNC, ElementwiseOp.ROUND, ElementwiseOp.COPYSIGN,
            ElementwiseOp.NEXTAFTER, ElementwiseOp.SIGNBIT, ElementwiseOp.ISNAN, ElementwiseOp.ISINF,
            ElementwiseOp.ISFINITE, ElementwiseOp.MAXIMUM, ElementwiseOp.MINIMUM, ElementwiseOp.REAL,
            ElementwiseOp.IMAG, ElementwiseOp.CONJ, ElementwiseOp.FLOOR_DIVIDE, ElementwiseOp.REMAINDER);

    /**
     * Functions whose results on complex input are exact (products by the textbook formula, as the fixture
     * computes them). Quotients are not: NumPy computes complex64 in float, the cpu backend in double rounded
     * once.
     */
    static final Set<ElementwiseOp> COMPLEX_EXACT = EnumSet.of(ElementwiseOp.ADD, ElementwiseOp.SUBTRACT,
            ElementwiseOp.MULTIPLY, ElementwiseOp.SQUARE, ElementwiseOp.NEGATIVE, ElementwiseOp.POSITIVE,
            ElementwiseOp.EQUAL, ElementwiseOp.NOT_EQUAL,
            ElementwiseOp.ROUND, ElementwiseOp.ISNAN, ElementwiseOp.ISINF, ElementwiseOp.ISFINITE,
            ElementwiseOp.REAL, ElementwiseOp.IMAG, ElementwiseOp.CONJ);

    /** Units in the last place allowed for functions NumPy computes with other (libm or SIMD) algorithms. */
    static final double ULPS = 4;

    private static final Fixture UNARY = Fixtures.load("elementwise/unary.npz");
    private static final Fixture BINARY = Fixtures.load("elementwise/binary.npz");

    /** The relative tolerance for an op on input of dtype {@code in} with output {@code out}: 0 when exact. */
    static double rtol(ElementwiseOp op, DType in, DType out) {
        if (!out.isFloating()) {
            return 0;
        }
        if (in.isComplexFloating() ? COMPLEX_EXACT.contains(op) : EXACT.contains(op)) {
            return 0;
        }
        return ULPS * (out.toReal() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void unaryFunctionsMatchNumPy(ArrayNamespace xp) {
        List<Executable> checks = new ArrayList<>();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            if (op.arity() != 1) {
                continue;
            }
            for (DType d : DType.values()) {
                String key = op.standardName() + "__" + d.label();
                NdArray x = UNARY.get(xp, "x__" + d.label());
                if (UNARY.has(key)) {
                    checks.add(() -> {
                        NdArray expected = UNARY.get(xp, key);
                        IeeeAssert.assertMatches(xp.unary(op, x), expected, rtol(op, d, expected.dtype()), key, x);
                    });
                } else {
                    checks.add(() -> assertRefused(op, d, () -> xp.unary(op, x)));
                }
            }
        }
        assertAll("unary functions", checks.stream());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void binaryFunctionsMatchNumPy(ArrayNamespace xp) {
        List<Executable> checks = new ArrayList<>();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            if (op.arity() != 2) {
                continue;
            }
            for (DType d : DType.values()) {
                String key = op.standardName() + "__" + d.label();
                boolean own = BINARY.has(key + "__a");
                NdArray a = BINARY.get(xp, own ? key + "__a" : "a__" + d.label());
                NdArray b = BINARY.get(xp, own ? key + "__b" : "b__" + d.label());
                if (BINARY.has(key)) {
                    checks.add(() -> {
                        NdArray expected = BINARY.get(xp, key);
                        IeeeAssert.assertMatches(xp.binary(op, a, b), expected, rtol(op, d, expected.dtype()),
                                op == ElementwiseOp.COPYSIGN, key, a, b);
                    });
                } else {
                    checks.add(() -> assertRefused(op, d, () -> xp.binary(op, a, b)));
                }
            }
        }
        assertAll("binary functions", checks.stream());
    }

    /** Every function is defined for at least one dtype, so the table and the kernels agree. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyFunctionHasAKernel(ArrayNamespace xp) {
        for (ElementwiseOp op : ElementwiseOp.values()) {
            Fixture f = op.arity() == 1 ? UNARY : BINARY;
            boolean any = false;
            for (DType d : DType.values()) {
                any |= f.has(op.standardName() + "__" + d.label());
            }
            assertTrue(any, op.standardName() + " has no reference output for any dtype");
        }
    }

    /** The refusal of a (function, dtype) pair: an IllegalArgumentException naming both, before any work. */
    static void assertRefused(ElementwiseOp op, DType d, Supplier<NdArray> call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::get,
                op.standardName() + " on " + d.label() + " should be refused");
        String m = e.getMessage();
        assertTrue(m.contains(op.standardName()) && m.contains(d.label()),
                "the message should name " + op.standardName() + " and " + d.label() + "; got: " + m);
    }
}
