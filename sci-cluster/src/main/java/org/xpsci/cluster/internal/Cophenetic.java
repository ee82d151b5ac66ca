package org.xpsci.cluster.internal;

/**
 * The cophenetic distances of a linkage tree (SciPy's {@code cophenetic_distances}): for every pair of
 * observations, the height of the node where they first join, in condensed form.
 */
public final class Cophenetic {

    private Cophenetic() {
    }

    /**
     * The condensed cophenetic distances of a valid linkage matrix {@code z} of n observations. In leaf order
     * every cluster's members are contiguous, so each node writes the block of pairs between its two children.
     */
    public static double[] distances(double[] z, int n) {
        double[] out = new double[(int) Condensed.length(n)];
        LeafSpans spans = LeafSpans.of(z, n);
        int[] leaves = spans.leaves();
        int[] size = spans.size();
        int[] start = spans.start();
        for (int r = n - 2; r >= 0; r--) {
            int left = (int) z[4 * r];
            int right = (int) z[4 * r + 1];
            double height = z[4 * r + 2];
            for (int a = start[left]; a < start[left] + size[left]; a++) {
                for (int b = start[right]; b < start[right] + size[right]; b++) {
                    out[(int) Condensed.index(n, leaves[a], leaves[b])] = height;
                }
            }
        }
        return out;
    }
}
