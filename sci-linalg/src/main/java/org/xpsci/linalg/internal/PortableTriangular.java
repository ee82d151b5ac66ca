package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Triangular solves {@code T X = B} written with the standard alone, batched: substitution row by row, each
 * row one product of the strict triangle's row with the rows already solved. Only T's triangle is read.
 */
public final class PortableTriangular {

    private PortableTriangular() {
    }

    /**
     * Solves with the (..., N, N) triangle of t against b (..., N, K), batch axes broadcasting; the result has
     * the promoted dtype. A zero diagonal element gives infinities or NaNs: check {@link #zeroDiagonal} first.
     *
     * @param lower forward substitution with the lower triangle, else backward with the upper
     * @param unit  take the diagonal as ones
     */
    public static NdArray solve(ArrayNamespace xp, NdArray t, NdArray b, boolean lower, boolean unit) {
        int n = t.shape(-1);
        int k = b.shape(-1);
        int[] batch = org.xpsci.xp.Broadcast.shapes(Matrices.batch(t), Matrices.batch(b));
        org.xpsci.xp.DType dt = Checks.lapackType(xp, t, b);
        NdArray strict = Checks.cast(xp, lower ? xp.tril(t, -1) : xp.triu(t, 1), dt);
        NdArray x = xp.zeros(Matrices.shape(batch, n, k), dt, b.device());
        NdArray rhs = Checks.cast(xp, b, dt);
        NdArray diag = unit ? null : Checks.cast(xp, Matrices.diagonal(xp, t), dt);
        NdArray rowIds = xp.expandDims(xp.arange(n), -1);
        for (int s = 0; s < n; s++) {
            int i = lower ? s : n - 1 - s;
            NdArray acc = rhs.get(Index.ellipsis(), Index.range(i, i + 1), Index.all());
            if (s > 0) {
                NdArray trow = strict.get(Index.ellipsis(), Index.range(i, i + 1), Index.all());
                acc = xp.subtract(acc, xp.matmul(trow, x));
            }
            if (!unit) {
                NdArray d = diag.get(Index.ellipsis(), Index.range(i, i + 1));
                acc = xp.divide(acc, xp.expandDims(d, -1));
            }
            x = xp.where(xp.equal(rowIds, xp.asarray((long) i)), acc, x);
        }
        return x;
    }

    /**
     * The index of the first exactly zero diagonal element of any matrix of t, or -1 (reads one value back to
     * decide an error).
     */
    public static long zeroDiagonal(ArrayNamespace xp, NdArray t) {
        NdArray d = Matrices.diagonal(xp, t);
        if (d.size() == 0) {
            return -1;
        }
        NdArray zero = xp.equal(d, Matrices.scalar(xp, 0, d));
        if (!xp.any(zero).booleanValue()) {
            return -1;
        }
        NdArray anyPerColumn = zero.ndim() > 1 ? xp.any(zero, rangeExceptLast(zero.ndim()), false) : zero;
        return xp.argmax(xp.astype(anyPerColumn, org.xpsci.xp.DType.INT8)).longValue();
    }

    private static int[] rangeExceptLast(int ndim) {
        int[] axes = new int[ndim - 1];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i;
        }
        return axes;
    }
}
