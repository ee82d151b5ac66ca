package org.xpsci.linalg.internal;

import org.xpsci.linalg.Trans;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * LU factorisation with partial pivoting of a floating stack and the solves from it: plain Java on host
 * memory when fast paths are on, {@link PortableLu} otherwise (the standard's linalg extension has no LU).
 */
public final class LuDispatch {

    private LuDispatch() {
    }

    /**
     * The factors.
     *
     * @param lu   L's multipliers below the diagonal, U on and above it, shape (..., M, N)
     * @param piv  LAPACK's zero-based pivots, int32, shape (..., K)
     * @param perm the row order with {@code a[..., perm, :] = L U}, int32 or the default integer dtype
     * @param zeroPivot whether each matrix has an exactly zero pivot (bool, batch-shaped)
     */
    public record Parts(NdArray lu, NdArray piv, NdArray perm, NdArray zeroPivot) {
    }

    /** Factors every matrix of a (floating, ndim at least 2). */
    public static Parts factor(ArrayNamespace xp, NdArray a) {
        if (Dispatch.host(a)) {
            return host(xp, a);
        }
        PortableLu.Factors f = PortableLu.factor(xp, a);
        NdArray zero = PortableLu.singular(xp, f.lu());
        return new Parts(f.lu(), xp.astype(f.piv(), DType.INT32), f.perm(), zero);
    }

    private static Parts host(ArrayNamespace xp, NdArray a) {
        HostStack s = HostStack.read(a);
        int m = s.rows();
        int n = s.cols();
        int k = Math.min(m, n);
        int count = s.count();
        double[] lu = s.data().clone();
        int[] piv = new int[count * k];
        int[] perm = new int[count * m];
        boolean[] zero = new boolean[count];
        int[] one = new int[k];
        for (int b = 0; b < count; b++) {
            zero[b] = HostLu.factor(lu, s.offset(b), m, n, s.complex(), one) != 0;
            System.arraycopy(one, 0, piv, b * k, k);
            int[] order = new int[m];
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            for (int j = 0; j < k; j++) {
                int t = order[j];
                order[j] = order[one[j]];
                order[one[j]] = t;
            }
            System.arraycopy(order, 0, perm, b * m, m);
        }
        int[] batch = Matrices.batch(a);
        NdArray flags = xp.asarray(zero);
        return new Parts(HostStack.toArray(xp, lu, a.dtype(), a.shape()),
                HostStack.toIntArray(xp, piv, Matrices.shape(batch, k)),
                HostStack.toIntArray(xp, perm, Matrices.shape(batch, m)),
                xp.reshape(flags, batch));
    }

    /**
     * Solves op(A) X = B from the factors of square matrices; b is (..., N, K) and its batch axes broadcast
     * against the factors'.
     */
    public static NdArray solve(ArrayNamespace xp, NdArray lu, NdArray piv, NdArray b, Trans trans) {
        DType dt = Checks.lapackType(xp, lu, b);
        NdArray luc = Checks.cast(xp, lu, dt);
        NdArray bc = Checks.cast(xp, b, dt);
        int[] batch = org.xpsci.xp.Broadcast.shapes(Matrices.batch(luc), Matrices.batch(bc),
                java.util.Arrays.copyOf(piv.shape(), piv.ndim() - 1));
        int n = luc.shape(-1);
        NdArray luB = xp.broadcastTo(luc, Matrices.shape(batch, n, n));
        NdArray pivB = xp.broadcastTo(piv, Matrices.shape(batch, n));
        NdArray bB = xp.broadcastTo(bc, Matrices.shape(batch, n, bc.shape(-1)));
        if (Dispatch.host(luB, pivB, bB)) {
            return hostSolve(xp, luB, pivB, bB, trans);
        }
        NdArray perm = permutation(xp, pivB, n);
        return PortableLu.solve(xp, new PortableLu.Factors(luB, pivB, perm), bB, trans);
    }

    private static NdArray hostSolve(ArrayNamespace xp, NdArray lu, NdArray piv, NdArray b, Trans trans) {
        HostStack f = HostStack.read(lu);
        HostStack rhs = HostStack.read(b);
        long[] p = org.xpsci.xp.Xp.toLongArray(piv);
        int n = f.rows();
        double[] x = rhs.data().clone();
        int[] one = new int[n];
        for (int i = 0; i < f.count(); i++) {
            for (int j = 0; j < n; j++) {
                one[j] = (int) p[i * n + j];
            }
            HostLu.solve(f.data(), f.offset(i), n, one, x, rhs.offset(i), rhs.cols(), f.complex(), trans);
        }
        return HostStack.toArray(xp, x, b.dtype(), b.shape());
    }

    /** The row order that LAPACK pivots describe: the swaps applied in turn to 0..n-1 (batched). */
    public static NdArray permutation(ArrayNamespace xp, NdArray piv, int n) {
        NdArray ids = xp.arange(n);
        NdArray perm = xp.broadcastTo(ids, Matrices.shape(java.util.Arrays.copyOf(piv.shape(), piv.ndim() - 1), n));
        NdArray pivots = xp.astype(piv, ids.dtype());
        for (int j = 0; j < piv.shape(-1); j++) {
            NdArray pj = xp.expandDims(pivots.get(org.xpsci.xp.Index.ellipsis(), org.xpsci.xp.Index.at(j)), -1);
            NdArray jj = xp.asarray((long) j);
            NdArray swap = xp.where(xp.equal(ids, jj), pj, xp.where(xp.equal(ids, pj), jj, ids));
            perm = xp.takeAlongAxis(perm, xp.broadcastTo(swap, perm.shape()), -1);
        }
        return perm;
    }
}
