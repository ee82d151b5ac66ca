package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.FInfo;
import org.xpsci.xp.IInfo;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.PromotionException;
import org.xpsci.xp.Xp;

/**
 * The promotion table for every dtype pair under both rule sets (the standard's published table, and
 * numpy.result_type), can_cast, scalar promotion, finfo/iinfo against NumPy, and the Broadcast/Axes errors.
 */
class DTypesTest {

    private static final Fixture F = Fixtures.load("dtypes.npz");
    private static final DType[] D = DType.values();

    private static long[][] table(String name, int cols) {
        long[] flat = Xp.toLongArray(F.get(Xp.backend("cpu"), name));
        long[][] t = new long[flat.length / cols][];
        for (int i = 0; i < t.length; i++) {
            t[i] = java.util.Arrays.copyOfRange(flat, i * cols, (i + 1) * cols);
        }
        return t;
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void standardPromotionTableForEveryPair(ArrayNamespace xp) {
        long[][] t = table("standard", 13);
        int undefined = 0;
        for (int a = 0; a < 13; a++) {
            for (int b = 0; b < 13; b++) {
                DType x = D[a];
                DType y = D[b];
                if (t[a][b] < 0) {
                    undefined++;
                    PromotionException e = assertThrows(PromotionException.class,
                            () -> Promotion.resultType(x, y, Promotion.Rules.STANDARD), x + " with " + y);
                    assertTrue(e.getMessage().contains(x.label()) && e.getMessage().contains(y.label()),
                            e.getMessage());
                } else {
                    assertEquals(D[(int) t[a][b]], Promotion.resultType(x, y), x + " with " + y);
                }
            }
        }
        assertEquals(13 * 13 - 1 - (64 - 8) - 16, undefined, "pairs the standard leaves undefined");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void numpyPromotionTableForEveryPair(ArrayNamespace xp) {
        long[][] t = table("numpy", 13);
        for (int a = 0; a < 13; a++) {
            for (int b = 0; b < 13; b++) {
                assertEquals(D[(int) t[a][b]], Promotion.resultType(D[a], D[b], Promotion.Rules.NUMPY),
                        D[a] + " with " + D[b]);
                assertEquals(D[(int) t[a][b]], Promotion.resultType(Promotion.Rules.NUMPY, D[a], D[b]));
            }
        }
        // the cpu namespace follows NumPy's rules
        assertEquals(Promotion.Rules.NUMPY, xp.promotionRules());
        assertEquals(DType.FLOAT64, xp.resultType(DType.UINT64, DType.INT8));
        assertEquals(DType.FLOAT64, xp.resultType(xp.zeros(new int[] {2}, DType.INT32, null), DType.FLOAT32));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void canCastForEveryPair(ArrayNamespace xp) {
        long[] std = Xp.toLongArray(F.get(xp, "standard_can_cast"));
        long[] np = Xp.toLongArray(F.get(xp, "numpy_can_cast"));
        for (int a = 0; a < 13; a++) {
            for (int b = 0; b < 13; b++) {
                assertEquals(std[a * 13 + b] != 0, Promotion.canCast(D[a], D[b], Promotion.Rules.STANDARD),
                        "standard can_cast " + D[a] + " -> " + D[b]);
                assertEquals(np[a * 13 + b] != 0, Promotion.canCast(D[a], D[b], Promotion.Rules.NUMPY),
                        "numpy can_cast " + D[a] + " -> " + D[b]);
                assertEquals(np[a * 13 + b] != 0, xp.canCast(D[a], D[b]));
            }
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void pythonScalarPromotion(ArrayNamespace xp) {
        long[][] np = table("numpy_scalar", 4);
        long[][] std = table("standard_scalar", 4);
        Promotion.ScalarKind[] kinds = Promotion.ScalarKind.values();
        Object[] samples = {Boolean.TRUE, 1L, 1.0, new Complex(0, 1)};
        for (int d = 0; d < 13; d++) {
            for (int k = 0; k < 4; k++) {
                DType dt = D[d];
                Promotion.ScalarKind kind = kinds[k];
                assertEquals(D[(int) np[d][k]], Promotion.scalarType(dt, kind, Promotion.Rules.NUMPY), dt + " " + kind);
                assertEquals(D[(int) np[d][k]], xp.resultType(xp.zeros(new int[] {1}, dt, null), samples[k]));
                if (std[d][k] < 0) {
                    assertThrows(PromotionException.class, () -> Promotion.scalarType(dt, kind, Promotion.Rules.STANDARD),
                            dt + " " + kind);
                } else {
                    assertEquals(D[(int) std[d][k]], Promotion.scalarType(dt, kind, Promotion.Rules.STANDARD));
                }
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.resultType(1.0, 2L));
        assertTrue(e.getMessage().contains("at least one array or dtype"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void finfoMatchesNumpy(ArrayNamespace xp) {
        double[] f = Xp.toDoubleArray(F.get(xp, "finfo"));
        long[] codes = Xp.toLongArray(F.get(xp, "finfo_codes"));
        for (int i = 0; i < codes.length; i++) {
            DType d = D[(int) codes[i]];
            FInfo fi = xp.finfo(d);
            assertEquals((int) f[6 * i], fi.bits(), d + " bits");
            assertEquals(f[6 * i + 1], fi.eps(), 0, d + " eps");
            assertEquals(f[6 * i + 2], fi.max(), 0, d + " max");
            assertEquals(f[6 * i + 3], fi.min(), 0, d + " min");
            assertEquals(f[6 * i + 4], fi.smallestNormal(), 0, d + " smallest_normal");
            assertEquals(D[(int) f[6 * i + 5]], fi.dtype(), d + " dtype");
            assertEquals(fi, d.finfo());
        }
        for (DType d : new DType[] {DType.BOOL, DType.INT8, DType.UINT64}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.finfo(d));
            assertTrue(e.getMessage().contains(d.label()), e.getMessage());
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void iinfoMatchesNumpy(ArrayNamespace xp) {
        long[] codes = Xp.toLongArray(F.get(xp, "iinfo_codes"));
        long[] bits = Xp.toLongArray(F.get(xp, "iinfo_bits"));
        long[] min = Xp.toLongArray(F.get(xp, "iinfo_min"));
        long[] max = Xp.toLongArray(F.get(xp, "iinfo_max"));
        for (int i = 0; i < codes.length; i++) {
            DType d = D[(int) codes[i]];
            IInfo ii = xp.iinfo(d);
            assertEquals(bits[i], ii.bits(), d + " bits");
            assertEquals(BigInteger.valueOf(min[i]), ii.min(), d + " min");
            assertEquals(new BigInteger(Long.toUnsignedString(max[i])), ii.max(), d + " max");
            assertEquals(max[i], ii.maxLong(), d + " maxLong");
            assertEquals(min[i], ii.minLong(), d + " minLong");
            assertEquals(d, ii.dtype());
        }
        for (DType d : new DType[] {DType.BOOL, DType.FLOAT32, DType.COMPLEX128}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.iinfo(d));
            assertTrue(e.getMessage().contains(d.label()), e.getMessage());
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void dtypeKindsAndNames(ArrayNamespace xp) {
        assertTrue(xp.isdtype(DType.UINT8, "unsigned integer", "bool"));
        assertTrue(xp.isdtype(DType.COMPLEX64, "numeric"));
        assertTrue(!xp.isdtype(DType.BOOL, "numeric", "integral"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DType.FLOAT32.isKind("real"));
        assertTrue(e.getMessage().contains("'real'") && e.getMessage().contains("real floating"), e.getMessage());
        for (DType d : D) {
            assertEquals(d, DType.parse(d.label()));
        }
        e = assertThrows(IllegalArgumentException.class, () -> DType.parse("float16"));
        assertTrue(e.getMessage().contains("float16") && e.getMessage().contains("complex128"), e.getMessage());
        assertEquals(DType.COMPLEX64, DType.FLOAT32.toComplex());
        assertThrows(IllegalArgumentException.class, () -> DType.INT8.toComplex());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void broadcastShapesAndErrors(ArrayNamespace xp) {
        assertArrayEquals(new int[] {4, 3, 5}, Broadcast.shapes(new int[] {3, 1}, new int[] {4, 1, 5}, new int[0]));
        assertArrayEquals(new int[] {0, 3}, Broadcast.shapes(new int[] {0, 1}, new int[] {3}));
        assertArrayEquals(new int[0], Broadcast.shapes(new int[0][]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Broadcast.shapes(new int[] {2, 3}, new int[] {4}));
        assertTrue(e.getMessage().contains("(2, 3)") && e.getMessage().contains("(4,)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Broadcast.shapes(new int[] {0}, new int[] {2}));
        assertTrue(Broadcast.broadcastsTo(new int[] {1, 3}, new int[] {2, 2, 3}));
        assertTrue(!Broadcast.broadcastsTo(new int[] {2, 3}, new int[] {3}));
        assertEquals("()", Broadcast.format(new int[0]));
        e = assertThrows(IllegalArgumentException.class, () -> xp.broadcastTo(xp.zeros(2, 3), 3, 3));
        assertTrue(e.getMessage().contains("(2, 3)") && e.getMessage().contains("(3, 3)"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void axesNormalisationAndErrors(ArrayNamespace xp) {
        assertEquals(2, Axes.normalize(-1, 3));
        assertArrayEquals(new int[] {0, 1, 2}, Axes.normalize(null, 3));
        assertArrayEquals(new int[] {2, 0}, Axes.normalize(new int[] {-1, 0}, 3));
        AxisException e = assertThrows(AxisException.class, () -> Axes.normalize(3, 3));
        assertTrue(e.getMessage().contains("axis 3") && e.getMessage().contains("dimension 3"), e.getMessage());
        assertThrows(AxisException.class, () -> Axes.normalize(-4, 3));
        assertThrows(AxisException.class, () -> Axes.normalize(0, 0));
        e = assertThrows(AxisException.class, () -> Axes.normalize(new int[] {1, -2}, 3));
        assertTrue(e.getMessage().contains("repeated"), e.getMessage());
        assertArrayEquals(new int[] {2, 1}, Axes.reducedShape(new int[] {2, 3, 1}, new int[] {1}, false));
        assertArrayEquals(new int[] {2, 1, 1}, Axes.reducedShape(new int[] {2, 3, 1}, new int[] {1}, true));
        assertEquals(1, Axes.size(new int[0]));
        assertEquals(0, Axes.size(new int[] {3, 0}));
    }
}
