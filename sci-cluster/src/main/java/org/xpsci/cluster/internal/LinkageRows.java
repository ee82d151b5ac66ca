package org.xpsci.cluster.internal;

/**
 * Finishes a linkage matrix built in merge order by an algorithm that does not produce SciPy's conventions (the
 * minimum spanning tree and the nearest-neighbour chain): rows are sorted by distance (stable, as NumPy's
 * mergesort), then the cluster ids are relabelled with a union-find so that row k forms cluster n + k, each row
 * lists the smaller id first and carries the size of the new cluster.
 */
final class LinkageRows {

    private LinkageRows() {
    }

    /** Sorts the rows of {@code z} ((n-1) x 4, row-major) by column 2 and relabels them. */
    static double[] sortAndLabel(double[] z, int n) {
        int rows = n - 1;
        int[] order = StableOrder.byValue(FlatClusters.column(z, rows, 2));
        double[] out = new double[z.length];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(z, 4 * order[i], out, 4 * i, 4);
        }
        label(out, n);
        return out;
    }

    /** SciPy's {@code label}: cluster ids through a union-find over the merges in row order. */
    private static void label(double[] z, int n) {
        int[] parent = new int[2 * n - 1];
        int[] size = new int[2 * n - 1];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        int next = n;
        for (int i = 0; i < n - 1; i++) {
            int xr = find(parent, (int) z[4 * i]);
            int yr = find(parent, (int) z[4 * i + 1]);
            z[4 * i] = Math.min(xr, yr);
            z[4 * i + 1] = Math.max(xr, yr);
            parent[xr] = next;
            parent[yr] = next;
            size[next] = size[xr] + size[yr];
            z[4 * i + 3] = size[next];
            next++;
        }
    }

    private static int find(int[] parent, int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int up = parent[x];
            parent[x] = root;
            x = up;
        }
        return root;
    }
}
