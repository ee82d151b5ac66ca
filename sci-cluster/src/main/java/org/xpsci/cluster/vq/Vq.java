package org.xpsci.cluster.vq;

import org.xpsci.cluster.internal.KMeansCalls;
import org.xpsci.cluster.internal.VqCalls;
import org.xpsci.xp.NdArray;

/**
 * {@code scipy.cluster.vq}: whitening, vector quantisation and k-means.
 *
 * <p>{@code vq}, {@code kmeans} and {@code kmeans2} run a fused multi-core kernel over host memory (distance and
 * nearest code in one pass, per-cluster sums accumulated in the same pass, no n x k distance matrix) when the
 * data grants a host buffer and fast paths are on; otherwise a portable path written with the standard: rows in
 * blocks, distances as {@code |x|^2 - 2 x.c + |c|^2} through {@code matmul}, memory bounded by one block.
 * Results live in the input's namespace and device; float32 data gives float32 centroids and distances.
 *
 * <p>Randomness: the random initialisations draw on the host from SplitMix64 with Marsaglia's polar method for
 * normal deviates (this library's own generator, independent of the JDK) seeded by the options' {@code seed}
 * (null: fresh entropy), and enter the namespace through {@code asarray}, so a seeded run starts from the same
 * centroids on every backend and path. NumPy's streams are not reproduced: a seeded run here and in SciPy give
 * different (equally valid) clusterings. Warnings (empty clusters, zero standard deviations, a non-integral k)
 * go to {@link org.xpsci.cluster.ClusterWarnings}.
 */
public final class Vq {

    private Vq() {
    }

    /** {@code whiten(obs)} with the finiteness check. */
    public static NdArray whiten(NdArray obs) {
        return whiten(obs, true);
    }

    /**
     * Each feature (column) divided by its standard deviation over the observations (ddof 0)
     * ({@code scipy.cluster.vq.whiten}); columns of zero deviation are left unscaled, with a RuntimeWarning when
     * {@code checkFinite}. Floating dtypes are kept; integer input gives the default float dtype.
     *
     * @throws IllegalArgumentException for NaN or infinite input when checkFinite, complex or 0-d input
     */
    public static NdArray whiten(NdArray obs, boolean checkFinite) {
        return VqCalls.whiten(obs, checkFinite);
    }

    /** {@code vq(obs, code_book)} with the finiteness check. */
    public static VqResult vq(NdArray obs, NdArray codeBook) {
        return vq(obs, codeBook, true);
    }

    /**
     * Assigns each observation the nearest code of a code book ({@code scipy.cluster.vq.vq}); ties go to the
     * lower code.
     *
     * @param obs      M observations: (M, N), or (M,) for one feature
     * @param codeBook k codes of the same rank and number of features
     * @return codes (int32; int64 for integer input, as SciPy) and Euclidean distances (the promoted floating
     *         dtype; float64 for integer input)
     * @throws IllegalArgumentException for mismatched ranks or features, a rank other than 1 or 2, an empty code
     *                                  book, NaN or infinite values when checkFinite
     */
    public static VqResult vq(NdArray obs, NdArray codeBook, boolean checkFinite) {
        return VqCalls.vq(obs, codeBook, checkFinite);
    }

    /** {@code kmeans(obs, k)} with SciPy's defaults and fresh entropy. */
    public static KMeansResult kmeans(NdArray obs, int k) {
        return kmeans(obs, k, KMeansOptions.defaults());
    }

    /**
     * k-means from {@code options.iter()} random starts of k distinct observations, keeping the code book of
     * lowest distortion ({@code scipy.cluster.vq.kmeans(obs, k)}). Each run stops when the mean distance changes
     * by at most {@code thresh}; clusters that lose every observation are dropped.
     *
     * @param obs float32 or float64 observations, (M, N) or (M,)
     * @throws IllegalArgumentException for k below 1 or above M, iter below 1, other dtypes, empty or non-finite
     *                                  input
     */
    public static KMeansResult kmeans(NdArray obs, int k, KMeansOptions options) {
        return KMeansCalls.kmeans(obs, k, orDefaults(options));
    }

    /**
     * k-means from an initial code book ({@code scipy.cluster.vq.kmeans(obs, guess)}): one run ({@code iter} is
     * ignored); a 0-d guess is a count as in {@link #kmeans(NdArray, int, KMeansOptions)}.
     *
     * @param guess the initial code book (k, N) (or (k,) for 1-d obs), or a 0-d integral count
     * @throws IllegalArgumentException for an empty guess, a non-integral count, mismatched shapes, or as kmeans
     */
    public static KMeansResult kmeans(NdArray obs, NdArray guess, KMeansOptions options) {
        return KMeansCalls.kmeans(obs, guess, orDefaults(options));
    }

    /** {@code kmeans2(data, k)} with SciPy's defaults (minit random, missing warn) and fresh entropy. */
    public static KMeans2Result kmeans2(NdArray data, int k) {
        return kmeans2(data, k, KMeans2Options.defaults());
    }

    /**
     * k-means with k clusters and exactly {@code options.iter()} iterations
     * ({@code scipy.cluster.vq.kmeans2(data, k)}), the initial centroids chosen by {@code options.minit()}
     * (random needs the linalg extension for data of more than one feature).
     *
     * @param data float32 or float64 observations, (M, N) or (M,)
     * @throws IllegalArgumentException for k below 1, more clusters than observations with minit points, iter
     *                                  below 1, a rank above 2, other dtypes, empty or non-finite input
     * @throws ClusterException         when a cluster becomes empty and {@code missing} is raise
     */
    public static KMeans2Result kmeans2(NdArray data, int k, KMeans2Options options) {
        return KMeansCalls.kmeans2(data, k, orDefaults(options));
    }

    /**
     * kmeans2 from initial centroids ({@code scipy.cluster.vq.kmeans2(data, k, minit='matrix')}; as in SciPy an
     * array of more than one element is taken as centroids whatever minit says, and a 0-d array is a count).
     *
     * @param k the initial centroids (k, N) (or (k,) for 1-d data), or a 0-d count
     * @throws IllegalArgumentException for a k whose rank or number of features does not match the data, or as
     *                                  {@link #kmeans2(NdArray, int, KMeans2Options)}
     * @throws ClusterException         when a cluster becomes empty and {@code missing} is raise
     */
    public static KMeans2Result kmeans2(NdArray data, NdArray k, KMeans2Options options) {
        return KMeansCalls.kmeans2(data, k, orDefaults(options));
    }

    private static KMeansOptions orDefaults(KMeansOptions o) {
        return o == null ? KMeansOptions.defaults() : o;
    }

    private static KMeans2Options orDefaults(KMeans2Options o) {
        return o == null ? KMeans2Options.defaults() : o;
    }
}
