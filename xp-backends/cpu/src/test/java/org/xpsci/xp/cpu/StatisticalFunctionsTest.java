package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * sum, prod, max, min, mean, var, std, cumulative_sum and cumulative_prod against NumPy: every dtype, 0-d,
 * empty, 1-d and 3-d inputs, C-ordered, transposed and strided, axes incl. negative ones and keepdims, NaNs,
 * explicit dtypes (see gen_reductions.py), and every error case.
 */
class StatisticalFunctionsTest {


    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void sum(ArrayNamespace xp) {
        ReductionCases.check(xp, "sum");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void prod(ArrayNamespace xp) {
        ReductionCases.check(xp, "prod");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void max(ArrayNamespace xp) {
        ReductionCases.check(xp, "max");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void min(ArrayNamespace xp) {
        ReductionCases.check(xp, "min");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void mean(ArrayNamespace xp) {
        ReductionCases.check(xp, "mean");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void var(ArrayNamespace xp) {
        ReductionCases.check(xp, "var");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void std(ArrayNamespace xp) {
        ReductionCases.check(xp, "std");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void cumulativeSum(ArrayNamespace xp) {
        ReductionCases.check(xp, "cumulative_sum");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void cumulativeProd(ArrayNamespace xp) {
        ReductionCases.check(xp, "cumulative_prod");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void defaultAccumulationDtypes(ArrayNamespace xp) {
        for (DType d : DType.values()) {
            NdArray x = xp.ones(new int[] {2, 3}, d, null);
            DType expected = d.isBool() || d.isSignedInteger() ? DType.INT64
                    : d.isUnsignedInteger() ? DType.UINT64 : d;
            assertEquals(expected, xp.sum(x).dtype(), "sum of " + d);
            assertEquals(expected, xp.prod(x).dtype(), "prod of " + d);
            assertEquals(expected, xp.cumulativeSum(x, 1).dtype(), "cumulative_sum of " + d);
            DType mean = d.isFloating() ? d : DType.FLOAT64;
            assertEquals(mean, xp.mean(x).dtype(), "mean of " + d);
            assertEquals(mean.toReal(), xp.var(x).dtype(), "var of " + d);
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void varianceOfFewElementsIsNaN(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {1, 2, 4});
        NdArray nan = xp.asarray(Double.NaN);
        assertEqual(xp.var(x, null, 3, false), nan);
        assertEqual(xp.std(x, null, 5, false), nan);
        assertEqual(xp.var(xp.zeros(0), null, 0, false), nan);
        assertClose(xp.var(x, null, 2.5, false), xp.asarray(14.0 / 3 / 0.5));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void badAxes(ArrayNamespace xp) {
        NdArray x = xp.ones(2, 3, 4);
        AxisException e = assertThrows(AxisException.class, () -> xp.sum(x, new int[] {3}, null, false));
        assertTrue(e.getMessage().contains("axis 3"), e.getMessage());
        assertThrows(AxisException.class, () -> xp.mean(x, new int[] {-4}, false));
        e = assertThrows(AxisException.class, () -> xp.max(x, new int[] {0, -3}, false));
        assertTrue(e.getMessage().contains("repeated axis"), e.getMessage());
        assertThrows(AxisException.class, () -> xp.var(x, new int[] {1, 1}, 0, false));
        assertThrows(AxisException.class, () -> xp.sum(xp.asarray(1.0), new int[] {0}, null, false));
        assertThrows(AxisException.class, () -> xp.cumulativeSum(x, 3));
        assertThrows(AxisException.class, () -> xp.cumulativeProd(x, -4, null, false));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void cumulativeNeedsAxisAboveOneDimension(ArrayNamespace xp) {
        NdArray x = xp.ones(2, 3);
        AxisException e = assertThrows(AxisException.class, () -> xp.cumulativeSum(x, null));
        assertTrue(e.getMessage().contains("axis must be given for cumulative_sum"), e.getMessage());
        e = assertThrows(AxisException.class, () -> xp.cumulativeProd(x, null, null, true));
        assertTrue(e.getMessage().contains("cumulative_prod"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void emptyMaxAndMinHaveNoIdentity(ArrayNamespace xp) {
        NdArray e = xp.zeros(3, 0);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> xp.max(e));
        assertTrue(ex.getMessage().startsWith("zero-size array to reduction operation maximum which has no identity"),
                ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> xp.min(e, new int[] {1}, false));
        assertTrue(ex.getMessage().startsWith("zero-size array to reduction operation minimum which has no identity"),
                ex.getMessage());
        assertEqual(xp.max(e, new int[] {0}, false), xp.zeros(0));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void complexHasNoMaxOrMin(ArrayNamespace xp) {
        NdArray z = xp.ones(new int[] {3}, DType.COMPLEX128, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.max(z));
        assertTrue(e.getMessage().contains("max is not defined for complex input"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.min(xp.astype(z, DType.COMPLEX64)));
        assertTrue(e.getMessage().contains("min is not defined for complex input") && e.getMessage()
                .contains("complex64"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void correctionMustBeFinite(ArrayNamespace xp) {
        NdArray x = xp.ones(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.var(x, null, Double.NaN, false));
        assertTrue(e.getMessage().contains("correction") && e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.std(x, null, Double.POSITIVE_INFINITY, false));
    }
}
