package org.xpsci.xp;

/**
 * The result of {@link LinalgExtension#svd(NdArray, boolean)}: {@code x = u @ diag(s) @ vh}.
 *
 * @param u  left singular vectors
 * @param s  singular values, descending
 * @param vh right singular vectors, conjugate-transposed
 */
public record SvdResult(NdArray u, NdArray s, NdArray vh) {
}
