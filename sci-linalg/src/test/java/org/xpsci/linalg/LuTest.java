package org.xpsci.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.linalg.LinalgAsserts.DTYPES;
import static org.xpsci.linalg.LinalgAsserts.f;
import static org.xpsci.linalg.LinalgAsserts.near;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;

/** lu, lu_factor and lu_solve against scipy.linalg: partial pivoting makes the factors unique. */
class LuTest {

    @XpTest
    void luFactorsMatchScipy(ArrayNamespace xp) {
        for (String d : DTYPES) {
            LuResult r = Linalg.lu(f(xp, d + "_a"));
            assertEqual(r.p(), f(xp, d + "_lu_p"));
            near(r.l(), f(xp, d + "_lu_l"));
            near(r.u(), f(xp, d + "_lu_u"));
            LuResult tall = Linalg.lu(f(xp, d + "_rect"));
            assertEqual(tall.p(), f(xp, d + "_lur_p"));
            near(tall.l(), f(xp, d + "_lur_l"));
            near(tall.u(), f(xp, d + "_lur_u"));
            LuResult wide = Linalg.lu(f(xp, d + "_wide"), true, true);
            assertEqual(wide.p(), f(xp, d + "_luw_p"));
            near(wide.l(), f(xp, d + "_luw_l"));
            near(wide.u(), f(xp, d + "_luw_u"));
            PermutedLuResult pl = Linalg.luPermuted(f(xp, d + "_ab"), true);
            near(pl.pl(), f(xp, d + "_lub_pl"));
            near(pl.u(), f(xp, d + "_lub_u"));
        }
    }

    @XpTest
    void factorAndSolve(ArrayNamespace xp) {
        for (String d : DTYPES) {
            LuFactorization fac = Linalg.luFactor(f(xp, d + "_a"));
            near(fac.lu(), f(xp, d + "_luf_lu"));
            assertEqual(fac.piv(), f(xp, d + "_luf_piv"));
            for (int t = 0; t < 3; t++) {
                near(Linalg.luSolve(fac, f(xp, d + "_bm"), Trans.of(t), true), f(xp, d + "_lus_" + t));
            }
            LuFactorization batch = Linalg.luFactor(f(xp, d + "_ab"));
            near(batch.lu(), f(xp, d + "_lufb_lu"));
            assertEqual(batch.piv(), f(xp, d + "_lufb_piv"));
            near(Linalg.luSolve(batch, f(xp, d + "_bb")), f(xp, d + "_lusb"));
        }
    }

    @XpTest
    void emptyAndSingularInput(ArrayNamespace xp) {
        LuResult e = Linalg.lu(xp.zeros(0, 3));
        assertArrayEquals(new int[] {0, 0}, e.p().shape());
        assertArrayEquals(new int[] {0, 0}, e.l().shape());
        assertArrayEquals(new int[] {0, 3}, e.u().shape());
        assertEquals(DType.INT32, Linalg.lu(xp.zeros(3, 0), true, true).p().dtype());
        LuFactorization singular = Linalg.luFactor(xp.asarray(new double[][] {{1, 2}, {2, 4}}));
        assertArrayEquals(new int[] {2}, singular.piv().shape());
        var nd = assertThrows(LinAlgException.class, () -> Linalg.lu(xp.ones(3)));
        assertTrue(nd.getMessage().contains("at least two-dimensional"), nd.getMessage());
        var shapes = assertThrows(IllegalArgumentException.class,
                () -> Linalg.luSolve(Linalg.luFactor(xp.eye(3)), xp.ones(2)));
        assertTrue(shapes.getMessage().contains("incompatible"), shapes.getMessage());
        NdArray bad = xp.asarray(new double[] {Double.NaN, 1, 2});
        assertThrows(IllegalArgumentException.class, () -> Linalg.luSolve(Linalg.luFactor(xp.eye(3)), bad));
    }
}
