package org.xpsci.linalg;

import org.xpsci.xp.NdArray;

/**
 * The result of {@link Linalg#qr}: {@code a = q @ r}, or {@code a[:, p] = q @ r} with pivoting (SciPy's
 * {@code (Q, R)}, {@code (Q, R, P)} or {@code (R,)}).
 *
 * @param q the orthonormal (unitary) factor, (..., M, M) for {@link QrMode#FULL}, (..., M, K) for
 *          {@link QrMode#ECONOMIC}; null for {@link QrMode#R}
 * @param r the upper triangular (trapezoidal) factor, (..., M, N) or (..., K, N) for economic
 * @param p the int32 column permutation, shape (..., N), when pivoting was asked for; otherwise null
 */
public record QrResult(NdArray q, NdArray r, NdArray p) {
}
