package org.xpsci.linalg;

import org.xpsci.xp.NdArray;

/**
 * The result of {@link Linalg#lstsq} (SciPy's {@code (x, residues, rank, s)}).
 *
 * @param x        the least-squares solution, shape (N,) or (N, K)
 * @param residues squared 2-norms of the residual columns {@code b - a x}, shape () for 1-d b or (K,), when
 *                 M > N and a has full rank; otherwise an empty (0,) array of x's dtype
 * @param rank     the effective rank of a (0-d int64)
 * @param s        the singular values of a, descending, shape (min(M, N),)
 */
public record LstsqResult(NdArray x, NdArray residues, NdArray rank, NdArray s) {
}
