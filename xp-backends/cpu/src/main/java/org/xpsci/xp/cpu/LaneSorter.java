package org.xpsci.xp.cpu;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * Sorts one lane (n elements {@code stride} apart) at a time, with scratch sized for the longest lane: the
 * values themselves for {@code sort} of real dtypes ({@link Arrays#sort} on a primitive copy, then -0.0/0.0
 * put back in input order), or a stable argsort of {@link SortKeys} for {@code argsort}, complex values and
 * unique. Every sort is stable; descending sorts keep equal elements in input order too (the standard's
 * rule), which puts NaNs first. Not thread-safe: one per worker.
 */
final class LaneSorter {

    private final DType dtype;
    private final boolean complex;
    private final long[] keys;
    private final int[] idx;
    private final double[] values;
    private final long[] group;
    private final long[] second;
    private final long[] tmp;
    private final double[] permuted;
    private final StableSort sorter = new StableSort();
    private final boolean parallel;

    /**
     * A sorter for lanes of {@code dtype} up to {@code n} elements long; {@code parallel} lets value sorts of
     * real dtypes use every core (for one long lane).
     */
    LaneSorter(DType dtype, int n, boolean parallel) {
        this.dtype = dtype;
        this.parallel = parallel;
        this.complex = dtype.isComplexFloating();
        this.keys = new long[n];
        this.idx = new int[n];
        this.values = new double[complex ? 2 * n : n];
        this.group = complex ? new long[n] : null;
        this.second = complex ? new long[n] : null;
        this.tmp = complex ? new long[n] : null;
        this.permuted = complex ? new double[2 * n] : null;
    }

    /** The positions of the last {@link #argsort}, in sorted order. */
    int[] positions() {
        return idx;
    }

    /**
     * Stable argsort of one lane into {@link #positions()}. For real dtypes the keys are left sorted in
     * {@link #sortedKeys()}; for complex dtypes {@link #isRunBreak} compares neighbours.
     */
    void argsort(Object data, int off, int stride, int n, boolean descending) {
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (!complex) {
            SortKeys.load(data, dtype, off, stride, n, keys, values);
            if (descending) {
                SortKeys.invert(keys, n);
            }
            sorter.sort(keys, idx, n);
            return;
        }
        SortKeys.loadComplex(data, dtype, off, stride, n, group, keys, second, values);
        if (descending) {
            SortKeys.invert(group, n);
            SortKeys.invert(keys, n);
            SortKeys.invert(second, n);
        }
        // least significant key first: each stable pass keeps the order of the previous ones among its ties
        sortBy(second, n);
        sortBy(keys, n);
        sortBy(group, n);
    }

    private void sortBy(long[] k, int n) {
        for (int i = 0; i < n; i++) {
            tmp[i] = k[idx[i]];
        }
        sorter.sort(tmp, idx, n);
    }

    /** For real dtypes after {@link #argsort}: the keys in sorted order. */
    long[] sortedKeys() {
        return keys;
    }

    /**
     * After {@link #argsort}: whether sorted element i differs from sorted element i-1 for unique, where every
     * NaN (a complex number with a NaN part) is distinct.
     */
    boolean isRunBreak(int i) {
        if (!complex) {
            return keys[i] != keys[i - 1] || (dtype.isRealFloating() && keys[i] == SortKeys.NAN_KEY);
        }
        int a = idx[i - 1];
        int b = idx[i];
        return group[a] != 0 || group[b] != 0 || keys[a] != keys[b] || second[a] != second[b];
    }

    /** Sorts one lane's values from the source layout into the destination layout (same dtype). */
    void sortValues(Object src, int srcOff, int srcStride, Object dst, int dstOff, int dstStride, int n,
                    boolean descending) {
        if (complex) {
            argsort(src, srcOff, srcStride, n, descending);
            Loader.toComplex(src, dtype, srcOff, srcStride, n, values);
            for (int i = 0; i < n; i++) {
                permuted[2 * i] = values[2 * idx[i]];
                permuted[2 * i + 1] = values[2 * idx[i] + 1];
            }
            Loader.fromComplex(permuted, n, dst, dtype, dstOff, dstStride);
        } else if (dtype.isRealFloating()) {
            Loader.toDouble(src, dtype, srcOff, srcStride, n, values);
            double[] zeros = zerosInOrder(n);
            if (parallel) {
                Arrays.parallelSort(values, 0, n);
            } else {
                Arrays.sort(values, 0, n);
            }
            if (descending) {
                reverse(values, n);
            }
            if (zeros != null) {
                restoreZeros(n, zeros);
            }
            Loader.fromDouble(values, n, dst, dtype, dstOff, dstStride);
        } else {
            Loader.toLong(src, dtype, srcOff, srcStride, n, keys);
            long flip = dtype == DType.UINT64 ? Long.MIN_VALUE : 0;
            flip(keys, n, flip);
            if (StableSort.countingSort(keys, n)) {
                // small value range (labels, bool): counted in O(n)
            } else if (parallel) {
                Arrays.parallelSort(keys, 0, n);
            } else {
                Arrays.sort(keys, 0, n);
            }
            flip(keys, n, flip);
            if (descending) {
                reverse(keys, n);
            }
            Loader.fromLong(keys, n, dst, dtype, dstOff, dstStride);
        }
    }

    /** The zeros of values[0..n) in input order, or null when their signs need no restoring. */
    private double[] zerosInOrder(int n) {
        int zeros = 0;
        int negative = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] == 0) {
                zeros++;
                if (Double.doubleToRawLongBits(values[i]) != 0) {
                    negative++;
                }
            }
        }
        if (negative == 0 || negative == zeros) {
            return null;
        }
        double[] z = new double[zeros];
        for (int i = 0, j = 0; i < n; i++) {
            if (values[i] == 0) {
                z[j++] = values[i];
            }
        }
        return z;
    }

    /** Rewrites the (contiguous) run of zeros of the sorted values with the zeros in input order. */
    private void restoreZeros(int n, double[] zeros) {
        int start = 0;
        while (start < n && values[start] != 0) {
            start++;
        }
        System.arraycopy(zeros, 0, values, start, zeros.length);
    }

    private static void flip(long[] a, int n, long mask) {
        if (mask != 0) {
            for (int i = 0; i < n; i++) {
                a[i] ^= mask;
            }
        }
    }

    private static void reverse(double[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void reverse(long[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
