package org.xpsci.cluster.internal;

/**
 * The fused host passes of vq and k-means over the rows of a host matrix, split over all cores
 * ({@link RowPool}): each row's nearest code, and for a k-means step the per-cluster sums and counts
 * accumulated in the same pass (per-thread partials merged at the end), so the data is read once per
 * iteration and no n x k matrix is formed.
 */
final class HostAssign {

    /** The accumulated result of one k-means step. */
    record Step(double[] sums, long[] counts, double distanceSum) {
    }

    private HostAssign() {
    }

    /**
     * The nearest code of every row into {@code codes} and its Euclidean distance into {@code dist}
     * (row-major k x d code book).
     */
    static void codes(HostRows rows, double[] codebook, int k, int[] codes, double[] dist) {
        NearestCode kernel = new NearestCode(codebook, k, rows.cols());
        int n = rows.rows();
        int chunks = RowPool.chunks(n, (long) k * rows.cols());
        RowPool.forEach(chunks, c -> {
            Pass p = new Pass(rows, kernel, RowPool.start(c, chunks, n), RowPool.start(c + 1, chunks, n));
            p.run((r, code, sq) -> {
                codes[r] = code;
                dist[r] = Math.sqrt(sq);
            });
        });
    }

    /**
     * One k-means step: the label of every row into {@code labels}, with the per-cluster sums (k x d, float64)
     * and counts of the rows and the sum of their distances (each rounded to float32 first when
     * {@code float32Distances}, as SciPy's float32 kernel computes them).
     */
    static Step step(HostRows rows, double[] codebook, int k, int[] labels, boolean float32Distances) {
        int d = rows.cols();
        NearestCode kernel = new NearestCode(codebook, k, d);
        int n = rows.rows();
        int chunks = RowPool.chunks(n, (long) k * d);
        double[][] sums = new double[chunks][k * d];
        long[][] counts = new long[chunks][k];
        double[] distSums = new double[chunks];
        RowPool.forEach(chunks, c -> {
            double[] s = sums[c];
            long[] cnt = counts[c];
            double[] total = new double[1];
            Pass p = new Pass(rows, kernel, RowPool.start(c, chunks, n), RowPool.start(c + 1, chunks, n));
            p.runRows((r, code, sq, x, off) -> {
                labels[r] = code;
                cnt[code]++;
                int base = code * d;
                for (int j = 0; j < d; j++) {
                    s[base + j] += x[off + j];
                }
                double dist = Math.sqrt(sq);
                total[0] += float32Distances ? (float) dist : dist;
            });
            distSums[c] = total[0];
        });
        return merge(sums, counts, distSums, k, d);
    }

    private static Step merge(double[][] sums, long[][] counts, double[] distSums, int k, int d) {
        double[] s = sums[0];
        long[] cnt = counts[0];
        double total = distSums[0];
        for (int c = 1; c < sums.length; c++) {
            for (int i = 0; i < k * d; i++) {
                s[i] += sums[c][i];
            }
            for (int i = 0; i < k; i++) {
                cnt[i] += counts[c][i];
            }
            total += distSums[c];
        }
        return new Step(s, cnt, total);
    }

    /** Receives a row's nearest code and squared distance. */
    @FunctionalInterface
    private interface CodeSink {
        void accept(int row, int code, double squaredDistance);
    }

    /** Receives a row's nearest code and squared distance with the row's values. */
    @FunctionalInterface
    private interface RowSink {
        void accept(int row, int code, double squaredDistance, double[] x, int off);
    }

    /** One thread's walk over rows [from, to) in blocks. */
    private static final class Pass {
        private final HostRows rows;
        private final NearestCode kernel;
        private final int from;
        private final int to;

        Pass(HostRows rows, NearestCode kernel, int from, int to) {
            this.rows = rows;
            this.kernel = kernel;
            this.from = from;
            this.to = to;
        }

        void run(CodeSink sink) {
            runRows((r, code, sq, x, off) -> sink.accept(r, code, sq));
        }

        void runRows(RowSink sink) {
            int d = rows.cols();
            double[] acc = kernel.scratch();
            double[] best = new double[1];
            double[] block = rows.direct() ? null : new double[HostRows.BLOCK * d];
            for (int b = from; b < to; b += HostRows.BLOCK) {
                int e = Math.min(to, b + HostRows.BLOCK);
                double[] x;
                int off;
                if (block == null) {
                    x = rows.data();
                    off = rows.offset(b);
                } else {
                    rows.load(b, e, block);
                    x = block;
                    off = 0;
                }
                for (int r = b; r < e; r++, off += d) {
                    int code = kernel.nearest(x, off, acc, best);
                    sink.accept(r, code, best[0], x, off);
                }
            }
        }
    }
}
