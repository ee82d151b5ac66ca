package org.xpsci.signal.internal;

/** NumPy's median of a run of doubles (NaN if any is NaN; the mean of the middle two for even counts). */
final class MedianSelect {

    private MedianSelect() {
    }

    /** The median of a[from, from + n), reordering those values; n &ge; 1. */
    static double median(double[] a, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (Double.isNaN(a[i])) {
                return Double.NaN;
            }
        }
        int k = n / 2;
        double upper = select(a, from, from + n - 1, from + k);
        if (n % 2 == 1) {
            return upper;
        }
        double lower = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + k; i++) {
            lower = Math.max(lower, a[i]);
        }
        return (lower + upper) / 2;
    }

    /** Hoare's selection: places the k-th smallest of a[lo..hi] at a[k] with smaller values before it. */
    private static double select(double[] a, int lo, int hi, int k) {
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double pivot = medianOfThree(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
