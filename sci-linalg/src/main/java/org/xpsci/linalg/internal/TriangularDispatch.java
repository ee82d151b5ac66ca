package org.xpsci.linalg.internal;

import org.xpsci.linalg.Trans;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * Triangular solves {@code op(T) X = B} of floating stacks with broadcasting batch axes: plain Java on host
 * memory when fast paths are on, {@link PortableTriangular} otherwise. Only T's triangle is read.
 */
public final class TriangularDispatch {

    private TriangularDispatch() {
    }

    /**
     * X for t (..., N, N) and b (..., N, K), in their LAPACK dtype.
     *
     * @param lower whether T is lower (else upper) triangular, before {@code trans} is applied
     * @param unit  whether T's diagonal is taken as ones
     */
    public static NdArray solve(ArrayNamespace xp, NdArray t, NdArray b, boolean lower, boolean unit, Trans trans) {
        DType dt = Checks.lapackType(xp, t, b);
        NdArray tc = Checks.cast(xp, t, dt);
        NdArray bc = Checks.cast(xp, b, dt);
        int n = tc.shape(-1);
        int[] batch = org.xpsci.xp.Broadcast.shapes(Matrices.batch(tc), Matrices.batch(bc));
        NdArray tb = xp.broadcastTo(tc, Matrices.shape(batch, n, n));
        NdArray bb = xp.broadcastTo(bc, Matrices.shape(batch, n, bc.shape(-1)));
        if (Dispatch.host(tb, bb)) {
            return host(xp, tb, bb, lower, unit, trans);
        }
        NdArray op = trans == Trans.N ? tb : trans == Trans.T ? xp.matrixTranspose(tb) : Matrices.conjT(xp, tb);
        boolean opLower = trans == Trans.N ? lower : !lower;
        return PortableTriangular.solve(xp, op, bb, opLower, unit);
    }

    private static NdArray host(ArrayNamespace xp, NdArray t, NdArray b, boolean lower, boolean unit, Trans trans) {
        HostStack ts = HostStack.read(t);
        HostStack bs = HostStack.read(b);
        int n = ts.rows();
        double[] x = bs.data().clone();
        boolean transposed = trans != Trans.N;
        for (int i = 0; i < ts.count(); i++) {
            HostTriangular.solve(ts.data(), ts.offset(i), n, transposed ? 1 : n, transposed ? n : 1, x,
                    bs.offset(i), bs.cols(), ts.complex(), transposed != lower, unit, trans == Trans.C);
        }
        return HostStack.toArray(xp, x, b.dtype(), b.shape());
    }

    /**
     * The index of the first exactly zero diagonal element in the first matrix of t that has one, or -1 (reads
     * values back; used to decide and word errors).
     */
    public static long firstZeroDiagonal(ArrayNamespace xp, NdArray t) {
        if (Dispatch.host(t)) {
            HostStack s = HostStack.read(t);
            int n = Math.min(s.rows(), s.cols());
            int w = s.width();
            for (int b = 0; b < s.count(); b++) {
                for (int i = 0; i < n; i++) {
                    int e = s.offset(b) + w * (i * s.cols() + i);
                    if (s.data()[e] == 0 && (w == 1 || s.data()[e + 1] == 0)) {
                        return i;
                    }
                }
            }
            return -1;
        }
        return PortableTriangular.zeroDiagonal(xp, t);
    }

    /** Whether each matrix of t has an exactly zero diagonal element (bool, batch-shaped). */
    public static NdArray zeroDiagonalFlags(ArrayNamespace xp, NdArray t) {
        NdArray d = Matrices.diagonal(xp, t);
        return xp.any(xp.equal(d, Matrices.scalar(xp, 0, d)), new int[] {-1}, false);
    }
}
