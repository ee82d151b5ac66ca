package org.xpsci.linalg.internal;

import org.xpsci.linalg.LuFactorization;
import org.xpsci.linalg.LuResult;
import org.xpsci.linalg.PermutedLuResult;
import org.xpsci.linalg.Trans;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** scipy.linalg's {@code lu}, {@code lu_factor} and {@code lu_solve}. */
public final class LuFunctions {

    private static final System.Logger LOG = System.getLogger("org.xpsci.linalg");

    private LuFunctions() {
    }

    /** {@code lu_factor(a, check_finite)}; an exactly zero pivot is logged as SciPy's LinAlgWarning. */
    public static LuFactorization luFactor(NdArray a0, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        Checks.finiteIf(checkFinite, xp, a0);
        Checks.atLeast2d(a0, "expected a matrix of at least two dimensions; got shape " + Checks.shape(a0));
        NdArray a = Checks.cast(xp, a0, Checks.lapackType(xp, a0));
        LuDispatch.Parts p = LuDispatch.factor(xp, a);
        if (a.size() > 0 && xp.any(p.zeroPivot()).booleanValue()) {
            long first = TriangularDispatch.firstZeroDiagonal(xp, p.lu());
            LOG.log(System.Logger.Level.WARNING, "LinAlgWarning: Diagonal number " + (first + 1)
                    + " is exactly zero. Singular matrix.");
        }
        return new LuFactorization(p.lu(), p.piv());
    }

    /** {@code lu_solve((lu, piv), b, trans, check_finite)}; check_finite applies to b, as in SciPy. */
    public static NdArray luSolve(LuFactorization f, NdArray b0, Trans trans, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(f.lu(), f.piv(), b0);
        Checks.finiteIf(checkFinite, xp, b0);
        NdArray lu = f.lu();
        Checks.square(lu, "lu must hold square factors; got shape " + Checks.shape(lu));
        if (f.piv().ndim() < 1 || f.piv().shape(-1) != lu.shape(-1)) {
            throw new IllegalArgumentException("piv must have shape (..., " + lu.shape(-1) + ") to match lu of shape "
                    + Checks.shape(lu) + "; got " + Checks.shape(f.piv()));
        }
        Rhs r = Rhs.align(xp, lu, b0, "Shapes of lu " + Checks.shape(lu) + " and b " + Checks.shape(b0)
                + " are incompatible");
        DType dt = Checks.lapackType(xp, lu, b0);
        if (r.b().size() == 0) {
            return r.result(xp, xp.zeros(r.b().shape(), dt, b0.device()));
        }
        return r.result(xp, LuDispatch.solve(xp, r.a(), f.piv(), r.b(), trans));
    }

    /** {@code lu(a, permute_l=False, check_finite, p_indices)}. */
    public static LuResult lu(NdArray a0, boolean pIndices, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        Parts parts = parts(xp, a0, checkFinite);
        NdArray a = parts.a();
        int m = a.shape(-2);
        NdArray p = parts.rowIndices();
        if (Math.min(m, a.shape(-1)) == 0) {
            int[] batch = Matrices.batch(a);
            p = pIndices ? xp.zeros(Matrices.shape(batch, 0), DType.INT32, a.device())
                    : xp.zeros(Matrices.shape(batch, 0, 0), a.dtype().toReal(), a.device());
        } else if (!pIndices) {
            NdArray ids = xp.astype(xp.arange(m), p.dtype());
            NdArray hot = xp.equal(xp.expandDims(p, -1), ids);
            p = xp.astype(hot, a.dtype().toReal());
        }
        return new LuResult(p, parts.l(), parts.u());
    }

    /** {@code lu(a, permute_l=True, check_finite)}. */
    public static PermutedLuResult luPermuted(NdArray a0, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        Parts parts = parts(xp, a0, checkFinite);
        NdArray l = parts.l();
        NdArray rows = xp.broadcastTo(xp.expandDims(parts.rowIndices(), -1), l.shape());
        return new PermutedLuResult(xp.takeAlongAxis(l, rows, -2), parts.u());
    }

    /** The unpacked factors and SciPy's row indices p with {@code a = l[p, :] @ u}. */
    private record Parts(NdArray a, NdArray l, NdArray u, NdArray rowIndices) {
    }

    private static Parts parts(ArrayNamespace xp, NdArray a0, boolean checkFinite) {
        Checks.finiteIf(checkFinite, xp, a0);
        if (a0.ndim() < 2) {
            throw new LinAlgException("The input array must be at least two-dimensional.");
        }
        NdArray a = Checks.cast(xp, a0, Checks.lapackType(xp, a0));
        int m = a.shape(-2);
        int n = a.shape(-1);
        int k = Math.min(m, n);
        int[] batch = Matrices.batch(a);
        if (k == 0) {
            NdArray none = xp.zeros(Matrices.shape(batch, m), DType.INT32, a.device());
            return new Parts(a, xp.zeros(Matrices.shape(batch, m, k), a.dtype(), a.device()),
                    xp.zeros(Matrices.shape(batch, k, n), a.dtype(), a.device()), none);
        }
        LuDispatch.Parts p = LuDispatch.factor(xp, a);
        NdArray lu = p.lu();
        NdArray l = xp.add(xp.tril(lu.get(Index.ellipsis(), Index.all(), Index.range(0, k)), -1),
                Matrices.eye(xp, m, k, a));
        NdArray u = xp.triu(lu.get(Index.ellipsis(), Index.range(0, k), Index.all()));
        NdArray rowIndices = xp.astype(xp.argsort(p.perm(), -1, false, true), DType.INT32);
        return new Parts(a, l, u, rowIndices);
    }
}
