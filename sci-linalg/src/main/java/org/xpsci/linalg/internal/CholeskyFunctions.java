package org.xpsci.linalg.internal;

import org.xpsci.linalg.ChoFactorization;
import org.xpsci.linalg.Trans;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** scipy.linalg's {@code cholesky}, {@code cho_factor} and {@code cho_solve}. */
public final class CholeskyFunctions {

    private CholeskyFunctions() {
    }

    /** {@code cholesky(a, lower, check_finite)}: the factor, the other triangle zero. */
    public static NdArray cholesky(NdArray a0, boolean lower, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        NdArray a = prepare(xp, a0, checkFinite);
        if (a.size() == 0) {
            return xp.zeros(a.shape(), a.dtype(), a.device());
        }
        return CholeskyDispatch.factor(xp, a, lower).orThrow();
    }

    /** {@code cho_factor(a, lower, check_finite)}: the factor, the other triangle holding a's entries. */
    public static ChoFactorization choFactor(NdArray a0, boolean lower, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        NdArray a = prepare(xp, a0, checkFinite);
        if (a.size() == 0) {
            return new ChoFactorization(xp.zeros(a.shape(), a.dtype(), a.device()), lower);
        }
        NdArray f = CholeskyDispatch.factor(xp, a, lower).orThrow();
        NdArray other = lower ? xp.triu(a, 1) : xp.tril(a, -1);
        return new ChoFactorization(xp.add(f, other), lower);
    }

    /** {@code cho_solve((c, lower), b, check_finite)}: only c's named triangle is read. */
    public static NdArray choSolve(ChoFactorization f, NdArray b0, boolean checkFinite) {
        NdArray c0 = f.c();
        ArrayNamespace xp = Xp.namespace(c0, b0);
        Checks.finiteIf(checkFinite, xp, b0, c0);
        Checks.square(c0, "The factored matrix c is not square.");
        NdArray c = Checks.cast(xp, c0, Checks.lapackType(xp, c0, b0));
        NdArray b = Checks.cast(xp, b0, c.dtype());
        Rhs r = Rhs.align(xp, c, b, "incompatible dimensions (" + Checks.shape(c0) + " and " + Checks.shape(b0)
                + ")");
        if (r.b().size() == 0) {
            return r.result(xp, xp.zeros(r.b().shape(), c.dtype(), b.device()));
        }
        boolean lower = f.lower();
        NdArray y = TriangularDispatch.solve(xp, r.a(), r.b(), lower, false, lower ? Trans.N : Trans.C);
        NdArray x = TriangularDispatch.solve(xp, r.a(), y, lower, false, lower ? Trans.C : Trans.N);
        return r.result(xp, x);
    }

    /** check_finite, SciPy's atleast_2d and the squareness check, then the LAPACK dtype. */
    private static NdArray prepare(ArrayNamespace xp, NdArray a0, boolean checkFinite) {
        Checks.finiteIf(checkFinite, xp, a0);
        NdArray a = a0.ndim() < 2 ? xp.reshape(a0, 1, -1) : a0;
        if (a.shape(-1) != a.shape(-2)) {
            throw new LinAlgException("Input array is expected to be square but has the shape: " + Checks.shape(a)
                    + ".");
        }
        return Checks.cast(xp, a, Checks.lapackType(xp, a));
    }
}
