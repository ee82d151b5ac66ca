package org.xpsci.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.linalg.LinalgAsserts.DTYPES;
import static org.xpsci.linalg.LinalgAsserts.f;
import static org.xpsci.linalg.LinalgAsserts.near;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;

/** cholesky, cho_factor and cho_solve against scipy.linalg; only the named triangle is read. */
class CholeskyTest {

    @XpTest
    void factorsReadOneTriangle(ArrayNamespace xp) {
        for (String d : DTYPES) {
            near(Linalg.cholesky(f(xp, d + "_s_up")), f(xp, d + "_chol"));
            near(Linalg.cholesky(f(xp, d + "_s_lo"), true, true), f(xp, d + "_chol_lower"));
            near(Linalg.cholesky(f(xp, d + "_sb"), true, true), f(xp, d + "_chol_batch"));
        }
    }

    @XpTest
    void factorAndSolve(ArrayNamespace xp) {
        for (String d : DTYPES) {
            ChoFactorization c = Linalg.choFactor(f(xp, d + "_s_up"));
            near(c.c(), f(xp, d + "_cho_c"));
            near(Linalg.choSolve(c, f(xp, d + "_bm")), f(xp, d + "_cho_solve"));
            ChoFactorization lower = Linalg.choFactor(f(xp, d + "_s_lo"), true, true);
            near(Linalg.choSolve(lower, f(xp, d + "_b")), f(xp, d + "_cho_solve_lower"));
        }
    }

    @XpTest
    void errors(ArrayNamespace xp) {
        NdArray notPd = xp.asarray(new double[][] {{1, 2}, {2, 1}});
        var e = assertThrows(LinAlgException.class, () -> Linalg.cholesky(notPd));
        assertEquals("2-th leading minor of the array is not positive definite", e.getMessage());
        var first = assertThrows(LinAlgException.class, () -> Linalg.choFactor(xp.multiply(xp.eye(2), -1.0)));
        assertEquals("1-th leading minor of the array is not positive definite", first.getMessage());
        var sq = assertThrows(LinAlgException.class, () -> Linalg.cholesky(xp.ones(2, 3)));
        assertTrue(sq.getMessage().contains("expected to be square"), sq.getMessage());
        assertArrayEquals(new int[] {0, 0}, Linalg.cholesky(xp.zeros(0, 0)).shape());
        var dims = assertThrows(IllegalArgumentException.class,
                () -> Linalg.choSolve(new ChoFactorization(xp.eye(3), false), xp.ones(2)));
        assertTrue(dims.getMessage().contains("incompatible dimensions"), dims.getMessage());
        assertThrows(LinAlgException.class, () -> Linalg.choSolve(new ChoFactorization(xp.ones(2, 3), false),
                xp.ones(2)));
    }
}
