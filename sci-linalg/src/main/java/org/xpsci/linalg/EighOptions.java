package org.xpsci.linalg;

/**
 * The keyword arguments of {@link Linalg#eigh} and {@link Linalg#eigvalsh} with SciPy's defaults
 * ({@code lower=True, eigvals_only=False, type=1, check_finite=True, subset_by_index=None,
 * subset_by_value=None}).
 *
 * @param lower         read the lower triangle of a (and b), else the upper
 * @param eigvalsOnly   compute eigenvalues only ({@link Linalg#eigh} then returns null eigenvectors)
 * @param type          for the generalized problem: 1 solves {@code a v = w b v}, 2 {@code a b v = w v},
 *                      3 {@code b a v = w v}
 * @param checkFinite   refuse input holding infinities or NaNs
 * @param subsetByIndex inclusive {@code [first, last]} indices (ascending order) of the eigenvalues wanted,
 *                      or null for all
 * @param subsetByValue the half-open interval {@code (low, high]} of the eigenvalues wanted, or null for all
 */
public record EighOptions(boolean lower, boolean eigvalsOnly, int type, boolean checkFinite, int[] subsetByIndex,
                          double[] subsetByValue) {

    /** SciPy's defaults. */
    public static EighOptions defaults() {
        return new EighOptions(true, false, 1, true, null, null);
    }

    /** Reading the lower (true) or upper (false) triangle. */
    public EighOptions withLower(boolean value) {
        return new EighOptions(value, eigvalsOnly, type, checkFinite, subsetByIndex, subsetByValue);
    }

    /** Computing eigenvalues only. */
    public EighOptions withEigvalsOnly(boolean value) {
        return new EighOptions(lower, value, type, checkFinite, subsetByIndex, subsetByValue);
    }

    /** With the generalized problem's type (1, 2 or 3). */
    public EighOptions withType(int value) {
        return new EighOptions(lower, eigvalsOnly, value, checkFinite, subsetByIndex, subsetByValue);
    }

    /** With or without the finiteness check. */
    public EighOptions withCheckFinite(boolean value) {
        return new EighOptions(lower, eigvalsOnly, type, value, subsetByIndex, subsetByValue);
    }

    /** Only the eigenvalues with ascending indices first..last (inclusive). */
    public EighOptions withSubsetByIndex(int first, int last) {
        return new EighOptions(lower, eigvalsOnly, type, checkFinite, new int[] {first, last}, subsetByValue);
    }

    /** Only the eigenvalues in (low, high]. */
    public EighOptions withSubsetByValue(double low, double high) {
        return new EighOptions(lower, eigvalsOnly, type, checkFinite, subsetByIndex, new double[] {low, high});
    }

    /** Equal when every option is, subsets compared by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EighOptions e && lower == e.lower && eigvalsOnly == e.eigvalsOnly && type == e.type
                && checkFinite == e.checkFinite && java.util.Arrays.equals(subsetByIndex, e.subsetByIndex)
                && java.util.Arrays.equals(subsetByValue, e.subsetByValue);
    }

    /** A hash consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(lower, eigvalsOnly, type, checkFinite, java.util.Arrays.hashCode(subsetByIndex),
                java.util.Arrays.hashCode(subsetByValue));
    }

    /** The options as SciPy's keyword arguments. */
    @Override
    public String toString() {
        return "EighOptions[lower=" + lower + ", eigvalsOnly=" + eigvalsOnly + ", type=" + type + ", checkFinite="
                + checkFinite + ", subsetByIndex=" + java.util.Arrays.toString(subsetByIndex) + ", subsetByValue="
                + java.util.Arrays.toString(subsetByValue) + "]";
    }
}
