package org.xpsci.cluster.internal;

import org.xpsci.cluster.hierarchy.Metric;

/**
 * {@code scipy.spatial.distance.pdist} on host memory: the condensed distances between the rows of an
 * m x n matrix, computed in parallel over rows.
 */
public final class PairwiseDistances {

    private PairwiseDistances() {
    }

    /** The condensed distances between the {@code m} rows of {@code x} (row-major, {@code n} columns). */
    public static double[] pdist(double[] x, int m, int n, Metric metric) {
        long len = Condensed.length(m);
        if (len > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("pdist: " + m + " observations give " + len + " distances; at most "
                    + (Integer.MAX_VALUE - 8) + " fit in one array");
        }
        double[] out = new double[(int) len];
        double[] norms = metric == Metric.COSINE ? norms(x, m, n) : null;
        // rows near the top have the most pairs: interleave them over chunks by taking rows i and m-2-i together
        int pairs = Math.max(1, (m - 1 + 1) / 2);
        int chunks = RowPool.chunks(pairs, (long) m * n);
        RowPool.forEach(chunks, c -> {
            int from = RowPool.start(c, chunks, pairs);
            int to = RowPool.start(c + 1, chunks, pairs);
            for (int p = from; p < to; p++) {
                row(x, m, n, p, metric, norms, out);
                int q = m - 2 - p;
                if (q > p) {
                    row(x, m, n, q, metric, norms, out);
                }
            }
        });
        return out;
    }

    private static void row(double[] x, int m, int n, int i, Metric metric, double[] norms, double[] out) {
        int pos = (int) Condensed.rowStart(m, i);
        int a = i * n;
        for (int j = i + 1; j < m; j++) {
            out[pos++] = distance(x, a, j * n, n, metric, norms, i, j);
        }
    }

    private static double distance(double[] x, int a, int b, int n, Metric metric, double[] norms, int i, int j) {
        switch (metric) {
            case EUCLIDEAN:
                return Math.sqrt(squared(x, a, b, n));
            case SQEUCLIDEAN:
                return squared(x, a, b, n);
            case CITYBLOCK: {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += Math.abs(x[a + k] - x[b + k]);
                }
                return s;
            }
            case CHEBYSHEV: {
                double s = n == 0 ? 0 : Double.NEGATIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    s = Math.max(s, Math.abs(x[a + k] - x[b + k]));
                }
                return s;
            }
            default: {
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += x[a + k] * x[b + k];
                }
                double d = 1.0 - dot / (norms[i] * norms[j]);
                return Math.max(0.0, Math.min(d, 2.0));
            }
        }
    }

    private static double squared(double[] x, int a, int b, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            double t = x[a + k] - x[b + k];
            s += t * t;
        }
        return s;
    }

    private static double[] norms(double[] x, int m, int n) {
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += x[i * n + k] * x[i * n + k];
            }
            out[i] = Math.sqrt(s);
        }
        return out;
    }
}
