package org.xpsci.linalg;

import org.xpsci.linalg.internal.CholeskyFunctions;
import org.xpsci.linalg.internal.DecompositionFunctions;
import org.xpsci.linalg.internal.LeastSquares;
import org.xpsci.linalg.internal.LuFunctions;
import org.xpsci.linalg.internal.MatrixExponential;
import org.xpsci.linalg.internal.NormFunction;
import org.xpsci.linalg.internal.SolveFunctions;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.SvdResult;

/**
 * scipy.linalg for xpsci arrays. Every function works on the namespace of its arguments (cpu, strict, cuda,
 * ...), returns arrays of that namespace, and is batched over leading axes as SciPy 1.17 is: an array of shape
 * (..., M, N) is a stack of matrices. Integer input computes in float64; float32 and complex64 stay in their
 * precision where SciPy's do ({@link #det} returns double precision, as SciPy's does).
 *
 * <p>Paths: the namespace's linalg extension where it computes exactly what SciPy does (solve, inv, det,
 * cholesky, qr, svd, eigh), plain Java kernels on host memory for what the extension lacks (LU factors,
 * triangular solves, pivoted QR), and otherwise portable algorithms written with the array API standard
 * alone; system property {@code xpsci.fastpaths=false} forces the portable ones. Inputs are never modified
 * (SciPy's {@code overwrite_*} flags have no counterpart). Singular, indefinite or non-square input throws
 * {@link org.xpsci.xp.LinAlgException} with SciPy's message; {@code check_finite} refuses infinities and NaNs
 * with "array must not contain infs or NaNs".
 */
public final class Linalg {

    private Linalg() {
    }

    // ---- solvers ---------------------------------------------------------------------------------------

    /** {@code scipy.linalg.solve(a, b)}: solves a x = b for square a (..., N, N); b is (N,) or (..., N, K). */
    public static NdArray solve(NdArray a, NdArray b) {
        return solve(a, b, SolveOptions.defaults());
    }

    /** {@code scipy.linalg.solve(a, b, assume_a=..., lower=..., check_finite=..., transposed=...)}. */
    public static NdArray solve(NdArray a, NdArray b, SolveOptions options) {
        return SolveFunctions.solve(a, b, options);
    }

    /** {@code scipy.linalg.solve_triangular(a, b)}: a x = b for upper triangular a. */
    public static NdArray solveTriangular(NdArray a, NdArray b) {
        return solveTriangular(a, b, Trans.N, false, false, true);
    }

    /**
     * {@code scipy.linalg.solve_triangular(a, b, trans, lower, unit_diagonal, check_finite)}: only the named
     * triangle of a is read; unit_diagonal takes its diagonal as ones.
     */
    public static NdArray solveTriangular(NdArray a, NdArray b, Trans trans, boolean lower, boolean unitDiagonal,
                                          boolean checkFinite) {
        return SolveFunctions.solveTriangular(a, b, trans, lower, unitDiagonal, checkFinite);
    }

    /** {@code scipy.linalg.inv(a)}: the inverse of square matrices. */
    public static NdArray inv(NdArray a) {
        return inv(a, true);
    }

    /** {@code scipy.linalg.inv(a, check_finite=...)}. */
    public static NdArray inv(NdArray a, boolean checkFinite) {
        return SolveFunctions.inv(a, checkFinite);
    }

    /** {@code scipy.linalg.det(a)}: the determinant, float64 (complex128 for complex input). */
    public static NdArray det(NdArray a) {
        return det(a, true);
    }

    /** {@code scipy.linalg.det(a, check_finite=...)}. */
    public static NdArray det(NdArray a, boolean checkFinite) {
        return SolveFunctions.det(a, checkFinite);
    }

    /** {@code scipy.linalg.lstsq(a, b)}: the least-squares solution of a x = b, with residues, rank and s. */
    public static LstsqResult lstsq(NdArray a, NdArray b) {
        return lstsq(a, b, null, true);
    }

    /**
     * {@code scipy.linalg.lstsq(a, b, cond, check_finite=...)}.
     *
     * @param cond singular values below cond times the largest count as zero; null for the dtype's eps
     */
    public static LstsqResult lstsq(NdArray a, NdArray b, Double cond, boolean checkFinite) {
        return LeastSquares.lstsq(a, b, cond, checkFinite);
    }

