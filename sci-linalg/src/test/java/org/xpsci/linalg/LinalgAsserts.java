package org.xpsci.linalg;

import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import java.util.List;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The fixture (linalg.npz from gen_linalg.py) and assertions for results that are unique only up to signs or
 * phases. Tolerances scale with the values' size (norm-wise), as LAPACK's own tests do; conjugates and moduli
 * use the namespace's elementwise functions.
 */
final class LinalgAsserts {

    static final Fixture F = Fixtures.load("linalg.npz");
    static final List<String> DTYPES = List.of("f64", "f32", "c128", "c64");

    private LinalgAsserts() {
    }

    static NdArray f(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    /** Elementwise close with the dtype's default rtol plus an atol of rtol times the largest |desired|. */
    static void near(NdArray actual, NdArray desired) {
        double rtol = XpAssert.defaultRtol(actual.dtype());
        assertClose(actual, desired, AssertOptions.defaults().rtol(rtol).atol(rtol * maxAbs(desired)));
    }

    /** As {@link #near} with a looser relative tolerance. */
    static void near(NdArray actual, NdArray desired, double rtol) {
        assertClose(actual, desired, AssertOptions.defaults().rtol(rtol).atol(rtol * maxAbs(desired)));
    }

    /** The largest modulus, read on the host (a test-side reference computation). */
    static double maxAbs(NdArray x) {
        double[] m = {0};
        org.xpsci.xp.HostReader.forEach(x.dlpack(org.xpsci.xp.Device.CPU, true).hostBuffer(),
                (i, re, im) -> m[0] = Math.max(m[0], Math.hypot(re, im)));
        return m[0];
    }

    /** The conjugate transpose of the last two axes. */
    static NdArray conjT(ArrayNamespace xp, NdArray x) {
        NdArray t = xp.matrixTranspose(x);
        return x.dtype().isComplexFloating() ? xp.conj(t) : t;
    }

    /** Columns orthonormal: Q^H Q = I. */
    static void orthonormalColumns(ArrayNamespace xp, NdArray q) {
        int k = q.shape(-1);
        NdArray g = xp.matmul(conjT(xp, q), q);
        NdArray eye = xp.broadcastTo(xp.astype(xp.eye(k), q.dtype()), g.shape());
        assertClose(g, eye, AssertOptions.defaults().atol(XpAssert.defaultRtol(q.dtype())));
    }

    /** Exactly zero below the diagonal. */
    static void upperTriangular(ArrayNamespace xp, NdArray r) {
        assertEqual(xp.tril(r, -1), xp.zerosLike(r));
    }

    /** True when the test runs on the portable path (fast paths off). */
    static boolean portable() {
        return !Xp.fastPathsEnabled();
    }
}
