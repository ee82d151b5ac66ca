package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The cpu backend's in-place operators, which write the left operand directly: against NumPy where operands
 * alias (a shifted or reversed view of the left operand, the operand itself), where the left operand is a
 * transposed or strided view, and for NumPy's mixed kinds; against the out-of-place function on arrays large
 * enough to be split across threads; and the refusals (read-only views, a wider dtype, an operator the
 * standard does not have).
 */
class InPlaceOperatorsTest {

    private static final Fixture F = Fixtures.load("elementwise/in_place.npz");

    private static NdArray fresh(ArrayNamespace xp, String name) {
        return xp.asarray(F.get(xp, name), null, null, Boolean.TRUE);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void overlappingOperandsAreReadAsTheyWereBefore(ArrayNamespace xp) {
        NdArray a = fresh(xp, "shift__x");
        a.get(Index.range(1, 10)).addInPlace(a.get(Index.range(0, 9)));
        XpAssert.assertEqual(a, F.get(xp, "shift__out"));
        NdArray b = fresh(xp, "shift__x");
        b.addInPlace(b.get(Index.slice(null, null, -1)));
        XpAssert.assertEqual(b, F.get(xp, "reversed__out"));
        NdArray c = fresh(xp, "shift__x");
        assertSame(c, c.multiplyInPlace(c));
        XpAssert.assertEqual(c, F.get(xp, "self__out"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyOperatorWithItselfAsRightOperand(ArrayNamespace xp) {
        ElementwiseOp[] ops = {ElementwiseOp.ADD, ElementwiseOp.SUBTRACT, ElementwiseOp.MULTIPLY, ElementwiseOp.DIVIDE,
            ElementwiseOp.FLOOR_DIVIDE, ElementwiseOp.REMAINDER, ElementwiseOp.POW, ElementwiseOp.BITWISE_AND,
            ElementwiseOp.BITWISE_OR, ElementwiseOp.BITWISE_XOR, ElementwiseOp.BITWISE_LEFT_SHIFT,
            ElementwiseOp.BITWISE_RIGHT_SHIFT};
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.COMPLEX128, DType.COMPLEX64, DType.INT64,
            DType.INT8, DType.UINT16}) {
            NdArray values = xp.astype(xp.arange(0, 5000, 1, DType.FLOAT64, null).remainder(5.0).add(1.0), d);
            for (ElementwiseOp op : ops) {
                if (!op.category().accepts(d)) {
                    continue;
                }
                NdArray expected = xp.binary(op, values, xp.asarray(values, null, null, Boolean.TRUE));
                NdArray x = xp.asarray(values, null, null, Boolean.TRUE);
                x.applyInPlace(op, x);
                XpAssert.assertEqual(x, expected);
            }
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void viewsAsLeftOperandsWriteTheirBase(ArrayNamespace xp) {
        NdArray b = fresh(xp, "transposed__x");
        xp.matrixTranspose(b).multiplyInPlace(F.get(xp, "transposed__y"));
        XpAssert.assertEqual(b, F.get(xp, "transposed__out"));
        NdArray c = fresh(xp, "strided__x");
        c.get(Index.slice(null, null, 3)).addInPlace(100L);
        XpAssert.assertEqual(c, F.get(xp, "strided__out"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void dtypesMatchNumPy(ArrayNamespace xp) {
        NdArray f = fresh(xp, "mixed__x");
        f.addInPlace(F.get(xp, "mixed__y"));
        XpAssert.assertEqual(f, F.get(xp, "mixed__out"));
        NdArray z = fresh(xp, "complex__x");
        z.multiplyInPlace(F.get(xp, "complex__y"));
        XpAssert.assertEqual(z, F.get(xp, "complex__out"));
        NdArray s = fresh(xp, "rows__x");
        s.subtractInPlace(F.get(xp, "rows__y"));
        XpAssert.assertEqual(s, F.get(xp, "rows__out"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void largeArraysGiveWhatTheFunctionsGive(ArrayNamespace xp) {
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.COMPLEX128}) {
            NdArray x = xp.astype(xp.sin(xp.multiply(xp.reshape(xp.arange(0, 300 * 1024, 1, DType.FLOAT64, null),
                    300, 1024), 0.37)), d);
            NdArray mean = xp.mean(x, new int[] {-1}, true);
            NdArray w = xp.astype(xp.cos(xp.multiply(xp.arange(0, 1024, 1, DType.FLOAT64, null), 0.01)), d.toReal());
            NdArray expected = x.subtract(mean).multiply(w);
            NdArray y = xp.asarray(x, null, null, Boolean.TRUE);
            y.subtractInPlace(mean).multiplyInPlace(w);
            XpAssert.assertEqual(y, expected);
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void refusalsLeaveTheArrayAsItWas(ArrayNamespace xp) {
        NdArray f32 = xp.asarray(new double[] {1, 2, 3}, DType.FLOAT32);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f32.addInPlace(xp.asarray(new double[] {1, 1, 1}, DType.FLOAT64)));
        assertTrue(e.getMessage().contains("float64") && e.getMessage().contains("float32"), e.getMessage());
        NdArray ints = xp.asarray(new long[] {1, 2, 3}, DType.INT32);
        assertThrows(IllegalArgumentException.class, () -> ints.multiplyInPlace(1.5));
        NdArray row = xp.asarray(new double[] {1, 2, 3}, DType.FLOAT64);
        e = assertThrows(IllegalArgumentException.class, () -> row.addInPlace(xp.ones(new int[] {2, 3}, DType.FLOAT64,
                null)));
        assertTrue(e.getMessage().contains("(2, 3)"), e.getMessage());
        NdArray broadcast = xp.broadcastTo(row, new int[] {2, 3});
        e = assertThrows(IllegalArgumentException.class, () -> broadcast.addInPlace(1.0));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> row.applyInPlace(ElementwiseOp.HYPOT, row));
        assertTrue(e.getMessage().contains("hypot") && e.getMessage().contains("accepted"), e.getMessage());
        XpAssert.assertEqual(f32, xp.asarray(new double[] {1, 2, 3}, DType.FLOAT32));
        XpAssert.assertEqual(ints, xp.asarray(new long[] {1, 2, 3}, DType.INT32));
        XpAssert.assertEqual(row, xp.asarray(new double[] {1, 2, 3}, DType.FLOAT64));
        assertEquals(DType.FLOAT32, f32.dtype());
    }
}
