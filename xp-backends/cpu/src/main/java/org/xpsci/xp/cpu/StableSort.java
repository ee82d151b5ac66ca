package org.xpsci.xp.cpu;

/**
 * A stable sort of {@code long} keys that carries an {@code int} payload (the original positions, for
 * argsort): a merge sort on the two parallel arrays, so keys move with their positions and memory is read
 * sequentially. Equal keys keep their input order. Not thread-safe: one instance (scratch) per worker.
 */
final class StableSort {

    private static final int INSERTION_CUTOFF = 24;

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
        System.arraycopy(keys, 0, auxKeys, 0, n);
        System.arraycopy(idx, 0, auxIdx, 0, n);
        mergeSort(auxKeys, auxIdx, keys, idx, 0, n);
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
