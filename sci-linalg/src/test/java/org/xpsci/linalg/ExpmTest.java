package org.xpsci.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.xpsci.linalg.LinalgAsserts.DTYPES;
import static org.xpsci.linalg.LinalgAsserts.f;
import static org.xpsci.linalg.LinalgAsserts.near;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;

/** expm against scipy.linalg: every Pade order, squaring, diagonal, triangular and batched input. */
class ExpmTest {

    @XpTest
    void padeOrdersAndStructures(ArrayNamespace xp) {
        double[] scales = {0.001, 0.01, 0.05, 0.15, 0.5, 12.0};
        String[] names = {"3", "5", "7", "9", "13", "big"};
        for (String d : DTYPES) {
            NdArray a = f(xp, d + "_a");
            for (int i = 0; i < scales.length; i++) {
                near(Linalg.expm(xp.multiply(a, scales[i])), f(xp, d + "_expm_" + names[i]));
            }
            near(Linalg.expm(xp.multiply(a, xp.astype(xp.eye(4), a.dtype()))),
                    f(xp, d + "_expm_diag"));
            near(Linalg.expm(xp.multiply(xp.triu(a), 3.0)), f(xp, d + "_expm_upper"));
            near(Linalg.expm(xp.multiply(xp.tril(a), 3.0)), f(xp, d + "_expm_lower"));
            near(Linalg.expm(f(xp, d + "_ab")), f(xp, d + "_expm_batch"));
        }
    }

    @XpTest
    void specialInputs(ArrayNamespace xp) {
        NdArray e = Linalg.expm(f(xp, "int_a"));
        assertEquals(DType.FLOAT64, e.dtype());
        near(e, f(xp, "int_expm"));
        near(Linalg.expm(xp.asarray(new double[][] {{0, 1, 2}, {0, 0, 3}, {0, 0, 0}})), f(xp, "expm_nilpotent"));
        near(Linalg.expm(xp.asarray(new double[][] {{0.5}})), f(xp, "expm_1x1"));
        near(Linalg.expm(xp.asarray(0.5)), f(xp, "expm_1x1"));
        assertArrayEquals(new int[] {0, 0}, Linalg.expm(xp.zeros(0, 0)).shape());
        assertThrows(LinAlgException.class, () -> Linalg.expm(xp.ones(2, 3)));
        assertThrows(LinAlgException.class, () -> Linalg.expm(xp.ones(3)));
    }
}
