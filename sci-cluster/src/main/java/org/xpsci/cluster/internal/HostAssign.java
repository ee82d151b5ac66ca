package org.xpsci.cluster.internal;

/**
 * The fused host passes of vq and k-means over the rows of a host matrix, split by blocks of rows over all
 * cores ({@link RowPool}): each row's nearest code, and for a k-means step the per-cluster sums and counts
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
        int blocks = rows.blocks();
        int chunks = RowPool.chunks(blocks, (long) rows.blockRows() * k * rows.cols());
        RowPool.forEach(chunks, c -> new Blocks(rows, kernel).run(RowPool.start(c, chunks, blocks),
                RowPool.start(c + 1, chunks, blocks), (first, m, code, best, xt) -> {
                    System.arraycopy(code, 0, codes, first, m);
                    for (int r = 0; r < m; r++) {
                        dist[first + r] = Math.sqrt(best[r]);
                    }
                }));
    }

    /**
     * One k-means step: the label of every row into {@code labels}, with the per-cluster sums (k x d, float64)
     * and counts of the rows and the sum of their distances (each rounded to float32 first when
     * {@code float32Distances}, as SciPy's float32 kernel computes them).
     */
    static Step step(HostRows rows, double[] codebook, int k, int[] labels, boolean float32Distances) {
        int d = rows.cols();
        NearestCode kernel = new NearestCode(codebook, k, d);
        int blocks = rows.blocks();
        int chunks = RowPool.chunks(blocks, (long) rows.blockRows() * k * d);
        double[][] sums = new double[chunks][k * d];
        long[][] counts = new long[chunks][k];
        double[] distSums = new double[chunks];
        RowPool.forEach(chunks, c -> {
            double[] s = sums[c];
            long[] cnt = counts[c];
            double[] total = new double[1];
            new Blocks(rows, kernel).run(RowPool.start(c, chunks, blocks), RowPool.start(c + 1, chunks, blocks),
                    (first, m, code, best, xt) -> {
                        System.arraycopy(code, 0, labels, first, m);
                        double t = 0;
                        for (int r = 0; r < m; r++) {
                            cnt[code[r]]++;
                            double dist = Math.sqrt(best[r]);
                            t += float32Distances ? (float) dist : dist;
                        }
                        total[0] += t;
                        for (int j = 0; j < d; j++) {
                            double[] x = xt[j];
                            for (int r = 0; r < m; r++) {
                                s[code[r] * d + j] += x[r];
                            }
                        }
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

    /** Receives one block's nearest codes and squared distances with its transposed rows. */
    @FunctionalInterface
    private interface BlockSink {
        void accept(int firstRow, int m, int[] code, double[] best, double[][] xt);
    }

    /** One thread's walk over a range of blocks, with its own scratch. */
    private static final class Blocks {
        private final HostRows rows;
        private final NearestCode kernel;
        private final double[][] scratch;
        private final int[] code;
        private final double[] best;
        private final NearestCode.Scratch kernelScratch;

        Blocks(HostRows rows, NearestCode kernel) {
            this.rows = rows;
            this.kernel = kernel;
            int b = rows.blockRows();
            this.scratch = new double[rows.cols()][b];
            this.code = new int[b];
            this.best = new double[b];
            this.kernelScratch = new NearestCode.Scratch(b);
        }

        void run(int fromBlock, int toBlock, BlockSink sink) {
            for (int b = fromBlock; b < toBlock; b++) {
                int m = rows.blockLength(b);
                double[][] xt = rows.block(b, scratch);
                kernel.nearest(xt, m, code, best, kernelScratch);
                sink.accept(b * rows.blockRows(), m, code, best, xt);
            }
        }
    }
}
