package org.xpsci.cluster.vq;

/**
 * The keyword arguments of {@code scipy.cluster.vq.kmeans}, with SciPy's defaults:
 * {@code iter=20, thresh=1e-05, check_finite=True, seed=None}.
 *
 * @param iter        the number of runs from random initial code books (ignored with an initial code book); at
 *                    least 1
 * @param thresh      a run stops when the mean distortion changes by at most this much
 * @param checkFinite whether to reject NaN and infinite input
 * @param seed        the seed of the random initial code books (see {@link Vq} for the generator), or null for
 *                    fresh entropy
 */
public record KMeansOptions(int iter, double thresh, boolean checkFinite, Long seed) {

    /** SciPy's defaults. */
    public static KMeansOptions defaults() {
        return new KMeansOptions(20, 1e-5, true, null);
    }

    /** A copy with the number of runs. */
    public KMeansOptions withIter(int value) {
        return new KMeansOptions(value, thresh, checkFinite, seed);
    }

    /** A copy with the stopping threshold. */
    public KMeansOptions withThresh(double value) {
        return new KMeansOptions(iter, value, checkFinite, seed);
    }

    /** A copy with the finiteness check on or off. */
    public KMeansOptions withCheckFinite(boolean value) {
        return new KMeansOptions(iter, thresh, value, seed);
    }

    /** A copy with the seed (null: fresh entropy). */
    public KMeansOptions withSeed(Long value) {
        return new KMeansOptions(iter, thresh, checkFinite, value);
    }
}