    /** {@code scipy.linalg.pinv(a)}: the Moore-Penrose pseudo-inverse, shape (..., N, M). */
    public static NdArray pinv(NdArray a) {
        return pinv(a, null, null, true);
    }

    /**
     * {@code scipy.linalg.pinv(a, atol=..., rtol=..., check_finite=...)}: singular values at or below
     * {@code atol + rtol * max(s)} are dropped.
     *
     * @param atol absolute cut-off, or null for 0
     * @param rtol relative cut-off, or null for max(M, N) * eps of the dtype
     */
    public static NdArray pinv(NdArray a, Double atol, Double rtol, boolean checkFinite) {
        return LeastSquares.pinv(a, atol, rtol, checkFinite).pinv();
    }

    /** {@code scipy.linalg.pinv(a, atol=..., rtol=..., return_rank=True, check_finite=...)}. */
    public static PinvResult pinvWithRank(NdArray a, Double atol, Double rtol, boolean checkFinite) {
        return LeastSquares.pinv(a, atol, rtol, checkFinite);
    }

    // ---- norms ---------------------------------------------------------------------------------------

    /** {@code scipy.linalg.norm(a)}: the 2-norm of the flattened array (0-d, real dtype). */
    public static NdArray norm(NdArray a) {
        return NormFunction.norm(a, null, null, false, true);
    }

    /**
     * {@code scipy.linalg.norm(a, ord, axis, keepdims, check_finite)} for a numeric order: vector norms of any
     * order over one axis, matrix norms (1, -1, 2, -2, inf, -inf) over two.
     *
     * @param axis null (a 1-d or 2-d array), one axis or two
     */
    public static NdArray norm(NdArray a, double ord, int[] axis, boolean keepdims, boolean checkFinite) {
        return NormFunction.norm(a, ord, axis, keepdims, checkFinite);
    }

    /**
     * {@code scipy.linalg.norm(a, ord, axis, keepdims, check_finite)} for ord "fro" or "nuc" (matrix norms), or
     * null for the default (2-norm of vectors, Frobenius of matrices).
     */
    public static NdArray norm(NdArray a, String ord, int[] axis, boolean keepdims, boolean checkFinite) {
        return NormFunction.norm(a, ord, axis, keepdims, checkFinite);
    }

    // ---- LU ---------------------------------------------------------------------------------------------

    /** {@code scipy.linalg.lu(a)}: a = p @ l @ u with p a permutation matrix. */
    public static LuResult lu(NdArray a) {
        return lu(a, false, true);
    }

    /** {@code scipy.linalg.lu(a, p_indices=..., check_finite=...)}: p as row indices (int32) when asked. */
    public static LuResult lu(NdArray a, boolean pIndices, boolean checkFinite) {
        return LuFunctions.lu(a, pIndices, checkFinite);
    }

    /** {@code scipy.linalg.lu(a, permute_l=True, check_finite=...)}: a = pl @ u. */
    public static PermutedLuResult luPermuted(NdArray a, boolean checkFinite) {
        return LuFunctions.luPermuted(a, checkFinite);
    }

    /** {@code scipy.linalg.lu_factor(a)}: the compact factors and LAPACK pivots. */
    public static LuFactorization luFactor(NdArray a) {
        return luFactor(a, true);
    }

    /** {@code scipy.linalg.lu_factor(a, check_finite=...)}. */
    public static LuFactorization luFactor(NdArray a, boolean checkFinite) {
        return LuFunctions.luFactor(a, checkFinite);
    }

    /** {@code scipy.linalg.lu_solve((lu, piv), b)}: solves a x = b from lu_factor's output. */
    public static NdArray luSolve(LuFactorization factors, NdArray b) {
        return luSolve(factors, b, Trans.N, true);
    }

    /** {@code scipy.linalg.lu_solve((lu, piv), b, trans, check_finite)}: a x = b, a^T x = b or a^H x = b. */
    public static NdArray luSolve(LuFactorization factors, NdArray b, Trans trans, boolean checkFinite) {
        return LuFunctions.luSolve(factors, b, trans, checkFinite);
    }

    // ---- Cholesky -------------------------------------------------------------------------------------

    /** {@code scipy.linalg.cholesky(a)}: the upper factor U with a = U^H U (SciPy's default lower=False). */
    public static NdArray cholesky(NdArray a) {
        return cholesky(a, false, true);
    }

