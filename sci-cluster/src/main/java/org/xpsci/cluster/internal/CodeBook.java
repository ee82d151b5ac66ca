package org.xpsci.cluster.internal;

/**
 * A code book (k x d centroids, row-major float64) on the host side of the fused k-means loops, with the mean
 * update of SciPy's {@code update_cluster_means}: float32 data keeps float32 centroids (each mean rounded to
 * float32 as SciPy's float32 kernel stores it).
 */
final class CodeBook {

    private CodeBook() {
    }

    /**
     * The means of the clusters with members; a cluster without members keeps {@code previous}'s row.
     *
     * @return whether some cluster was empty
     */
    static boolean means(HostAssign.Step s, double[] previous, int k, int d, boolean float32, double[] out) {
        boolean empty = false;
        for (int c = 0; c < k; c++) {
            long count = s.counts()[c];
            for (int j = 0; j < d; j++) {
                int i = c * d + j;
                if (count > 0) {
                    double m = s.sums()[i] / count;
                    out[i] = float32 ? (float) m : m;
                } else {
                    out[i] = previous[i];
                }
            }
            empty |= count == 0;
        }
        return empty;
    }

    /** The rows of the clusters with members only (kmeans drops empty clusters), as means. */
    static double[] keptMeans(HostAssign.Step s, int k, int d, boolean float32) {
        int kept = 0;
        for (int c = 0; c < k; c++) {
            kept += s.counts()[c] > 0 ? 1 : 0;
        }
        double[] out = new double[kept * d];
        int r = 0;
        for (int c = 0; c < k; c++) {
            long count = s.counts()[c];
            if (count == 0) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                double m = s.sums()[c * d + j] / count;
                out[r * d + j] = float32 ? (float) m : m;
            }
            r++;
        }
        return out;
    }
}
