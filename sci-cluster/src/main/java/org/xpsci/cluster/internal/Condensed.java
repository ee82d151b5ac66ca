package org.xpsci.cluster.internal;

/**
 * The condensed form of a symmetric n x n distance matrix (SciPy's {@code pdist} output): the upper triangle
 * without the diagonal, row by row, {@code n(n-1)/2} values.
 */
public final class Condensed {

    private Condensed() {
    }

    /** The position of entry (i, j), i != j, in the condensed form of an n x n matrix. */
    public static long index(long n, long i, long j) {
        if (i < j) {
            return n * i - (i * (i + 1)) / 2 + (j - i - 1);
        }
        return n * j - (j * (j + 1)) / 2 + (i - j - 1);
    }

    /** The position of row i's first entry (i, i + 1). */
    public static long rowStart(long n, long i) {
        return n * i - (i * (i + 1)) / 2;
    }

    /** The length of the condensed form of n observations. */
    public static long length(long n) {
        return n * (n - 1) / 2;
    }

    /**
     * The number of observations whose condensed form has {@code length} values (SciPy's {@code num_obs_y}
     * after {@code is_valid_y}).
     *
     * @throws IllegalArgumentException for an empty matrix or a length that is not a binomial coefficient, in
     *                                  SciPy's words
     */
    public static int observations(long length, String name) {
        if (length == 0) {
            throw new IllegalArgumentException("The number of observations cannot be determined on an empty distance"
                    + " matrix.");
        }
        long d = (long) Math.ceil(Math.sqrt(length * 2.0));
        if (d * (d - 1) / 2 != length) {
            throw new IllegalArgumentException("Length n of condensed distance matrix '" + name + "' must be a binomial"
                    + " coefficient, i.e. there must be a k such that (k \\choose 2)=n)!; got length " + length);
        }
        if (d > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("condensed distance matrix '" + name + "' describes " + d
                    + " observations; at most " + Integer.MAX_VALUE + " are supported");
        }
        return (int) d;
    }
}
