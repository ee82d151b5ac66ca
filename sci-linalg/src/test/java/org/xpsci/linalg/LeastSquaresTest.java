package org.xpsci.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.linalg.LinalgAsserts.DTYPES;
import static org.xpsci.linalg.LinalgAsserts.f;
import static org.xpsci.linalg.LinalgAsserts.near;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;

/** lstsq and pinv against scipy.linalg (gelsd's SVD solution). */
class LeastSquaresTest {

    @XpTest
    void leastSquares(ArrayNamespace xp) {
        for (String d : DTYPES) {
            LstsqResult r = Linalg.lstsq(f(xp, d + "_rect"), f(xp, d + "_b5"));
            near(r.x(), f(xp, d + "_lstsq_x"));
            near(r.residues(), f(xp, d + "_lstsq_res"));
            assertEqual(r.rank(), f(xp, d + "_lstsq_rank"), AssertOptions.defaults().noDtypeCheck());
            near(r.s(), f(xp, d + "_lstsq_s"));
            LstsqResult w = Linalg.lstsq(f(xp, d + "_wide"), f(xp, d + "_b3"));
            near(w.x(), f(xp, d + "_lstsqw_x"));
            assertArrayEquals(new int[] {0}, w.residues().shape());
            near(Linalg.pinv(f(xp, d + "_rect")), f(xp, d + "_pinv"));
            near(Linalg.pinv(f(xp, d + "_wide")), f(xp, d + "_pinv_wide"));
        }
    }

    @XpTest
    void rankDeficient(ArrayNamespace xp) {
        LstsqResult r = Linalg.lstsq(f(xp, "lowrank"), f(xp, "lowrank_b"));
        near(r.x(), f(xp, "lowrank_x"));
        assertEquals(2, r.rank().longValue());
        assertArrayEquals(new int[] {0}, r.residues().shape());
        near(r.s(), f(xp, "lowrank_s"), 1e-6);
        near(Linalg.pinv(f(xp, "lowrank")), f(xp, "lowrank_pinv"), 1e-6);
        PinvResult p = Linalg.pinvWithRank(f(xp, "lowrank"), 0.5, null, true);
        near(p.pinv(), f(xp, "lowrank_pinv_atol"), 1e-6);
        assertEquals(f(xp, "lowrank_pinv_rank").longValue(), p.rank().longValue());
    }

    @XpTest
    void errorsAndEmptyInput(ArrayNamespace xp) {
        var rows = assertThrows(IllegalArgumentException.class, () -> Linalg.lstsq(xp.ones(3, 2), xp.ones(4)));
        assertTrue(rows.getMessage().contains("(3 != 4)"), rows.getMessage());
        var tol = assertThrows(IllegalArgumentException.class, () -> Linalg.pinv(xp.eye(2), -1.0, null, true));
        assertTrue(tol.getMessage().contains("atol and rtol"), tol.getMessage());
        LstsqResult e = Linalg.lstsq(xp.zeros(3, 0), xp.ones(3));
        assertArrayEquals(new int[] {0}, e.x().shape());
        near(e.residues(), xp.asarray(3.0));
        NdArray pe = Linalg.pinv(xp.zeros(0, 3));
        assertArrayEquals(new int[] {3, 0}, pe.shape());
    }
}
