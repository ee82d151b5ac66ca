package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
        Map<String, NdArray> expected = expectedOutputs(UNARY, xp);
        List<Executable> checks = new ArrayList<>();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            if (op.arity() != 1) {
                continue;
            }
            for (DType d : DType.values()) {
                String key = op.standardName() + "__" + d.label();
                NdArray x = UNARY.get(xp, "x__" + d.label());
                NdArray want = expected.get(key);
                if (want != null) {
                    checks.add(() -> IeeeAssert.assertMatches(xp.unary(op, x), want, rtol(op, d, want.dtype()), key,
                            x));
                } else {
                    checks.add(() -> assertRefused(op, d, () -> xp.unary(op, x)));
                }
            }
        }
        assertAll("unary functions", checks.stream());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void binaryFunctionsMatchNumPy(ArrayNamespace xp) {
        Map<String, NdArray> expected = expectedOutputs(BINARY, xp);
        List<Executable> checks = new ArrayList<>();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            if (op.arity() != 2) {
                continue;
            }
            for (DType d : DType.values()) {
                String key = op.standardName() + "__" + d.label();
                NdArray[] in = binaryInputs(BINARY, xp, op, d);
                NdArray want = expected.get(key);
                if (want != null) {
                    checks.add(() -> IeeeAssert.assertMatches(xp.binary(op, in[0], in[1]), want,
                            rtol(op, d, want.dtype()), op == ElementwiseOp.COPYSIGN, key, in[0], in[1]));
                } else {
                    checks.add(() -> assertRefused(op, d, () -> xp.binary(op, in[0], in[1])));
                }
            }
        }
        assertAll("binary functions", checks.stream());
    }

    /** Every function is defined for at least one dtype, so the table and the kernels agree. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyFunctionHasAKernel(ArrayNamespace xp) {
        Map<String, NdArray> expected = new HashMap<>(expectedOutputs(UNARY, xp));
        expected.putAll(expectedOutputs(BINARY, xp));
        for (ElementwiseOp op : ElementwiseOp.values()) {
            boolean any = false;
            for (DType d : DType.values()) {
                any |= expected.containsKey(op.standardName() + "__" + d.label());
            }
            assertTrue(any, op.standardName() + " has no reference output for any dtype");
        }
    }

    /** The two inputs of a binary function on dtype d: its own pair if the fixture has one, else the common. */
    static NdArray[] binaryInputs(Fixture f, ArrayNamespace xp, ElementwiseOp op, DType d) {
        String own = op.standardName() + "__" + d.label();
        if (f.has(own + "__x1")) {
            return new NdArray[] {f.get(xp, own + "__x1"), f.get(xp, own + "__x2")};
        }
        return new NdArray[] {f.get(xp, "x1__" + d.label()), f.get(xp, "x2__" + d.label())};
    }

    /**
     * The expected outputs of a fixture by "op__dtype": rows of the stacked tables {@code out__<dtype>__<out>}
     * (their ops listed by ordinal in {@code __ops}) and the outputs of ops with inputs of their own. The
     * fixture's signature of the op table (arity and category per ordinal) must match {@link ElementwiseOp}.
     */
    static Map<String, NdArray> expectedOutputs(Fixture f, ArrayNamespace xp) {
        long[] signature = IeeeAssert.longs(f.get(xp, "ops"));
        ElementwiseOp[] ops = ElementwiseOp.values();
        assertEquals(ops.length, signature.length, "the fixture's op table has another length; regenerate it");
        for (ElementwiseOp op : ops) {
            assertEquals(op.arity() * 16 + op.category().ordinal(), signature[op.ordinal()],
                    "the fixture's op " + op.ordinal() + " is not " + op.standardName() + "; regenerate it");
        }
        Map<String, NdArray> m = new HashMap<>();
        for (String name : f.names()) {
            String[] parts = name.split("__");
            if (parts[0].equals("out") && parts.length == 3) {
                NdArray table = f.get(xp, name);
                long[] rows = IeeeAssert.longs(f.get(xp, name + "__ops"));
                for (int r = 0; r < rows.length; r++) {
                    m.put(ops[(int) rows[r]].standardName() + "__" + parts[1], table.get(Index.at(r)));
                }
            } else if (parts.length == 2 && !Set.of("x", "x1", "x2").contains(parts[0])) {
                m.put(name, f.get(xp, name));
            }
        }
        return m;
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
