package org.xpsci.xp.cpu.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_ZDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * The left singular vectors of a one-sided Jacobi SVD on complex128: the normalised columns of the rotated
 * matrix where the singular value is not negligible, completed to an orthonormal basis (by a complete
 * Householder QR on EJML's zdense) where it is, or where full matrices are asked for.
 *
 * <p>The complex64 twin, {@code ComplexFloatCompletion}, is generated from this file by the build.
 */
final class ComplexDoubleCompletion {

    private static final double EPS = Math.ulp((double) 1);

    private ComplexDoubleCompletion() {
    }

    /**
     * The rows x lc matrix (row-major, interleaved) of left singular vectors, lc = rows when {@code full}
     * else cols; column c belongs to the singular value {@code sigma[order[c]]}.
     *
     * @param wt the rotated matrix, transposed: row j is column j (cols rows of length {@code rows})
     */
    static double[] orthonormalColumns(double[] wt, int rows, int cols, double[] sigma, int[] order, boolean full) {
        int lc = full ? rows : cols;
        double[] left = new double[2 * rows * lc];
        double smax = cols > 0 ? sigma[order[0]] : 0;
        double tol = smax * EPS * Math.max(rows, cols);
        int rank = 0;
        while (rank < cols && sigma[order[rank]] > tol && sigma[order[rank]] > 0) {
            int src = order[rank] * rows;
            double inv = 1 / sigma[order[rank]];
            for (int r = 0; r < rows; r++) {
                left[2 * (r * lc + rank)] = wt[2 * (src + r)] * inv;
                left[2 * (r * lc + rank) + 1] = wt[2 * (src + r) + 1] * inv;
            }
            rank++;
        }
        if (rank < lc) {
            complete(left, rows, lc, rank);
        }
        return left;
    }

    /** Fills columns rank..lc-1 with an orthonormal basis of the complement of the first rank columns. */
    private static void complete(double[] left, int rows, int lc, int rank) {
        if (rank == 0) {
            for (int c = 0; c < lc; c++) {
                left[2 * (c * lc + c)] = 1;
            }
            return;
        }
        ZMatrixRMaj basis = new ZMatrixRMaj(rows, rank);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(left, 2 * r * lc, basis.data, 2 * r * rank, 2 * rank);
        }
        QRDecomposition<ZMatrixRMaj> qr = DecompositionFactory_ZDRM.qr(rows, rank);
        qr.decompose(basis);
        ZMatrixRMaj q = qr.getQ(null, false);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(q.data, 2 * (r * rows + rank), left, 2 * (r * lc + rank), 2 * (lc - rank));
        }
    }
}
