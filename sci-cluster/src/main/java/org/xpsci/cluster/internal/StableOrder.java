package org.xpsci.cluster.internal;

/** The permutation that sorts values ascending, equal values kept in their order (NumPy's mergesort argsort). */
final class StableOrder {

    private StableOrder() {
    }

    /** Indices 0..n-1 ordered by {@code v} (ascending, stable; NaN last). */
    static int[] byValue(double[] v) {
        int n = v.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(v, a, b, lo, mid, hi);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void merge(double[] v, int[] src, int[] dst, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || !before(v[src[j]], v[src[i]]))) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }

    /** Strictly before in NumPy's order (NaN after everything). */
    private static boolean before(double a, double b) {
        return a < b || (!Double.isNaN(a) && Double.isNaN(b));
    }
}
