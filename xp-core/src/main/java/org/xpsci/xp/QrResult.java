package org.xpsci.xp;

/**
 * The result of {@link LinalgExtension#qr(NdArray, String)}.
 *
 * @param q the matrix with orthonormal columns
 * @param r the upper-triangular factor
 */
public record QrResult(NdArray q, NdArray r) {
}
