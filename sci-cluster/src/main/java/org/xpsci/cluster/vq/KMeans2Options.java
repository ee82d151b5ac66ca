package org.xpsci.cluster.vq;

/**
 * The keyword arguments of {@code scipy.cluster.vq.kmeans2}, with SciPy's defaults:
 * {@code iter=10, thresh=1e-05, minit='random', missing='warn', check_finite=True, seed=None}.
 *
 * @param iter        the number of k-means iterations (exactly this many run); at least 1
 * @param thresh      unused, as in SciPy ("not used yet"); kept for the same signature
 * @param minit       how initial centroids are chosen when k is a count; null means {@link Minit#RANDOM}
 * @param missing     what an empty cluster does; null means {@link Missing#WARN}
 * @param checkFinite whether to reject NaN and infinite input
 * @param seed        the seed of the random initialisation (see {@link Vq} for the generator), or null for fresh
 *                    entropy
 */
public record KMeans2Options(int iter, double thresh, Minit minit, Missing missing, boolean checkFinite, Long seed) {

    /** SciPy's defaults. */
    public static KMeans2Options defaults() {
        return new KMeans2Options(10, 1e-5, Minit.RANDOM, Missing.WARN, true, null);
    }

    /** A copy with the number of iterations. */
    public KMeans2Options withIter(int value) {
        return new KMeans2Options(value, thresh, minit, missing, checkFinite, seed);
    }

    /** A copy with the (unused) threshold. */
    public KMeans2Options withThresh(double value) {
        return new KMeans2Options(iter, value, minit, missing, checkFinite, seed);
    }

    /** A copy with the initialisation method. */
    public KMeans2Options withMinit(Minit value) {
        return new KMeans2Options(iter, thresh, value, missing, checkFinite, seed);
    }

    /**
     * A copy with the initialisation method given by SciPy's name.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public KMeans2Options withMinit(String value) {
        return withMinit(Minit.parse(value));
    }

    /** A copy with the empty-cluster handling. */
    public KMeans2Options withMissing(Missing value) {
        return new KMeans2Options(iter, thresh, minit, value, checkFinite, seed);
    }

    /**
     * A copy with the empty-cluster handling given by SciPy's name.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public KMeans2Options withMissing(String value) {
        return withMissing(Missing.parse(value));
    }

    /** A copy with the finiteness check on or off. */
    public KMeans2Options withCheckFinite(boolean value) {
        return new KMeans2Options(iter, thresh, minit, missing, value, seed);
    }

    /** A copy with the seed (null: fresh entropy). */
    public KMeans2Options withSeed(Long value) {
        return new KMeans2Options(iter, thresh, minit, missing, checkFinite, value);
    }
}
