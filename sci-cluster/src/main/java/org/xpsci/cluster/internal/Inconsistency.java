package org.xpsci.cluster.internal;

/**
 * The inconsistency statistics of a linkage tree (SciPy's {@code inconsistent}): for each node, the mean,
 * standard deviation (ddof 1) and count of the link heights of the non-singleton nodes at most {@code d - 1}
 * levels below it (itself included), and the inconsistency coefficient {@code (height - mean) / std}.
 */
public final class Inconsistency {

    private Inconsistency() {
    }

    /** The (n-1) x 4 statistics (row-major) of a valid linkage matrix {@code z} of n observations. */
    public static double[] statistics(double[] z, int n, int d) {
        int rows = n - 1;
        double[] r = new double[rows * 4];
        int[] stack = new int[n];
        boolean[] visited = new boolean[2 * n - 1];
        for (int i = 0; i < rows; i++) {
            java.util.Arrays.fill(visited, false);
            int k = 0;
            int count = 0;
            double sum = 0;
            double sumSq = 0;
            stack[0] = i;
            // post-order walk (left subtree, right subtree, node), the order SciPy sums in
            while (k >= 0) {
                int root = stack[k];
                if (k < d - 1) {
                    int left = (int) z[4 * root];
                    if (left >= n && !visited[left]) {
                        visited[left] = true;
                        stack[++k] = left - n;
                        continue;
                    }
                    int right = (int) z[4 * root + 1];
                    if (right >= n && !visited[right]) {
                        visited[right] = true;
                        stack[++k] = right - n;
                        continue;
                    }
                }
                double h = z[4 * root + 2];
                count++;
                sum += h;
                sumSq += h * h;
                k--;
            }
            store(r, i, z[4 * i + 2], count, sum, sumSq);
        }
        return r;
    }

    private static void store(double[] r, int i, double height, int count, double sum, double sumSq) {
        r[4 * i] = sum / count;
        r[4 * i + 2] = count;
        double var = count < 2 ? (sumSq - sum * sum) / count : (sumSq - (sum * sum) / count) / (count - 1);
        if (var > 0) {
            double std = Math.sqrt(var);
            r[4 * i + 1] = std;
            r[4 * i + 3] = (height - r[4 * i]) / std;
        }
    }
}
