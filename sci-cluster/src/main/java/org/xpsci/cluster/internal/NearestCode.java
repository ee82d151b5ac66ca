package org.xpsci.cluster.internal;

/**
 * The nearest code of one observation (the heart of SciPy's {@code _vq}): squared Euclidean distances to every
 * code, smallest first wins ties. The code book is kept transposed in chunks of codes small enough for the L1
 * cache, so the inner loop runs over codes with the feature value held in a register: a plain unit-stride loop
 * the JIT vectorises, with no n x k distance matrix anywhere.
 */
final class NearestCode {

    /** Doubles of one code-book chunk (d x chunk) kept under about 16 KiB. */
    private static final int CHUNK_DOUBLES = 2048;

    private final int k;
    private final int d;
    private final int chunk;
    private final double[] transposed;

    /** A kernel for {@code k} codes of {@code d} features ({@code codebook} row-major k x d). */
    NearestCode(double[] codebook, int k, int d) {
        this.k = k;
        this.d = d;
        this.chunk = Math.max(8, Math.min(k, CHUNK_DOUBLES / Math.max(d, 1)));
        this.transposed = new double[k * d];
        for (int c0 = 0; c0 < k; c0 += chunk) {
            int width = Math.min(chunk, k - c0);
            for (int j = 0; j < d; j++) {
                for (int c = 0; c < width; c++) {
                    transposed[c0 * d + j * width + c] = codebook[(c0 + c) * d + j];
                }
            }
        }
    }

    /** Scratch space for one thread's calls. */
    double[] scratch() {
        return new double[Math.min(chunk, k)];
    }

    /**
     * The index of the code nearest to the row {@code x[off .. off + d)}; its squared distance is left in
     * {@code best[0]}. A row whose distances are all NaN gets code 0 and distance +inf, as SciPy leaves it.
     */
    int nearest(double[] x, int off, double[] acc, double[] best) {
        int bestCode = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int c0 = 0; c0 < k; c0 += chunk) {
            int width = Math.min(chunk, k - c0);
            int base = c0 * d;
            java.util.Arrays.fill(acc, 0, width, 0.0);
            for (int j = 0; j < d; j++) {
                double xj = x[off + j];
                int row = base + j * width;
                for (int c = 0; c < width; c++) {
                    double t = xj - transposed[row + c];
                    acc[c] += t * t;
                }
            }
            for (int c = 0; c < width; c++) {
                if (acc[c] < bestValue) {
                    bestValue = acc[c];
                    bestCode = c0 + c;
                }
            }
        }
        best[0] = bestValue;
        return bestCode;
    }
}
