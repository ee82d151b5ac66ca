package org.xpsci.cluster.internal;

/**
 * The nearest code of each observation in a block (the heart of SciPy's {@code _vq}): squared Euclidean
 * distances to every code, smallest first wins ties. The block arrives transposed (one array per feature
 * holding that feature of the block's rows), so the innermost loop runs over rows with the code's feature value
 * held in a register: a plain unit-stride loop over arrays indexed by the loop variable alone, which the JDK 17
 * SuperWord pass vectorises (it refuses offset indices), four features per pass over the distance accumulator.
 * No n x k distance matrix is formed; a block's scratch stays in the L1/L2 cache.
 */
final class NearestCode {

    /** Doubles of one transposed block (rows x features) kept under 32 KiB. */
    private static final int BLOCK_DOUBLES = 4096;

    private final double[] codebook;
    private final int k;
    private final int d;
    private final int blockRows;

    /** A kernel for {@code k} codes of {@code d} features ({@code codebook} row-major k x d, not copied). */
    NearestCode(double[] codebook, int k, int d) {
        this.codebook = codebook;
        this.k = k;
        this.d = d;
        this.blockRows = Math.max(64, Math.min(1024, BLOCK_DOUBLES / Math.max(d, 1)));
    }

    /** The number of features. */
    int features() {
        return d;
    }

    /** The most rows a block may hold. */
    int blockRows() {
        return blockRows;
    }

    /**
     * The nearest code of each of the {@code m} rows of a transposed block ({@code xt[j][r]} is feature j of row
     * r) into {@code code[0..m)}, its squared distance into {@code best[0..m)}. A row whose distances are all
     * NaN gets code 0 and distance +inf, as SciPy leaves it.
     *
     * @param acc scratch of at least m doubles
     */
    void nearest(double[][] xt, int m, int[] code, double[] best, double[] acc) {
        java.util.Arrays.fill(code, 0, m, 0);
        java.util.Arrays.fill(best, 0, m, Double.POSITIVE_INFINITY);
        for (int c = 0; c < k; c++) {
            distances(xt, m, c * d, acc);
            for (int r = 0; r < m; r++) {
                if (acc[r] < best[r]) {
                    best[r] = acc[r];
                    code[r] = c;
                }
            }
        }
    }

    /** acc[r] = squared distance of row r to the code starting at codebook[base]. */
    private void distances(double[][] xt, int m, int base, double[] acc) {
        java.util.Arrays.fill(acc, 0, m, 0.0);
        int j = 0;
        for (; j + 4 <= d; j += 4) {
            double c0 = codebook[base + j];
            double c1 = codebook[base + j + 1];
            double c2 = codebook[base + j + 2];
            double c3 = codebook[base + j + 3];
            double[] x0 = xt[j];
            double[] x1 = xt[j + 1];
            double[] x2 = xt[j + 2];
            double[] x3 = xt[j + 3];
            for (int r = 0; r < m; r++) {
                double t0 = x0[r] - c0;
                double t1 = x1[r] - c1;
                double t2 = x2[r] - c2;
                double t3 = x3[r] - c3;
                acc[r] += t0 * t0 + t1 * t1 + (t2 * t2 + t3 * t3);
            }
        }
        for (; j < d; j++) {
            double cj = codebook[base + j];
            double[] x = xt[j];
            for (int r = 0; r < m; r++) {
                double t = x[r] - cj;
                acc[r] += t * t;
            }
        }
    }
}
