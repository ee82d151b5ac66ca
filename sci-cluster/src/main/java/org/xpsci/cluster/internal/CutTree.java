package org.xpsci.cluster.internal;

/**
 * SciPy's {@code cut_tree}: the cluster membership of every observation after each merge of a linkage tree,
 * merges taken in order of height (ties as SciPy's breadth-first {@code insort_left} leaves them), cluster
 * numbers kept contiguous from 0.
 */
public final class CutTree {

    private CutTree() {
    }

    /**
     * Memberships (nobs x columns, row-major) for the given columns: column value c is the membership after c
     * merges, 1 to n - 1. As in SciPy 1.17: when some column asks for 0 merges, the first column (whichever it
     * asks for) receives the unmerged state and the columns asking for 0 merges stay zero unless one of them is the
     * first; a column asking for n or more merges stays zero.
     */
    public static long[] groups(double[] z, int n, int[] columns) {
        int[] order = mergeOrder(z, n);
        LeafSpans spans = LeafSpans.of(z, n);
        int[] leaves = spans.leaves();
        int[] size = spans.size();
        int[] start = spans.start();
        long[] out = new long[n * columns.length];
        long[] last = new long[n];
        for (int i = 0; i < n; i++) {
            last[i] = i;
        }
        // SciPy writes the unmerged state into the first column (not the columns asking for it) when any column
        // asks for 0 merges; later steps overwrite the columns that ask for them
        for (int c : columns) {
            if (c == 0) {
                for (int j = 0; j < n; j++) {
                    out[j * columns.length] = j;
                }
                break;
            }
        }
        for (int step = 0; step < order.length; step++) {
            int node = n + order[step];
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int a = start[node]; a < start[node] + size[node]; a++) {
                min = Math.min(min, last[leaves[a]]);
                max = Math.max(max, last[leaves[a]]);
            }
            long[] next = last.clone();
            for (int a = start[node]; a < start[node] + size[node]; a++) {
                next[leaves[a]] = min;
            }
            for (int j = 0; j < n; j++) {
                if (next[j] > max) {
                    next[j]--;
                }
            }
            store(out, columns, step + 1, next, n);
            last = next;
        }
        return out;
    }

    /** The heights of the merges in the order cut_tree applies them. */
    public static double[] heights(double[] z, int n) {
        int[] order = mergeOrder(z, n);
        double[] h = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            h[i] = z[4 * order[i] + 2];
        }
        return h;
    }

    private static void store(long[] out, int[] columns, int step, long[] group, int n) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == step) {
                for (int j = 0; j < n; j++) {
                    out[j * columns.length + c] = group[j];
                }
            }
        }
    }

    /**
     * Rows of z in SciPy's {@code _order_cluster_tree} order: a breadth-first walk from the root (second child
     * queued first) inserted with {@code insort_left} by height, i.e. sorted by height with equal heights in
     * reverse walk order.
     */
    static int[] mergeOrder(double[] z, int n) {
        int rows = n - 1;
        int[] walk = new int[rows];
        int[] queue = new int[2 * n - 1];
        int head = 0;
        int tail = 0;
        int count = 0;
        queue[tail++] = 2 * n - 2;
        while (head < tail) {
            int node = queue[head++];
            if (node >= n) {
                walk[count++] = node - n;
                queue[tail++] = (int) z[4 * (node - n) + 1];
                queue[tail++] = (int) z[4 * (node - n)];
            }
        }
        double[] h = new double[rows];
        int[] reversed = new int[rows];
        for (int i = 0; i < rows; i++) {
            reversed[i] = walk[rows - 1 - i];
            h[i] = z[4 * reversed[i] + 2];
        }
        int[] byHeight = StableOrder.byValue(h);
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = reversed[byHeight[i]];
        }
        return out;
    }
}
