package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertEqual;

import java.util.List;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/** argmax, argmin, count_nonzero, nonzero, searchsorted and where against NumPy, and their error cases. */
class SearchingFunctionsTest {

    private static final Fixture F = ReductionCases.FIXTURE;
    private static final String[] SEARCH_DTYPES = {"float64", "float32", "int32", "uint64", "complex128", "bool"};

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void argmax(ArrayNamespace xp) {
        ReductionCases.check(xp, "argmax");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void argmin(ArrayNamespace xp) {
        ReductionCases.check(xp, "argmin");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void countNonzero(ArrayNamespace xp) {
        ReductionCases.check(xp, "count_nonzero");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void nonzero(ArrayNamespace xp) {
        ReductionCases.check(xp, "nonzero");
        List<NdArray> idx = xp.nonzero(xp.zeros(2, 3));
        assertEquals(2, idx.size());
        assertEqual(idx.get(1), xp.zeros(new int[] {0}, DType.INT64, null));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void searchsorted(ArrayNamespace xp) {
        for (String d : SEARCH_DTYPES) {
            NdArray keys = F.get(xp, "ss_keys__" + d);
            NdArray values = F.get(xp, "ss_values__" + d);
            for (String side : new String[] {"left", "right"}) {
                assertEqual(xp.searchsorted(keys, values, side, null), F.get(xp, "searchsorted__" + d + "__" + side));
                NdArray shuffled = F.get(xp, "ss_shuffled__" + d);
                NdArray sorter = F.get(xp, "ss_sorter__" + d);
                assertEqual(xp.searchsorted(shuffled, values, side, sorter),
                        F.get(xp, "searchsorted_sorter__" + d + "__" + side));
                assertEqual(xp.searchsorted(shuffled, values, side, xp.astype(sorter, DType.UINT8)),
                        F.get(xp, "searchsorted_sorter__" + d + "__" + side));
            }
        }
        assertEqual(xp.searchsorted(F.get(xp, "ss_keys__int32"), F.get(xp, "ss_values__float64")),
                F.get(xp, "searchsorted_mixed"));
        assertEqual(xp.searchsorted(F.get(xp, "ss_keys__float64"), xp.asarray(2.25), "right", null),
                F.get(xp, "searchsorted_scalar"));
        NdArray strided = xp.flip(F.get(xp, "ss_keys__int32")).get(org.xpsci.xp.Index.slice(null, null, -2));
        assertEqual(xp.searchsorted(strided, xp.asarray(new int[] {3})), xp.asarray(new long[] {2}));
        assertEqual(xp.searchsorted(xp.zeros(0), xp.ones(2)), xp.zeros(new int[] {2}, DType.INT64, null));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void where(ArrayNamespace xp) {
        NdArray cond = F.get(xp, "where_cond");
        String[][] pairs = {{"float64", "float64"}, {"int8", "uint8"}, {"int32", "float32"}, {"bool", "bool"},
            {"complex64", "float64"}, {"uint64", "int64"}, {"float32", "float32"}, {"int64", "complex128"}};
        for (String[] p : pairs) {
            NdArray x1 = F.get(xp, "x__" + p[0] + "_3d");
            NdArray x2 = F.get(xp, "x__" + p[1] + "_3d").get(org.xpsci.xp.Index.at(0), org.xpsci.xp.Index.all(),
                    org.xpsci.xp.Index.slice(null, 1, null));
            assertEqual(xp.where(cond, x1, x2), F.get(xp, "where__" + p[0] + "__" + p[1]));
        }
        NdArray t = ReductionCases.view(xp, F.get(xp, "x__float64_3d"), "t");
        assertEqual(xp.where(xp.permuteDims(cond, 2, 1, 0), t, F.get(xp, "x__int32_0d")),
                F.get(xp, "where_strided"));
        NdArray numeric = xp.where(cond, xp.zeros(1), xp.full(new int[0], 2.5, DType.FLOAT64, null));
        assertEqual(xp.where(numeric, F.get(xp, "x__int8_3d"), F.get(xp, "x__int8_0d")), F.get(xp, "where_nonbool"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void argExtremaErrors(ArrayNamespace xp) {
        NdArray e = xp.zeros(2, 0);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> xp.argmax(e));
        assertTrue(ex.getMessage().startsWith("attempt to get argmax of an empty sequence"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> xp.argmin(e, 1, false));
        assertTrue(ex.getMessage().startsWith("attempt to get argmin of an empty sequence"), ex.getMessage());
        assertEqual(xp.argmin(e, 0, false), xp.zeros(new int[] {0}, DType.INT64, null));
        ex = assertThrows(IllegalArgumentException.class,
                () -> xp.argmax(xp.ones(new int[] {2}, DType.COMPLEX64, null)));
        assertTrue(ex.getMessage().contains("argmax is not defined for complex input"), ex.getMessage());
        AxisException ax = assertThrows(AxisException.class, () -> xp.argmax(xp.ones(2, 3), 2, false));
        assertTrue(ax.getMessage().contains("axis 2"), ax.getMessage());
        assertThrows(AxisException.class, () -> xp.argmin(xp.asarray(1.0), 0, false));
        assertThrows(AxisException.class, () -> xp.countNonzero(xp.ones(2), new int[] {1}, false));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void nonzeroOfZeroDimensionalIsAnError(ArrayNamespace xp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.nonzero(xp.asarray(3.0)));
        assertTrue(e.getMessage().contains("nonzero is not defined for 0-d arrays"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void searchsortedErrors(ArrayNamespace xp) {
        NdArray keys = xp.asarray(new double[] {1, 2, 3});
        NdArray v = xp.asarray(new double[] {2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.searchsorted(xp.ones(2, 2), v));
        assertTrue(e.getMessage().contains("one-dimensional x1") && e.getMessage().contains("(2, 2)"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.searchsorted(keys, v, "middle", null));
        assertTrue(e.getMessage().contains("side must be 'left' or 'right'; got 'middle'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> xp.searchsorted(keys, v, "left", xp.asarray(new double[] {0, 1, 2})));
        assertTrue(e.getMessage().contains("sorter must have an integer dtype; got float64"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> xp.searchsorted(keys, v, "left", xp.asarray(new long[] {0, 1})));
        assertTrue(e.getMessage().contains("sorter must have x1's shape (3,)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> xp.searchsorted(keys, v, "right", xp.asarray(new long[] {0, 3, 1})));
        assertTrue(e.getMessage().contains("sorter[1] = 3 is out of range for x1 of length 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> xp.searchsorted(keys, v, "right", xp.asarray(new int[] {0, -1, 1})));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void whereShapesMustBroadcast(ArrayNamespace xp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.where(xp.asarray(new boolean[] {true, false}), xp.ones(3), xp.zeros(1)));
        assertTrue(e.getMessage().contains("(2,)") && e.getMessage().contains("(3,)"), e.getMessage());
    }
}
