package org.xpsci.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xpsci.linalg.LinalgAsserts.f;
import static org.xpsci.linalg.LinalgAsserts.near;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * Batch semantics: stacks broadcast against each other as in SciPy 1.17, each slice matches the unbatched
 * result, and zero-size batches give empty results of the right shape (where SciPy refuses them).
 */
class BatchTest {

    @XpTest
    void slicesMatchUnbatchedResults(ArrayNamespace xp) {
        NdArray a = f(xp, "c128_ab");
        NdArray b = f(xp, "c128_bb");
        NdArray x = Linalg.solve(a, b);
        for (int i = 0; i < 2; i++) {
            NdArray ai = a.get(org.xpsci.xp.Index.at(i), org.xpsci.xp.Index.ellipsis());
            NdArray bi = b.get(org.xpsci.xp.Index.at(i), org.xpsci.xp.Index.ellipsis());
            near(x.get(org.xpsci.xp.Index.at(i), org.xpsci.xp.Index.ellipsis()), Linalg.solve(ai, bi));
        }
        NdArray shared = f(xp, "c128_bb").get(org.xpsci.xp.Index.at(0), org.xpsci.xp.Index.ellipsis());
        assertArrayEquals(new int[] {2, 3, 2}, Linalg.solve(a, shared).shape());
        assertArrayEquals(new int[] {2, 3, 3}, Linalg.expm(a).shape());
        assertArrayEquals(new int[] {2, 3}, Linalg.svdvals(a).shape());
        assertArrayEquals(new int[] {2}, Linalg.det(a).shape());
    }

    @XpTest
    void zeroSizeBatches(ArrayNamespace xp) {
        NdArray a = xp.zeros(0, 3, 3);
        assertArrayEquals(new int[] {0, 3, 1}, Linalg.solve(a, xp.zeros(0, 3, 1)).shape());
        assertArrayEquals(new int[] {0, 3, 3}, Linalg.inv(a).shape());
        NdArray d = Linalg.det(a);
        assertArrayEquals(new int[] {0}, d.shape());
        assertEquals(DType.FLOAT64, d.dtype());
        assertArrayEquals(new int[] {0, 3, 3}, Linalg.luFactor(a).lu().shape());
        assertArrayEquals(new int[] {0, 3}, Linalg.eigvalsh(a).shape());
        assertArrayEquals(new int[] {0, 3}, Linalg.svdvals(a).shape());
        assertArrayEquals(new int[] {0, 3, 3}, Linalg.expm(a).shape());
        assertArrayEquals(new int[] {0, 3, 3}, Linalg.cholesky(a).shape());
    }
}
