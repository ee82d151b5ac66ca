package org.xpsci.cluster.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.SvdResult;

/**
 * The initial centroids of k-means (SciPy's {@code _kpoints}, {@code _kpp} and {@code _krandinit}), written once
 * with the standard so every backend and both paths start from the same centroids for the same seed: the random
 * numbers come from {@link SeededRandom} on the host and enter the namespace through {@code asarray}. Data is
 * (n, d) here; 1-d data is passed as (n, 1).
 */
final class KMeansInit {

    private KMeansInit() {
    }

    /** k distinct observations, in random order (SciPy's {@code _kpoints}). */
    static NdArray points(ArrayNamespace xp, NdArray data, int k, SeededRandom rng) {
        long[] idx = rng.distinct(data.shape(0), k);
        return xp.take(data, xp.asarray(idx, DType.INT64, data.device(), null), 0);
    }

    /**
     * k observations by k-means++ (SciPy's {@code _kpp}): the first uniformly, each next one with probability
     * proportional to its squared distance to the nearest centroid chosen so far (the cumulative probabilities
     * searched with a uniform draw, as SciPy does; when every distance is 0 the first observation is taken, where
     * NumPy's search of the NaN probabilities lands).
     */
    static NdArray plusPlus(ArrayNamespace xp, NdArray data, int k, SeededRandom rng) {
        int n = data.shape(0);
        List<NdArray> chosen = new ArrayList<>();
        NdArray c = pick(xp, data, rng.nextLong(n));
        chosen.add(c);
        NdArray d2 = squaredDistances(xp, data, c);
        for (int i = 1; i < k; i++) {
            NdArray total = xp.sum(d2);
            double u = rng.nextDouble();
            long idx = 0;
            if (total.doubleValue() > 0) {
                NdArray cum = xp.cumulativeSum(xp.divide(d2, total), 0);
                NdArray r = xp.asarray(new double[] {u}, data.dtype(), data.device(), null);
                idx = Math.min(xp.searchsorted(cum, r).get(Index.at(0)).longValue(), n - 1);
            }
            c = pick(xp, data, idx);
            chosen.add(c);
            d2 = xp.minimum(d2, squaredDistances(xp, data, c));
        }
        return xp.concat(chosen, 0);
    }

    /**
     * k draws from a Gaussian with the data's mean and covariance (SciPy's {@code _krandinit}): through the
     * Cholesky factor of the covariance, or, when there are more features than observations (a rank-deficient
     * covariance), through the SVD of the centred data. Needs the linalg extension for more than one feature.
     */
    static NdArray random(ArrayNamespace xp, NdArray data, int k, SeededRandom rng, String function) {
        int n = data.shape(0);
        int d = data.shape(1);
        NdArray mu = xp.mean(data, new int[] {0}, true);
        NdArray centred = xp.subtract(data, mu);
        if (d == 1) {
            NdArray sd = xp.sqrt(xp.var(data, new int[] {0}, 1.0, true));
            return xp.add(xp.multiply(normals(xp, data, k, 1, rng), sd), mu);
        }
        if (!xp.hasExtension("linalg")) {
            throw new IllegalArgumentException(function + ": minit 'random' needs the linalg extension (cholesky,"
                    + " svd), which the " + xp.name() + " namespace lacks; use minit 'points' or '++', or initial"
                    + " centroids with minit 'matrix'");
        }
        NdArray factor;
        int width;
        if (d > n) {
            SvdResult svd = xp.linalg().svd(centred, false);
            width = svd.s().shape(0);
            factor = xp.divide(xp.multiply(xp.expandDims(svd.s(), 1), svd.vh()), Math.sqrt(n - 1.0));
        } else {
            NdArray cov = xp.divide(xp.matmul(xp.matrixTranspose(centred), centred), n - 1.0);
            factor = xp.matrixTranspose(xp.linalg().cholesky(cov, false));
            width = d;
        }
        return xp.add(xp.matmul(normals(xp, data, k, width, rng), factor), mu);
    }

    /** A (k, width) array of standard normal draws in the data's dtype, drawn row by row. */
    private static NdArray normals(ArrayNamespace xp, NdArray like, int k, int width, SeededRandom rng) {
        double[] v = new double[k * width];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return xp.reshape(xp.asarray(v, like.dtype(), like.device(), null), k, width);
    }

    private static NdArray pick(ArrayNamespace xp, NdArray data, long row) {
        return xp.take(data, xp.asarray(new long[] {row}, DType.INT64, data.device(), null), 0);
    }

    private static NdArray squaredDistances(ArrayNamespace xp, NdArray data, NdArray c) {
        NdArray diff = xp.subtract(data, c);
        return xp.sum(xp.multiply(diff, diff), new int[] {1}, null, false);
    }
}
