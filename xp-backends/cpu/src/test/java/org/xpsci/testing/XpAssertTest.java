package org.xpsci.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** The assertions' semantics (SciPy's xp_assert_*), checked on cpu arrays. */
class XpAssertTest {

    private final ArrayNamespace xp = Xp.backend("cpu");

    @Test
    void closeUsesTheDtypesDefaultTolerance() {
        NdArray d = xp.asarray(new double[] {1.0, 2.0, Double.NaN});
        XpAssert.assertClose(xp.asarray(new double[] {1.0 + 5e-8, 2.0, Double.NaN}), d);
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> XpAssert.assertClose(xp.asarray(new double[] {1.0 + 1e-6, 2.0, Double.NaN}), d));
        assertTrue(e.getMessage().contains("Mismatched elements: 1 / 3"), e.getMessage());
        NdArray f = xp.asarray(new float[] {1.0f, 2.0f});
        XpAssert.assertClose(xp.asarray(new float[] {1.001f, 2.0f}), f);
    }

    @Test
    void preChecksCompareDtypeAndShape() {
        NdArray a = xp.asarray(new double[] {1, 2});
        AssertionFailedError dt = assertThrows(AssertionFailedError.class,
                () -> XpAssert.assertEqual(xp.astype(a, DType.FLOAT32), a));
        assertTrue(dt.getMessage().contains("dtypes do not match"), dt.getMessage());
        AssertionFailedError sh = assertThrows(AssertionFailedError.class,
                () -> XpAssert.assertEqual(xp.reshape(a, 1, 2), a));
        assertTrue(sh.getMessage().contains("Shapes do not match"), sh.getMessage());
        XpAssert.assertEqual(xp.reshape(xp.asarray(new double[] {5, 5, 5, 5}), 2, 2), xp.asarray(5.0),
                AssertOptions.defaults().noShapeCheck());
    }

    @Test
    void integersCompareExactlyAbove2To53() {
        NdArray big = xp.asarray(new long[] {(1L << 53) + 1});
        NdArray near = xp.asarray(new long[] {1L << 53});
        assertThrows(AssertionFailedError.class, () -> XpAssert.assertEqual(big, near));
        XpAssert.assertLess(near, big);
        NdArray u = xp.astype(xp.asarray(new long[] {-1L}), DType.UINT64);
        NdArray one = xp.astype(xp.asarray(new long[] {1L}), DType.UINT64);
        XpAssert.assertLess(one, u);
    }

    @Test
    void lessIsStrict() {
        NdArray a = xp.asarray(new double[] {1, 2});
        assertThrows(AssertionFailedError.class, () -> XpAssert.assertLess(a, a));
        XpAssert.assertLess(a, xp.asarray(new double[] {1.5, 3}));
    }
}
