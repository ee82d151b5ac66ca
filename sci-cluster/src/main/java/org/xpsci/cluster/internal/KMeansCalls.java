package org.xpsci.cluster.internal;

import java.util.Arrays;
import org.xpsci.cluster.ClusterWarning;
import org.xpsci.cluster.vq.KMeans2Options;
import org.xpsci.cluster.vq.KMeans2Result;
import org.xpsci.cluster.vq.KMeansOptions;
import org.xpsci.cluster.vq.KMeansResult;
import org.xpsci.cluster.vq.Minit;
import org.xpsci.cluster.vq.Missing;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The bodies of {@code Vq.kmeans} and {@code Vq.kmeans2}: SciPy's argument checks in SciPy's order and words, the
 * initialisation, then the loops.
 */
public final class KMeansCalls {

    private KMeansCalls() {
    }

    /** {@code kmeans(obs, k)}: {@code iter} runs from k random observations, the lowest distortion kept. */
    public static KMeansResult kmeans(NdArray obs, int k, KMeansOptions o) {
        NdArray data2 = kmeansData(obs, null, o);
        ArrayNamespace xp = Xp.namespace(obs);
        if (k < 1) {
            throw new IllegalArgumentException("Asked for " + k + " clusters.");
        }
        SeededRandom rng = SeededRandom.of(o.seed());
        KMeansLoop.Run best = null;
        for (int i = 0; i < o.iter(); i++) {
            KMeansLoop.Run run = KMeansLoop.run(xp, data2, KMeansInit.points(xp, data2, k, rng), o.thresh());
            if (best == null || run.distortion() < best.distortion()) {
                best = run;
            }
        }
        return kmeansResult(xp, obs, best);
    }

