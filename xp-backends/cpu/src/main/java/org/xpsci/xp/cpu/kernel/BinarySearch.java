package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.HostBuffer;

/**
 * {@code searchsorted}: insertion points of values into sorted keys, by binary search in the order NumPy sorts
 * in: NaN after every number; complex numbers lexicographically (real part, then imaginary part) with NaN
 * parts last; unsigned integers unsigned.
 */
public final class BinarySearch {

    private BinarySearch() {
    }

    /**
     * Writes into {@code out} (C order over the values' shape) the index at which each value would be inserted
     * into the keys.
     *
     * @param keys   the one-dimensional sorted keys (or keys that {@code sorter} sorts)
     * @param sorter positions that sort the keys, already checked to be in range, or null
     * @param values the values to look up
     * @param kind   the kind both are compared in: DOUBLE, COMPLEX, LONG (signed and bool) or ULONG
     * @param right  whether equal keys go before the insertion point (side "right") rather than after
     */
    public static void run(HostBuffer keys, long[] sorter, HostBuffer values, Kind kind, boolean right, long[] out) {
        Object k = load(keys, sorter, kind);
        int n = keys.shape()[0];
        int[] shape = values.shape();
        StridedLoop.run(shape, new int[][] {DlpackTensor.contiguousStrides(shape), values.strides()},
                new int[] {0, values.offset()}, Parallel.EXPENSIVE_GRAIN, () -> {
                    BlockInput in = new BlockInput(values.data(), values.dtype(), kind);
                    return (offs, st, m) -> {
                        Object v = Runs.read(in, offs[1], st[1], m);
                        int at = in.at();
                        for (int i = 0; i < m; i++) {
                            out[offs[0] + i * st[0]] = search(kind, k, n, v, at + i, right);
                        }
                    };
                });
    }

    /** The keys in the compute kind, contiguous, in sorter order when there is one. */
    private static Object load(HostBuffer keys, long[] sorter, Kind kind) {
        int n = keys.shape()[0];
        int stride = keys.strides()[0];
        int w = kind == Kind.COMPLEX ? 2 : 1;
        Object raw = kind == Kind.DOUBLE || kind == Kind.COMPLEX ? new double[w * n] : new long[n];
        switch (kind) {
            case DOUBLE -> Loader.toDouble(keys.data(), keys.dtype(), keys.offset(), stride, n, (double[]) raw);
            case COMPLEX -> Loader.toComplex(keys.data(), keys.dtype(), keys.offset(), stride, n, (double[]) raw);
            default -> Loader.toLong(keys.data(), keys.dtype(), keys.offset(), stride, n, (long[]) raw);
        }
        if (sorter == null) {
            return raw;
        }
        Object sorted = java.lang.reflect.Array.newInstance(raw.getClass().getComponentType(), w * n);
        for (int i = 0; i < n; i++) {
            System.arraycopy(raw, (int) (w * sorter[i]), sorted, w * i, w);
        }
        return sorted;
    }

    private static long search(Kind kind, Object keys, int n, Object v, int i, boolean right) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean goRight = right ? !less(kind, v, i, keys, mid) : less(kind, keys, mid, v, i);
            if (goRight) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether element i of a sorts before element j of b (both arrays of the kind's storage). */
    private static boolean less(Kind kind, Object a, int i, Object b, int j) {
        return switch (kind) {
            case DOUBLE -> less(((double[]) a)[i], ((double[]) b)[j]);
            case COMPLEX -> lessComplex(((double[]) a)[2 * i], ((double[]) a)[2 * i + 1], ((double[]) b)[2 * j],
                    ((double[]) b)[2 * j + 1]);
            case ULONG -> Long.compareUnsigned(((long[]) a)[i], ((long[]) b)[j]) < 0;
            default -> ((long[]) a)[i] < ((long[]) b)[j];
        };
    }

    /** NumPy's real order: NaN after everything else. */
    static boolean less(double a, double b) {
        return a < b || (b != b && a == a);
    }

    /** NumPy's complex order: lexicographic, NaN parts last. */
    static boolean lessComplex(double ar, double ai, double br, double bi) {
        if (ar < br) {
            return ai == ai || bi != bi;
        }
        if (ar > br) {
            return bi != bi && ai == ai;
        }
        if (ar == br || (ar != ar && br != br)) {
            return ai < bi || (bi != bi && ai == ai);
        }
        return br != br;
    }
}
