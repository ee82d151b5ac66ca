package org.xpsci.linalg;

/**
 * The keyword arguments of {@link Linalg#solve} with SciPy's defaults ({@code assume_a=None, lower=False,
 * check_finite=True, transposed=False}); {@code overwrite_a}/{@code overwrite_b} have no counterpart because
 * inputs are never modified.
 *
 * @param assumeA     the structure to assume, or null to treat a as general
 * @param lower       for symmetric, Hermitian and positive definite structures, read the lower triangle
 *                    (else the upper)
 * @param checkFinite refuse input holding infinities or NaNs
 * @param transposed  solve {@code a^T x = b} (real a only, as in SciPy)
 */
public record SolveOptions(MatrixStructure assumeA, boolean lower, boolean checkFinite, boolean transposed) {

    /** SciPy's defaults. */
    public static SolveOptions defaults() {
        return new SolveOptions(null, false, true, false);
    }

    /** With a structure to assume. */
    public SolveOptions withAssumeA(MatrixStructure structure) {
        return new SolveOptions(structure, lower, checkFinite, transposed);
    }

    /** With a structure named as SciPy names it ({@code "pos"}, {@code "upper triangular"}, ...). */
    public SolveOptions withAssumeA(String structure) {
        return withAssumeA(MatrixStructure.parse(structure));
    }

    /** Reading the lower (true) or upper (false) triangle. */
    public SolveOptions withLower(boolean value) {
        return new SolveOptions(assumeA, value, checkFinite, transposed);
    }

    /** With or without the finiteness check. */
    public SolveOptions withCheckFinite(boolean value) {
        return new SolveOptions(assumeA, lower, value, transposed);
    }

    /** Solving the transposed system. */
    public SolveOptions withTransposed(boolean value) {
        return new SolveOptions(assumeA, lower, checkFinite, value);
    }
}
