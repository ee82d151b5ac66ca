package org.xpsci.linalg.internal;

import org.xpsci.linalg.Trans;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * LU factorisation with partial pivoting and its solves, written with the standard alone and batched over
 * leading axes: each column step finds the pivot with {@code argmax}, swaps rows with
 * {@code take_along_axis}, and updates the trailing matrix with one outer product. No value leaves the device.
 */
public final class PortableLu {

    private PortableLu() {
    }

    /**
     * The factors of a stack (..., M, N).
     *
     * @param lu   L's multipliers below the diagonal and U on and above it
     * @param piv  LAPACK's pivots (default integer dtype), shape (..., min(M, N))
     * @param perm the row order: {@code a[..., perm, :] = L U}, shape (..., M)
     */
    public record Factors(NdArray lu, NdArray piv, NdArray perm) {
    }

    /** Factors every matrix of a (a floating stack; not modified). */
    public static Factors factor(ArrayNamespace xp, NdArray a) {
        int m = a.shape(-2);
        int n = a.shape(-1);
        int k = Math.min(m, n);
        int[] batch = Matrices.batch(a);
        NdArray lu = a;
        NdArray rowIds = xp.arange(m);
        NdArray perm = xp.broadcastTo(rowIds, Matrices.shape(batch, m));
        NdArray[] pivots = new NdArray[k];
        for (int j = 0; j < k; j++) {
            NdArray column = lu.get(Index.ellipsis(), Index.range(j, m), Index.at(j));
            NdArray p = xp.add(xp.argmax(magnitude(xp, column), -1, false), xp.asarray((long) j));
            pivots[j] = p;
            NdArray pe = xp.expandDims(p, -1);
            NdArray jj = xp.asarray((long) j);
            NdArray swap = xp.where(xp.equal(rowIds, jj), pe, xp.where(xp.equal(rowIds, pe), jj, rowIds));
            lu = xp.takeAlongAxis(lu, xp.broadcastTo(xp.expandDims(swap, -1), lu.shape()), -2);
            perm = xp.takeAlongAxis(perm, xp.broadcastTo(swap, perm.shape()), -1);
            if (j + 1 < m) {
                lu = eliminate(xp, lu, j, m, n);
            }
        }
        NdArray piv = k == 0 ? xp.zeros(Matrices.shape(batch, 0), org.xpsci.xp.Xp.defaultInt(xp), a.device())
                : xp.stack(java.util.Arrays.asList(pivots), -1);
        return new Factors(lu, piv, perm);
    }

    /** LAPACK's pivot size: |x| for real, |re| + |im| for complex elements. */
    private static NdArray magnitude(ArrayNamespace xp, NdArray x) {
        if (!x.dtype().isComplexFloating()) {
            return xp.abs(x);
        }
        return xp.add(xp.abs(xp.real(x)), xp.abs(xp.imag(x)));
    }

    /**
     * Scales column j below the pivot (unless the pivot is zero) and subtracts the outer product from the
     * trailing matrix; masks select the entries, so no array is written in place.
     */
    private static NdArray eliminate(ArrayNamespace xp, NdArray lu, int j, int m, int n) {
        NdArray jj = xp.asarray((long) j);
        NdArray below = xp.expandDims(xp.greater(xp.arange(m), jj), -1);
        NdArray cols = xp.arange(n);
        NdArray zeroScalar = Matrices.scalar(xp, 0, lu);
        NdArray pivot = xp.expandDims(Matrices.at(lu, j, j), -1);
        NdArray column = Matrices.col(lu, j);
        NdArray zero = xp.equal(pivot, zeroScalar);
        NdArray safe = xp.where(zero, Matrices.scalar(xp, 1, lu), pivot);
        NdArray l = xp.expandDims(xp.where(zero, column, xp.divide(column, safe)), -1);
        NdArray lBelow = xp.where(below, l, zeroScalar);
        NdArray uRight = xp.where(xp.greater(cols, jj), xp.expandDims(Matrices.row(lu, j), -2), zeroScalar);
        NdArray updated = xp.subtract(lu, xp.multiply(lBelow, uRight));
        return xp.where(xp.logicalAnd(below, xp.equal(cols, jj)), l, updated);
    }

    /** Whether each matrix's U has an exactly zero diagonal element, shape (...). */
    public static NdArray singular(ArrayNamespace xp, NdArray lu) {
        NdArray d = Matrices.diagonal(xp, lu);
        return xp.any(xp.equal(d, Matrices.scalar(xp, 0, d)), new int[] {-1}, false);
    }

    /**
     * Solves op(A) X = B from A's factors; b is (..., N, K) with batch axes broadcasting against the factors'.
     */
    public static NdArray solve(ArrayNamespace xp, Factors f, NdArray b, Trans trans) {
        NdArray lu = f.lu();
        if (trans == Trans.N) {
            NdArray pb = xp.takeAlongAxis(broadcastRows(xp, b, f.perm()), expandedPerm(xp, f.perm(), b), -2);
            NdArray y = PortableTriangular.solve(xp, lu, pb, true, true);
            return PortableTriangular.solve(xp, lu, y, false, false);
        }
        NdArray t = trans == Trans.C ? Matrices.conjT(xp, lu) : xp.matrixTranspose(lu);
        NdArray y = PortableTriangular.solve(xp, t, b, true, false);
        NdArray z = PortableTriangular.solve(xp, t, y, false, true);
        NdArray inverse = xp.argsort(f.perm(), -1, false, true);
        return xp.takeAlongAxis(broadcastRows(xp, z, inverse), expandedPerm(xp, inverse, z), -2);
    }

    /** b broadcast against the permutation's batch axes. */
    private static NdArray broadcastRows(ArrayNamespace xp, NdArray b, NdArray perm) {
        int[] batch = org.xpsci.xp.Broadcast.shapes(Matrices.batch(b), java.util.Arrays.copyOf(perm.shape(),
                perm.ndim() - 1));
        return xp.broadcastTo(b, Matrices.shape(batch, b.shape(-2), b.shape(-1)));
    }

    private static NdArray expandedPerm(ArrayNamespace xp, NdArray perm, NdArray b) {
        int[] batch = org.xpsci.xp.Broadcast.shapes(Matrices.batch(b), java.util.Arrays.copyOf(perm.shape(),
                perm.ndim() - 1));
        return xp.broadcastTo(xp.expandDims(perm, -1), Matrices.shape(batch, b.shape(-2), b.shape(-1)));
    }
}
