package org.xpsci.xp;

/**
 * The result of {@link LinalgExtension#eigh(NdArray)}.
 *
 * @param eigenvalues  eigenvalues in ascending order, shape (..., M)
 * @param eigenvectors orthonormal eigenvectors as columns, shape (..., M, M)
 */
public record EighResult(NdArray eigenvalues, NdArray eigenvectors) {
}
