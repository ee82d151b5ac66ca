package org.xpsci.xp.cpu.linalg;

import org.xpsci.xp.DType;

/**
 * The per-matrix kernels of the linalg extension for one floating dtype's storage ({@code double[]},
 * {@code float[]}, or interleaved complex in either). Every matrix is row-major and contiguous at an offset
 * (in elements) into its storage array; the batch loop lives in the caller. Arrays are passed as
 * {@code Object} so one interface serves the four storages.
 */
public interface MatrixKernels {

    /**
     * The kernels of a floating dtype: OpenBLAS's LAPACK for float64 and float32 when it loaded
     * ({@link OpenBlas#available()}), else (and for complex) EJML and the own kernels.
     */
    static MatrixKernels of(DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> OpenBlas.available() ? LapackDoubleKernels.INSTANCE : DoubleMatrixKernels.INSTANCE;
            case FLOAT32 -> OpenBlas.available() ? LapackFloatKernels.INSTANCE : FloatMatrixKernels.INSTANCE;
            case COMPLEX128 -> ComplexDoubleMatrixKernels.INSTANCE;
            case COMPLEX64 -> ComplexFloatMatrixKernels.INSTANCE;
            default -> throw new IllegalArgumentException("linalg kernels need a floating dtype; got " + dtype);
        };
    }

    /**
     * Cholesky factorisation in place of the n x n matrix: the lower factor L (A = L L^H), or the upper U
     * (A = U^H U) when {@code upper}; only that triangle of A is read and the other is zeroed.
     *
     * @return false when the matrix is not positive definite
     */
    boolean cholesky(Object a, int off, int n, boolean upper);

    /**
     * LU factorisation with partial pivoting in place (LAPACK {@code getrf}).
     *
     * @return 0, or 1 + the index of the first exactly zero pivot
     */
    int luFactor(Object a, int off, int n, int[] piv, boolean parallel);

    /** Solves A X = B in place of the row-major n x nrhs B, from A's LU factors. */
    void luSolve(Object lu, int off, int n, int[] piv, Object b, int bOff, int nrhs, boolean parallel);

    /** The determinant from LU factors, written to {@code out[outOff]} (storage of this dtype). */
    void det(Object lu, int off, int n, int[] piv, Object out, int outOff);

    /**
     * The sign (unit phase for complex) and log of the absolute determinant from LU factors; the sign goes to
     * this dtype's storage, the log to the real storage of the same precision.
     */
    void slogdet(Object lu, int off, int n, int[] piv, Object sign, int signOff, Object logabs, int logOff);

    /**
     * QR decomposition of the m x n matrix: Q (m x m if complete, else m x k) and R (m x n if complete, else
     * k x n), k = min(m, n); {@code q} null computes R only.
     */
    void qr(Object a, int off, int m, int n, boolean complete, Object q, int qOff, Object r, int rOff);

    /**
     * Singular value decomposition of the m x n matrix; singular values descending into the real storage
     * {@code s}; U (m x m if full, else m x k) and V^H (n x n if full, else k x n) unless {@code u} is null.
     *
     * @return false when the iteration did not converge
     */
    boolean svd(Object a, int off, int m, int n, boolean full, Object u, int uOff, Object s, int sOff, Object vh,
                int vhOff);

    /**
     * Eigenvalues (ascending, into the real storage {@code w}) and, unless {@code v} is null, orthonormal
     * eigenvectors as columns of the n x n {@code v}, of the Hermitian matrix whose lower triangle is at a
     * (the input is overwritten).
     *
     * @return false when the iteration did not converge
     */
    boolean eigh(Object a, int off, int n, Object w, int wOff, Object v, int vOff);
}
