package org.xpsci.linalg.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.qr.QRColPivDecompositionHouseholderColumn_DDRM;
import org.xpsci.linalg.QrMode;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;

/**
 * QR decompositions of floating stacks: the namespace's linalg extension without pivoting, EJML's
 * column-pivoted Householder QR on host memory for real matrices with pivoting, {@link PortableQr}
 * otherwise.
 */
public final class QrDispatch {

    private QrDispatch() {
    }

    /**
     * Q (full M x M, null for mode R; trimmed to M x K by the caller for economic), R (M x N) and the column
     * permutation (default integer dtype; null without pivoting).
     */
    public static PortableQr.Factors qr(ArrayNamespace xp, NdArray a, QrMode mode, boolean pivoting) {
        boolean wantQ = mode != QrMode.R;
        if (!pivoting && Dispatch.extension(xp) && Math.min(a.shape(-2), a.shape(-1)) > 0) {
            org.xpsci.xp.QrResult r = xp.linalg().qr(a, "complete");
            return new PortableQr.Factors(wantQ ? r.q() : null, r.r(), null);
        }
        if (pivoting && !a.dtype().isComplexFloating() && Dispatch.host(a) && a.size() > 0) {
            return hostPivoted(xp, a, wantQ);
        }
        return PortableQr.factor(xp, a, wantQ, pivoting);
    }

    private static PortableQr.Factors hostPivoted(ArrayNamespace xp, NdArray a, boolean wantQ) {
        HostStack s = HostStack.read(a);
        int m = s.rows();
        int n = s.cols();
        double[] q = new double[s.count() * m * m];
        double[] r = new double[s.count() * m * n];
        int[] p = new int[s.count() * n];
        for (int b = 0; b < s.count(); b++) {
            DMatrixRMaj mat = new DMatrixRMaj(m, n);
            System.arraycopy(s.data(), s.offset(b), mat.data, 0, m * n);
            QRColPivDecompositionHouseholderColumn_DDRM qr = new QRColPivDecompositionHouseholderColumn_DDRM(0);
            qr.decompose(mat);
            System.arraycopy(qr.getR(null, false).data, 0, r, b * m * n, m * n);
            if (wantQ) {
                System.arraycopy(qr.getQ(null, false).data, 0, q, b * m * m, m * m);
            }
            System.arraycopy(qr.getColPivots(), 0, p, b * n, n);
        }
        int[] batch = Matrices.batch(a);
        return new PortableQr.Factors(wantQ ? HostStack.toArray(xp, q, a.dtype(), Matrices.shape(batch, m, m)) : null,
                HostStack.toArray(xp, r, a.dtype(), Matrices.shape(batch, m, n)),
                HostStack.toIntArray(xp, p, Matrices.shape(batch, n)));
    }
}