    /** {@code scipy.linalg.cholesky(a, lower, check_finite)}: only the named triangle of a is read. */
    public static NdArray cholesky(NdArray a, boolean lower, boolean checkFinite) {
        return CholeskyFunctions.cholesky(a, lower, checkFinite);
    }

    /** {@code scipy.linalg.cho_factor(a)}: the upper factor, for {@link #choSolve}. */
    public static ChoFactorization choFactor(NdArray a) {
        return choFactor(a, false, true);
    }

    /** {@code scipy.linalg.cho_factor(a, lower, check_finite)}. */
    public static ChoFactorization choFactor(NdArray a, boolean lower, boolean checkFinite) {
        return CholeskyFunctions.choFactor(a, lower, checkFinite);
    }

    /** {@code scipy.linalg.cho_solve((c, lower), b)}: solves a x = b from cho_factor's output. */
    public static NdArray choSolve(ChoFactorization factors, NdArray b) {
        return choSolve(factors, b, true);
    }

    /** {@code scipy.linalg.cho_solve((c, lower), b, check_finite)}. */
    public static NdArray choSolve(ChoFactorization factors, NdArray b, boolean checkFinite) {
        return CholeskyFunctions.choSolve(factors, b, checkFinite);
    }

    // ---- decompositions ------------------------------------------------------------------------------------

    /** {@code scipy.linalg.qr(a)}: Q (M, M) and R (M, N). */
    public static QrResult qr(NdArray a) {
        return qr(a, QrMode.FULL, false, true);
    }

    /**
     * {@code scipy.linalg.qr(a, mode, pivoting, check_finite)}; with pivoting, {@code a[:, p] = q @ r} and
     * |R|'s diagonal does not increase.
     */
    public static QrResult qr(NdArray a, QrMode mode, boolean pivoting, boolean checkFinite) {
        return DecompositionFunctions.qr(a, mode, pivoting, checkFinite);
    }

    /** {@code scipy.linalg.svd(a)}: a = u @ diag(s) @ vh with full U (M, M) and V^H (N, N). */
    public static SvdResult svd(NdArray a) {
        return svd(a, true, true);
    }

    /** {@code scipy.linalg.svd(a, full_matrices, check_finite=...)} ({@code compute_uv=False} is {@link #svdvals}). */
    public static SvdResult svd(NdArray a, boolean fullMatrices, boolean checkFinite) {
        return DecompositionFunctions.svd(a, fullMatrices, checkFinite);
    }

    /** {@code scipy.linalg.svdvals(a)}: the singular values, descending, real dtype. */
    public static NdArray svdvals(NdArray a) {
        return svdvals(a, true);
    }

    /** {@code scipy.linalg.svdvals(a, check_finite=...)}. */
    public static NdArray svdvals(NdArray a, boolean checkFinite) {
        return DecompositionFunctions.svdvals(a, checkFinite);
    }

    /** {@code scipy.linalg.eigh(a)}: eigenvalues (ascending) and eigenvectors of a Hermitian matrix (lower triangle). */
    public static EighResult eigh(NdArray a) {
        return eigh(a, null, EighOptions.defaults());
    }

    /**
     * {@code scipy.linalg.eigh(a, b, lower=..., eigvals_only=..., type=..., subset_by_index=...,
     * subset_by_value=..., check_finite=...)}; b null for the standard problem. With eigvals_only the
     * eigenvectors are null.
     */
    public static EighResult eigh(NdArray a, NdArray b, EighOptions options) {
        return DecompositionFunctions.eigh(a, b, options);
    }

    /** {@code scipy.linalg.eigvalsh(a)}: the eigenvalues of a Hermitian matrix, ascending. */
    public static NdArray eigvalsh(NdArray a) {
        return eigvalsh(a, null, EighOptions.defaults());
    }

    /** {@code scipy.linalg.eigvalsh(a, b, lower=..., type=..., subset_by_index=..., ...)}. */
    public static NdArray eigvalsh(NdArray a, NdArray b, EighOptions options) {
        return DecompositionFunctions.eigh(a, b, options.withEigvalsOnly(true)).eigenvalues();
    }

    // ---- matrix functions ------------------------------------------------------------------------------

    /** {@code scipy.linalg.expm(A)}: the matrix exponential of square matrices (..., N, N). */
    public static NdArray expm(NdArray a) {
        return MatrixExponential.expm(a);
    }
}
