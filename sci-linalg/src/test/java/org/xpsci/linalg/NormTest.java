package org.xpsci.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.linalg.LinalgAsserts.DTYPES;
import static org.xpsci.linalg.LinalgAsserts.f;
import static org.xpsci.linalg.LinalgAsserts.near;
import static org.xpsci.testing.XpAssert.assertClose;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/** scipy.linalg.norm: vector and matrix orders, axes, keepdims, dtypes, overflow safety. */
class NormTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @XpTest
    void matrixAndVectorOrders(ArrayNamespace xp) {
        for (String d : DTYPES) {
            NdArray a = f(xp, d + "_a");
            NdArray ab = f(xp, d + "_ab");
            near(Linalg.norm(ab), f(xp, d + "_norm"));
            near(Linalg.norm(a, "fro", null, false, true), f(xp, d + "_mnorm_fro"));
            near(Linalg.norm(a, "nuc", null, false, true), f(xp, d + "_mnorm_nuc"));
            double[] ords = {1, -1, 2, -2, INF, -INF};
            String[] names = {"1", "m1", "2", "m2", "inf", "minf"};
            for (int i = 0; i < ords.length; i++) {
                near(Linalg.norm(a, ords[i], null, false, true), f(xp, d + "_mnorm_" + names[i]));
            }
            double[] vords = {1, 3, 0, INF, -INF, -2};
            String[] vnames = {"1", "3", "0", "inf", "minf", "m2"};
            for (int i = 0; i < vords.length; i++) {
                near(Linalg.norm(ab, vords[i], new int[] {-1}, false, true), f(xp, d + "_vnorm_" + vnames[i]));
            }
            near(Linalg.norm(ab, "fro", new int[] {0, 2}, true, true), f(xp, d + "_norm_axis02"));
            near(Linalg.norm(f(xp, d + "_b")), f(xp, d + "_norm_vec"));
        }
    }

    @XpTest
    void dtypesAndOverflow(ArrayNamespace xp) {
        NdArray n = Linalg.norm(f(xp, "int_a"));
        assertEquals(DType.FLOAT64, n.dtype());
        near(n, f(xp, "int_norm"));
        assertEquals(DType.FLOAT32, Linalg.norm(f(xp, "c64_b")).dtype());
        NdArray huge = xp.asarray(new double[] {3e200, 4e200});
        assertClose(Linalg.norm(huge), xp.asarray(5e200));
        NdArray tiny = xp.asarray(new double[] {3e-200, 4e-200});
        assertClose(Linalg.norm(tiny), xp.asarray(5e-200));
        assertClose(Linalg.norm(xp.zeros(3)), xp.asarray(0.0));
        assertClose(Linalg.norm(xp.zeros(0)), xp.asarray(0.0));
    }

    @XpTest
    void errors(ArrayNamespace xp) {
        var vec = assertThrows(IllegalArgumentException.class,
                () -> Linalg.norm(xp.ones(3), "fro", new int[] {0}, false, true));
        assertTrue(vec.getMessage().contains("for vectors"), vec.getMessage());
        var mat = assertThrows(IllegalArgumentException.class,
                () -> Linalg.norm(xp.ones(2, 2), 3, null, false, true));
        assertTrue(mat.getMessage().contains("for matrices"), mat.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Linalg.norm(xp.ones(2, 2, 2), 1, null, false, true));
        assertThrows(IllegalArgumentException.class, () -> Linalg.norm(xp.ones(2, 2), 1, new int[] {0, 0}, false,
                true));
        var nan = assertThrows(IllegalArgumentException.class,
                () -> Linalg.norm(xp.asarray(new double[] {1, Double.NaN})));
        assertEquals("array must not contain infs or NaNs", nan.getMessage());
    }
}
