package org.xpsci.xp.cpu;

/**
 * A stable sort of {@code long} keys that carries an {@code int} payload (the original positions, for
 * argsort): keys move with their positions. Keys spanning a small range (integer labels, bool) are counted;
 * otherwise short runs use a merge sort (sequential memory access) and long ones an LSD radix sort on 11-bit
 * digits, skipping digits that every key shares. Equal keys keep their input order. Not thread-safe: one
 * instance (scratch) per worker.
 */
final class StableSort {

    private static final int INSERTION_CUTOFF = 24;
    /** Runs at least this long are radix sorted. */
    private static final int RADIX_MIN = 1 << 13;
    /** Runs at least this long are counted when their keys span a small range. */
    private static final int COUNTING_MIN = 64;
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int PASSES = (64 + BITS - 1) / BITS;

    private long[] auxKeys = new long[0];
    private int[] auxIdx = new int[0];

    /** Sorts keys[0..n) ascending, applying the same permutation to idx[0..n). */
    void sort(long[] keys, int[] idx, int n) {
        if (n < 2) {
            return;
        }
        if (auxKeys.length < n) {
            auxKeys = new long[n];
            auxIdx = new int[n];
        }
        Histogram h = Histogram.of(keys, n);
        if (h != null) {
            for (int i = 0; i < n; i++) {
                int at = h.starts[(int) (keys[i] - h.min)]++;
                auxKeys[at] = keys[i];
                auxIdx[at] = idx[i];
            }
            System.arraycopy(auxKeys, 0, keys, 0, n);
            System.arraycopy(auxIdx, 0, idx, 0, n);
            return;
        }
        if (n >= RADIX_MIN) {
            radixSort(keys, idx, n);
            return;
        }
        System.arraycopy(keys, 0, auxKeys, 0, n);
        System.arraycopy(idx, 0, auxIdx, 0, n);
        mergeSort(auxKeys, auxIdx, keys, idx, 0, n);
    }

    /**
     * Sorts keys[0..n) in place by counting when they span a small range (at most 2n + 1024 values); returns
     * false, doing nothing, otherwise.
     */
    static boolean countingSort(long[] keys, int n) {
        Histogram h = Histogram.of(keys, n);
        if (h == null) {
            return false;
        }
        for (int b = 0, at = 0; b < h.starts.length - 1; b++) {
            int end = h.starts[b + 1];
            java.util.Arrays.fill(keys, at, end, h.min + b);
            at = end;
        }
        return true;
    }

    /**
     * Where each key value's run starts in sorted order, for keys spanning a small range.
     *
     * @param min    the smallest key
     * @param starts for key value min + b, the position of its first element; one more entry than values
     */
    private record Histogram(long min, int[] starts) {

        /** The histogram of keys[0..n), or null when they span more than 2n + 1024 values (or n is tiny). */
        static Histogram of(long[] keys, int n) {
            if (n < COUNTING_MIN) {
                return null;
            }
            long min = keys[0];
            long max = keys[0];
            for (int i = 1; i < n; i++) {
                min = Math.min(min, keys[i]);
                max = Math.max(max, keys[i]);
            }
            long range = max - min;
            if (range < 0 || range > 2L * n + 1024) {
                return null;
            }
            int[] c = new int[(int) range + 2];
            for (int i = 0; i < n; i++) {
                c[(int) (keys[i] - min) + 1]++;
            }
            for (int b = 1; b < c.length; b++) {
                c[b] += c[b - 1];
            }
            return new Histogram(min, c);
        }
    }

    /** LSD radix sort of the keys as unsigned after flipping the sign bit (so signed order is kept). */
    private void radixSort(long[] keys, int[] idx, int n) {
        int[][] counts = new int[PASSES][BUCKETS];
        for (int i = 0; i < n; i++) {
            long k = keys[i] ^ Long.MIN_VALUE;
            for (int p = 0; p < PASSES; p++) {
                counts[p][(int) (k >>> (p * BITS)) & (BUCKETS - 1)]++;
            }
        }
        long[] srcK = keys;
        int[] srcI = idx;
        long[] dstK = auxKeys;
        int[] dstI = auxIdx;
        int[] next = new int[BUCKETS];
        for (int p = 0; p < PASSES; p++) {
            int shift = p * BITS;
            int[] c = counts[p];
            if (c[(int) ((srcK[0] ^ Long.MIN_VALUE) >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every key has this digit
            }
            for (int b = 0, sum = 0; b < BUCKETS; b++) {
                next[b] = sum;
                sum += c[b];
            }
            for (int i = 0; i < n; i++) {
                long k = srcK[i];
                int at = next[(int) ((k ^ Long.MIN_VALUE) >>> shift) & (BUCKETS - 1)]++;
                dstK[at] = k;
                dstI[at] = srcI[i];
            }
            long[] tk = srcK;
            srcK = dstK;
            dstK = tk;
            int[] ti = srcI;
            srcI = dstI;
            dstI = ti;
        }
        if (srcK != keys) {
            System.arraycopy(srcK, 0, keys, 0, n);
            System.arraycopy(srcI, 0, idx, 0, n);
        }
    }

    /**
     * Sorts [lo, hi) into dst, using src (which holds the same elements there) as scratch: the halves are
     * sorted into src, then merged into dst.
     */
    private static void mergeSort(long[] srcK, int[] srcI, long[] dstK, int[] dstI, int lo, int hi) {
        if (hi - lo <= INSERTION_CUTOFF) {
            insertionSort(dstK, dstI, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(dstK, dstI, srcK, srcI, lo, mid);
        mergeSort(dstK, dstI, srcK, srcI, mid, hi);
        if (srcK[mid - 1] <= srcK[mid]) {
            System.arraycopy(srcK, lo, dstK, lo, hi - lo);
            System.arraycopy(srcI, lo, dstI, lo, hi - lo);
            return;
        }
        int p = lo;
        int q = mid;
        for (int i = lo; i < hi; i++) {
            if (q >= hi || (p < mid && srcK[p] <= srcK[q])) {
                dstK[i] = srcK[p];
                dstI[i] = srcI[p++];
            } else {
                dstK[i] = srcK[q];
                dstI[i] = srcI[q++];
            }
        }
    }

    private static void insertionSort(long[] k, int[] v, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            long key = k[i];
            int val = v[i];
            int j = i - 1;
            while (j >= lo && k[j] > key) {
                k[j + 1] = k[j];
                v[j + 1] = v[j];
                j--;
            }
            k[j + 1] = key;
            v[j + 1] = val;
        }
    }
}
