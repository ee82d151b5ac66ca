package org.xpsci.linalg;

import java.util.Locale;

/**
 * The structure {@link Linalg#solve} may assume of its matrix (SciPy's {@code assume_a}). Structures that
 * only change LAPACK's algorithm, not the answer, are solved by the general method: symmetric and Hermitian
 * matrices (read from the triangle {@code lower} selects), banded and tridiagonal ones.
 */
public enum MatrixStructure {
    /** Any square matrix: LU with partial pivoting ({@code 'general'}, {@code 'gen'}). */
    GENERAL("general", "gen"),
    /** Only the diagonal is read ({@code 'diagonal'}). */
    DIAGONAL("diagonal"),
    /** Only the tridiagonal band is read ({@code 'tridiagonal'}). */
    TRIDIAGONAL("tridiagonal"),
    /** A banded matrix; solved as a general one ({@code 'banded'}). */
    BANDED("banded"),
    /** Upper triangular; only the upper triangle is read ({@code 'upper triangular'}). */
    UPPER_TRIANGULAR("upper triangular"),
    /** Lower triangular; only the lower triangle is read ({@code 'lower triangular'}). */
    LOWER_TRIANGULAR("lower triangular"),
    /** Symmetric; one triangle is read ({@code 'symmetric'}, {@code 'sym'}). */
    SYMMETRIC("symmetric", "sym"),
    /** Hermitian; one triangle is read ({@code 'hermitian'}, {@code 'her'}). */
    HERMITIAN("hermitian", "her"),
    /** Hermitian positive definite: Cholesky; one triangle is read ({@code 'positive definite'}, {@code 'pos'}). */
    POSITIVE_DEFINITE("positive definite", "pos");

    private final String[] names;

    MatrixStructure(String... names) {
        this.names = names;
    }

    /** SciPy's name for the structure, e.g. {@code "positive definite"}. */
    public String scipyName() {
        return names[0];
    }

    /**
     * The structure SciPy names {@code name} (case-insensitive; both long and short names).
     *
     * @throws IllegalArgumentException listing the accepted names when none matches
     */
    public static MatrixStructure parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        StringBuilder accepted = new StringBuilder();
        for (MatrixStructure s : values()) {
            for (String alias : s.names) {
                if (alias.equals(n)) {
                    return s;
                }
                accepted.append(accepted.length() == 0 ? "" : ", ").append('\'').append(alias).append('\'');
            }
        }
        throw new IllegalArgumentException(name + " is not a recognized matrix structure; assume_a must be one of "
                + accepted);
    }
}
