package org.xpsci.xp.cpu;

import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Assertions for decompositions whose factors are unique only up to signs or phases: reconstruction,
 * orthonormality and triangularity, with tolerances scaled to the size of the values (norm-wise, as LAPACK's
 * own tests do). Conjugates and moduli are computed on the host so the checks need nothing but matmul.
 */
final class LinalgChecks {

    private LinalgChecks() {
    }

    /** Elementwise close with the dtype's default rtol, plus an atol of rtol times the largest |desired|. */
    static void near(NdArray actual, NdArray desired) {
        double rtol = XpAssert.defaultRtol(actual.dtype());
        assertClose(actual, desired, AssertOptions.defaults().rtol(rtol).atol(rtol * maxAbs(desired)));
    }

    /** As {@link #near} without the dtype check (a reference of another precision). */
    static void nearAnyDtype(NdArray actual, NdArray desired) {
        double rtol = XpAssert.defaultRtol(actual.dtype());
        assertClose(actual, desired, AssertOptions.defaults().rtol(rtol).atol(rtol * maxAbs(desired)).noDtypeCheck());
    }

    static double maxAbs(NdArray x) {
        double[] v = Xp.toComplexArray(x);
        double m = 0;
        for (int i = 0; i < v.length; i += 2) {
            m = Math.max(m, Math.hypot(v[i], v[i + 1]));
        }
        return m;
    }

    /** The conjugate transpose of the last two axes, computed on the host. */
    static NdArray conjT(ArrayNamespace xp, NdArray x) {
        NdArray t = xp.matrixTranspose(x);
        if (!x.dtype().isComplexFloating()) {
            return t;
        }
        double[] v = Xp.toComplexArray(t);
        org.xpsci.xp.Complex[] c = new org.xpsci.xp.Complex[v.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new org.xpsci.xp.Complex(v[2 * i], -v[2 * i + 1]);
        }
        return xp.reshape(xp.asarray(c, x.dtype()), t.shape());
    }

    /** |x| elementwise (a real array of x's precision), computed on the host. */
    static NdArray abs(ArrayNamespace xp, NdArray x) {
        double[] v = Xp.toComplexArray(x);
        double[] a = new double[v.length / 2];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.hypot(v[2 * i], v[2 * i + 1]);
        }
        return xp.reshape(xp.asarray(a, x.dtype().toReal()), x.shape());
    }

    /** Q^H Q is the identity (columns orthonormal). */
    static void orthonormalColumns(ArrayNamespace xp, NdArray q) {
        int k = q.shape(-1);
        NdArray g = xp.matmul(conjT(xp, q), q);
        NdArray eye = xp.astype(xp.eye(k), q.dtype());
        double rtol = XpAssert.defaultRtol(q.dtype());
        assertClose(g, xp.broadcastTo(eye, g.shape()), AssertOptions.defaults().atol(rtol));
    }

    /** Everything below the main diagonal of the last two axes is exactly zero. */
    static void upperTriangular(ArrayNamespace xp, NdArray r) {
        assertEqual(xp.tril(r, -1), xp.zerosLike(r));
    }

    /** The real dtype matching a fixture prefix's precision. */
    static DType dtypeOf(String prefix) {
        return switch (prefix) {
            case "f64" -> DType.FLOAT64;
            case "f32" -> DType.FLOAT32;
            case "c128" -> DType.COMPLEX128;
            default -> DType.COMPLEX64;
        };
    }
}
