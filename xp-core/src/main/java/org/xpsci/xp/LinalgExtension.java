package org.xpsci.xp;

/**
 * The standard's linalg extension ({@code xp.linalg}): 23 functions, batched over leading axes where the
 * standard says so. Numerical failures throw {@link LinAlgException}.
 */
public interface LinalgExtension {

    /** Cholesky factor of a Hermitian positive-definite matrix: lower (default) or upper. */
    NdArray cholesky(NdArray x, boolean upper);

    /** Cross product of 3-element vectors along {@code axis}. */
    NdArray cross(NdArray x1, NdArray x2, int axis);

    /** Determinant. */
    NdArray det(NdArray x);

    /** The {@code offset}-th diagonal of the last two axes. */
    NdArray diagonal(NdArray x, int offset);

    /** Eigenvalues (ascending) and eigenvectors of a Hermitian matrix. */
    EighResult eigh(NdArray x);

    /** Eigenvalues of a Hermitian matrix, ascending. */
    NdArray eigvalsh(NdArray x);

    /** Inverse of a square matrix. */
    NdArray inv(NdArray x);

    /** Matrix product (as {@link ArrayNamespace#matmul}). */
    NdArray matmul(NdArray x1, NdArray x2);

    /**
     * Matrix norm over the last two axes.
     *
     * @param ord "fro" or "nuc"
     */
    NdArray matrixNorm(NdArray x, boolean keepdims, String ord);

    /**
     * Matrix norm over the last two axes.
     *
     * @param ord 1, -1, 2, -2, +inf or -inf
     */
    NdArray matrixNorm(NdArray x, boolean keepdims, double ord);

    /** The n-th power of a square matrix (negative n inverts). */
    NdArray matrixPower(NdArray x, int n);

    /**
     * Rank from singular values above {@code rtol * max(M, N) * largest}.
     *
     * @param rtol relative tolerance, or null for eps of the dtype
     */
    NdArray matrixRank(NdArray x, Double rtol);

    /** Transposes the last two axes. */
    NdArray matrixTranspose(NdArray x);

    /** Outer product of two 1-d arrays. */
    NdArray outer(NdArray x1, NdArray x2);

    /**
     * Moore-Penrose pseudo-inverse.
     *
     * @param rtol cut-off relative to the largest singular value, or null for max(M, N) * eps
     */
    NdArray pinv(NdArray x, Double rtol);

    /**
     * QR decomposition.
     *
     * @param mode "reduced" (default) or "complete"
     */
    QrResult qr(NdArray x, String mode);

    /** Sign and natural log of the absolute determinant. */
    SlogdetResult slogdet(NdArray x);

    /** Solves {@code x1 @ result = x2}. */
    NdArray solve(NdArray x1, NdArray x2);

    /** Singular value decomposition. */
    SvdResult svd(NdArray x, boolean fullMatrices);

    /** Singular values, descending. */
    NdArray svdvals(NdArray x);

    /** Tensor contraction (as {@link ArrayNamespace#tensordot}). */
    NdArray tensordot(NdArray x1, NdArray x2, int[] axes1, int[] axes2);

    /**
     * Sum along the {@code offset}-th diagonal of the last two axes.
     *
     * @param dtype result dtype, or null for the standard's default
     */
    NdArray trace(NdArray x, int offset, DType dtype);

    /** Vector dot product (as {@link ArrayNamespace#vecdot}). */
    NdArray vecdot(NdArray x1, NdArray x2, int axis);

    /**
     * Vector norm over {@code axes} (null: all, flattened).
     *
     * @param ord any real order, including +inf, -inf and 0
     */
    NdArray vectorNorm(NdArray x, int[] axes, boolean keepdims, double ord);
}
