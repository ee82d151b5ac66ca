package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Cholesky factorisation written with the standard alone, batched: column j of L is column j of A minus
 * one matrix-vector product with the columns already found, scaled by the square root of its diagonal.
 */
public final class PortableCholesky {

    private PortableCholesky() {
    }

    /**
     * A factorisation attempt.
     *
     * @param factor the lower factor L (A = L L^H), or U = L^H when the upper one was asked for
     * @param pivots the values whose square roots form L's diagonal, shape (..., N); all positive exactly
     *               when every matrix is positive definite
     */
    public record Result(NdArray factor, NdArray pivots) {
    }

    /**
     * Factors the Hermitian matrices whose triangle {@code lower} names is a's (the other is not read).
     */
    public static Result factor(ArrayNamespace xp, NdArray a, boolean lower) {
        int n = a.shape(-1);
        NdArray h = Matrices.fromTriangle(xp, a, lower, true);
        NdArray l = xp.zeros(a.shape(), a.dtype(), a.device());
        NdArray[] pivots = new NdArray[n];
        NdArray rowIds = xp.expandDims(xp.arange(n), -1);
        NdArray colIds = xp.arange(n);
        for (int j = 0; j < n; j++) {
            NdArray lj = Matrices.row(l, j);
            NdArray v = xp.matmul(l, xp.expandDims(Matrices.conj(xp, lj), -1));
            NdArray s = xp.subtract(Matrices.col(h, j), v.get(Index.ellipsis(), Index.at(0)));
            NdArray d = Matrices.re(xp, s.get(Index.ellipsis(), Index.at(j)));
            pivots[j] = d;
            NdArray root = Checks.cast(xp, xp.sqrt(d), a.dtype());
            NdArray column = xp.expandDims(xp.divide(s, xp.expandDims(root, -1)), -1);
            NdArray jj = xp.asarray((long) j);
            NdArray mask = xp.logicalAnd(xp.greaterEqual(rowIds, jj), xp.equal(colIds, jj));
            l = xp.where(mask, column, l);
        }
        NdArray d = n == 0 ? xp.zeros(Matrices.shape(Matrices.batch(a), 0), a.dtype().toReal(), a.device())
                : xp.stack(java.util.Arrays.asList(pivots), -1);
        return new Result(lower ? l : Matrices.conjT(xp, l), d);
    }

    /** Whether every pivot is positive (every matrix positive definite); reads one value back. */
    public static boolean positiveDefinite(ArrayNamespace xp, Result r) {
        return r.pivots().size() == 0 || xp.all(xp.greater(r.pivots(), Matrices.scalar(xp, 0, r.pivots())))
                .booleanValue();
    }

    /**
     * LAPACK's info for the first matrix that failed: the 1-based order of its first leading minor that is
     * not positive definite (reads values back; used only to word the error).
     */
    public static long failedMinor(ArrayNamespace xp, Result r) {
        NdArray bad = xp.astype(xp.logicalNot(xp.greater(r.pivots(), Matrices.scalar(xp, 0, r.pivots()))),
                DType.INT8);
        int n = bad.shape(-1);
        NdArray rows = xp.reshape(bad, -1, n);
        long first = xp.argmax(xp.max(rows, new int[] {-1}, false)).longValue();
        return xp.argmax(rows.get(Index.at(first), Index.all())).longValue() + 1;
    }
}
