package org.xpsci.linalg.internal;

import org.xpsci.linalg.LstsqResult;
import org.xpsci.linalg.PinvResult;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.SvdResult;
import org.xpsci.xp.Xp;

/**
 * scipy.linalg's {@code lstsq} (the SVD solution of LAPACK's default driver {@code gelsd}) and {@code pinv},
 * batched over leading axes.
 */
public final class LeastSquares {

    private LeastSquares() {
    }

    /** {@code lstsq(a, b, cond, check_finite)}. */
    public static LstsqResult lstsq(NdArray a0, NdArray b0, Double cond, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0, b0);
        Checks.finiteIf(checkFinite, xp, a0, b0);
        Checks.atLeast2d(a0, "Input array a should be 2D; got shape " + Checks.shape(a0));
        DType dt = Checks.lapackType(xp, a0, b0);
        NdArray a = Checks.cast(xp, a0, dt);
        int m = a.shape(-2);
        int n = a.shape(-1);
        int bRows = b0.ndim() <= 1 ? (int) b0.size() : b0.shape(-2);
        Rhs r = Rhs.align(xp, a, Checks.cast(xp, b0, dt), "Shape mismatch: a and b should have the same number of"
                + " rows (" + m + " != " + bRows + ").");
        int k = r.b().shape(-1);
        int[] batch = r.batch();
        if (m == 0 || n == 0) {
            return empty(xp, r, dt, n, k);
        }
        SvdResult svd = SvdDispatch.svd(xp, r.a(), false);
        NdArray s = svd.s();
        double c = cond != null ? cond : dt.toReal().finfo().eps();
        NdArray cutoff = xp.multiply(xp.expandDims(s.get(Index.ellipsis(), Index.at(0)), -1), c);
        NdArray keep = xp.greater(s, cutoff);
        NdArray inverse = xp.where(keep, xp.divide(Matrices.scalar(xp, 1, s), xp.where(keep, s,
                Matrices.scalar(xp, 1, s))), Matrices.scalar(xp, 0, s));
        NdArray uhb = xp.matmul(Matrices.conjT(xp, svd.u()), r.b());
        NdArray scaled = xp.multiply(uhb, Checks.cast(xp, xp.expandDims(inverse, -1), dt));
        NdArray x = xp.matmul(Matrices.conjT(xp, svd.vh()), scaled);
        NdArray rank = xp.sum(xp.astype(keep, DType.INT64), new int[] {-1}, null, false);
        NdArray residues = residues(xp, r, x, rank, m, n);
        return new LstsqResult(r.result(xp, x), residues, rank, s);
    }

    /**
     * Squared residual norms per column when m > n and every matrix has full rank, else an empty array of
     * x's dtype (SciPy's convention).
     */
    private static NdArray residues(ArrayNamespace xp, Rhs r, NdArray x, NdArray rank, int m, int n) {
        boolean full = m > n && xp.all(xp.equal(rank, xp.asarray((long) n))).booleanValue();
        if (!full) {
            return xp.zeros(new int[] {0}, x.dtype(), x.device());
        }
        NdArray res = xp.subtract(r.b(), xp.matmul(r.a(), x));
        NdArray sums = xp.sum(Matrices.abs2(xp, res), new int[] {-2}, null, false);
        return r.vector() ? xp.squeeze(sums, -1) : sums;
    }

    private static LstsqResult empty(ArrayNamespace xp, Rhs r, DType dt, int n, int k) {
        NdArray x = xp.zeros(Matrices.shape(r.batch(), n, k), dt, r.b().device());
        NdArray residues = n == 0 ? xp.sum(Matrices.abs2(xp, r.b()), new int[] {-2}, null, false)
                : xp.zeros(new int[] {0}, dt.toReal(), r.b().device());
        if (n == 0 && r.vector()) {
            residues = xp.squeeze(residues, -1);
        }
        NdArray rank = xp.zeros(r.batch(), DType.INT64, r.b().device());
        NdArray s = xp.zeros(new int[] {0}, dt.toReal(), r.b().device());
        return new LstsqResult(r.result(xp, x), residues, rank, s);
    }

    /** {@code pinv(a, atol, rtol, return_rank=True, check_finite)}. */
    public static PinvResult pinv(NdArray a0, Double atol, Double rtol, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        Checks.finiteIf(checkFinite, xp, a0);
        Checks.atLeast2d(a0, "expected matrix; got shape " + Checks.shape(a0));
        NdArray a = Checks.cast(xp, a0, Checks.lapackType(xp, a0));
        int m = a.shape(-2);
        int n = a.shape(-1);
        double at = atol == null ? 0 : atol;
        double rt = rtol == null ? Math.max(m, n) * a.dtype().toReal().finfo().eps() : rtol;
        if (at < 0 || rt < 0) {
            throw new IllegalArgumentException("atol and rtol values must be positive; got atol=" + at + ", rtol="
                    + rt);
        }
        int[] batch = Matrices.batch(a);
        if (Math.min(m, n) == 0) {
            return new PinvResult(xp.zeros(Matrices.shape(batch, n, m), a.dtype(), a.device()),
                    xp.zeros(batch, DType.INT64, a.device()));
        }
        SvdResult svd = SvdDispatch.svd(xp, a, false);
        NdArray s = svd.s();
        NdArray maxS = xp.expandDims(s.get(Index.ellipsis(), Index.at(0)), -1);
        NdArray val = xp.add(xp.multiply(maxS, rt), at);
        NdArray keep = xp.greater(s, val);
        NdArray inverse = xp.where(keep, xp.divide(Matrices.scalar(xp, 1, s), xp.where(keep, s,
                Matrices.scalar(xp, 1, s))), Matrices.scalar(xp, 0, s));
        NdArray us = xp.multiply(svd.u(), Checks.cast(xp, xp.expandDims(inverse, -2), a.dtype()));
        NdArray b = Matrices.conjT(xp, xp.matmul(us, svd.vh()));
        NdArray rank = xp.sum(xp.astype(keep, DType.INT64), new int[] {-1}, null, false);
        return new PinvResult(b, rank);
    }
}