    /** {@code kmeans(obs, guess)}: one run from the initial code book, or k runs when guess is a 0-d count. */
    public static KMeansResult kmeans(NdArray obs, NdArray guess, KMeansOptions o) {
        NdArray data2 = kmeansData(obs, Arguments.array(guess, "k_or_guess"), o);
        ArrayNamespace xp = Xp.namespace(obs, guess);
        if (guess.size() == 1) {
            if (guess.ndim() != 0) {
                throw new IllegalArgumentException("k_or_guess must be a count (a 0-d array) or an initial code book"
                        + " of more than one element; got shape " + Arrays.toString(guess.shape()));
            }
            double v = guess.doubleValue();
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException("If k_or_guess is a scalar, it must be an integer.; got " + v);
            }
            return kmeans(obs, (int) Math.max(Math.min(v, Integer.MAX_VALUE), Integer.MIN_VALUE), o);
        }
        if (guess.size() < 1) {
            throw new IllegalArgumentException("Asked for 0 clusters. Initial book was " + Arrays.toString(
                    guess.shape()) + " (empty)");
        }
        VqCalls.checkShapes(obs, guess);
        NdArray g = guess.ndim() == 1 ? xp.reshape(guess, guess.shape(0), 1) : guess;
        return kmeansResult(xp, obs, KMeansLoop.run(xp, data2, g, o.thresh()));
    }

    /** {@code kmeans2(data, k)} with k a number of clusters. */
    public static KMeans2Result kmeans2(NdArray data, int k, KMeans2Options o) {
        ArrayNamespace xp = Xp.namespace(Arguments.array(data, "data"));
        NdArray data2 = kmeans2Data(data, o, 1);
        Minit minit = Arguments.orDefault(o.minit(), Minit.RANDOM);
        if (minit == Minit.MATRIX) {
            throw new IllegalArgumentException("k array doesn't match data rank (minit 'matrix' needs k as an array"
                    + " of initial centroids; got the count " + k + ")");
        }
        if (k < 1) {
            throw new IllegalArgumentException("Cannot ask kmeans2 for " + k + " clusters (k was " + k + ")");
        }
        NdArray init = initialise(xp, data2, k, minit, SeededRandom.of(o.seed()));
        return KMeans2Loop.run(xp, data, data2, init, o.iter(), missing(o));
    }

    /** {@code kmeans2(data, k)} with k an array: initial centroids, or a 0-d count unless minit is matrix. */
    public static KMeans2Result kmeans2(NdArray data, NdArray k, KMeans2Options o) {
        ArrayNamespace xp = Xp.namespace(Arguments.array(data, "data"), Arguments.array(k, "k"));
        NdArray data2 = kmeans2Data(data, o, k.size());
        Minit minit = Arguments.orDefault(o.minit(), Minit.RANDOM);
        if (minit != Minit.MATRIX && k.size() == 1) {
            if (k.ndim() != 0) {
                throw new IllegalArgumentException("k must be a count (a 0-d array) or, with more than one element or"
                        + " minit 'matrix', the initial centroids; got shape " + Arrays.toString(k.shape()));
            }
            double v = k.doubleValue();
            int nc = (int) Math.max(Math.min(v, Integer.MAX_VALUE), Integer.MIN_VALUE);
            if (nc >= 1 && nc != v) {
                ClusterWarningChannel.warn(ClusterWarning.Category.USER_WARNING, "kmeans2", "k was not an integer, was"
                        + " converted.");
            }
            if (nc < 1) {
                throw new IllegalArgumentException("Cannot ask kmeans2 for " + nc + " clusters (k was " + v + ")");
            }
            return kmeans2(data, nc, o);
        }
        if (o.checkFinite()) {
            FiniteCheck.require(k, "k", "kmeans2");
        }
        VqCalls.requireReal(k, "k", "kmeans2");
        if (data.ndim() != k.ndim()) {
            throw new IllegalArgumentException("k array doesn't match data rank (data " + data.ndim() + "-d, k "
                    + k.ndim() + "-d)");
        }
        if (data.ndim() > 1 && k.shape(1) != data.shape(1)) {
            throw new IllegalArgumentException("k array doesn't match data dimension (data has " + data.shape(1)
                    + " features, k " + k.shape(1) + ")");
        }
        NdArray init = k.ndim() == 1 ? xp.reshape(k, k.shape(0), 1) : k;
        return KMeans2Loop.run(xp, data, data2, init, o.iter(), missing(o));
    }

    private static NdArray initialise(ArrayNamespace xp, NdArray data2, int k, Minit minit, SeededRandom rng) {
        switch (minit) {
            case POINTS:
                return KMeansInit.points(xp, data2, k, rng);
            case PLUS_PLUS:
                return KMeansInit.plusPlus(xp, data2, k, rng);
            default:
                return KMeansInit.random(xp, data2, k, rng, "kmeans2");
        }
    }

    private static Missing missing(KMeans2Options o) {
        return Arguments.orDefault(o.missing(), Missing.WARN);
    }

    /** kmeans2's checks of iter and data, in SciPy's order; the data as (n, d). */
    private static NdArray kmeans2Data(NdArray data, KMeans2Options o, long kSize) {
        if (o.iter() < 1) {
            throw new IllegalArgumentException("Invalid iter (" + o.iter() + "), must be a positive integer.");
        }
        if (o.checkFinite()) {
            FiniteCheck.require(data, "data", "kmeans2");
        }
        if (data.ndim() != 1 && data.ndim() != 2) {
            throw new IllegalArgumentException("Input of rank > 2 is not supported." + (data.ndim() == 0
                    ? " (data is 0-d; pass observations as rows)" : " (data is " + data.ndim() + "-d)"));
        }
        if (data.size() < 1 || kSize < 1) {
            throw new IllegalArgumentException("Empty input is not supported. (data shape " + Arrays.toString(
                    data.shape()) + ", " + kSize + " element(s) in k)");
        }
        requireFloat(data, "data", "kmeans2");
        return data.ndim() == 1 ? Xp.namespace(data).reshape(data, data.shape(0), 1) : data;
    }

    /** kmeans's checks of obs, guess and iter, in SciPy's order; the data as (n, d). */
    private static NdArray kmeansData(NdArray obs, NdArray guess, KMeansOptions o) {
        Arguments.array(obs, "obs");
        if (o.checkFinite()) {
            FiniteCheck.require(obs, "obs", "kmeans");
            if (guess != null) {
                FiniteCheck.require(guess, "k_or_guess", "kmeans");
            }
        }
        if (o.iter() < 1) {
            throw new IllegalArgumentException("iter must be at least 1, got " + o.iter());
        }
        if (obs.ndim() != 1 && obs.ndim() != 2) {
            throw new IllegalArgumentException("ndim different than 1 or 2 are not supported (obs is " + obs.ndim()
                    + "-d)");
        }
        if (obs.size() < 1) {
            throw new IllegalArgumentException("Empty input is not supported. (obs shape " + Arrays.toString(
                    obs.shape()) + ")");
        }
        requireFloat(obs, "obs", "kmeans");
        return obs.ndim() == 1 ? Xp.namespace(obs).reshape(obs, obs.shape(0), 1) : obs;
    }

    private static KMeansResult kmeansResult(ArrayNamespace xp, NdArray obs, KMeansLoop.Run run) {
        NdArray cb = run.codebook();
        NdArray book = obs.ndim() == 1 ? xp.reshape(cb, cb.shape(0)) : cb;
        NdArray distortion = xp.asarray(run.distortion(), obs.dtype(), obs.device(), null);
        return new KMeansResult(book, distortion);
    }

    private static void requireFloat(NdArray x, String param, String function) {
        if (x.dtype() != DType.FLOAT32 && x.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException("type other than float or double not supported (" + function + ": "
                    + param + " is " + x.dtype() + "; convert it to float32 or float64)");
        }
    }
}
