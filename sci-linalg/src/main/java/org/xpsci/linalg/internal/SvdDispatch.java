package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.SvdResult;

/**
 * Singular value decompositions of floating stacks: the namespace's linalg extension when it has one, else
 * the one-sided Jacobi method of {@link PortableJacobi}.
 */
public final class SvdDispatch {

    private SvdDispatch() {
    }

    /** U, s (descending, real dtype), V^H; {@code full} gives square U and V^H. */
    public static SvdResult svd(ArrayNamespace xp, NdArray a, boolean full) {
        int m = a.shape(-2);
        int n = a.shape(-1);
        if (Math.min(m, n) == 0) {
            int[] batch = Matrices.batch(a);
            NdArray s = xp.zeros(Matrices.shape(batch, 0), Matrices.real(a), a.device());
            NdArray u = xp.broadcastTo(Matrices.eye(xp, m, full ? m : 0, a), Matrices.shape(batch, m, full ? m : 0));
            NdArray vh = xp.broadcastTo(Matrices.eye(xp, full ? n : 0, n, a), Matrices.shape(batch, full ? n : 0, n));
            return new SvdResult(u, s, vh);
        }
        if (Dispatch.extension(xp)) {
            return xp.linalg().svd(a, full);
        }
        PortableJacobi.Svd r = PortableJacobi.svd(xp, a, true, full);
        return new SvdResult(r.u(), r.s(), r.vh());
    }

    /** The singular values (descending, real dtype). */
    public static NdArray svdvals(ArrayNamespace xp, NdArray a) {
        if (Math.min(a.shape(-2), a.shape(-1)) == 0) {
            return xp.zeros(Matrices.shape(Matrices.batch(a), 0), Matrices.real(a), a.device());
        }
        if (Dispatch.extension(xp)) {
            return xp.linalg().svdvals(a);
        }
        return PortableJacobi.svd(xp, a, false, false).s();
    }
}
