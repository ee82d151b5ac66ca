package org.xpsci.xp.cuda.internal;

import java.util.Arrays;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DlpackTensor;

/**
 * Strided-layout arithmetic of the cuda backend: axis merging before a launch, the packing of the
 * {@code Strided<K>} kernel parameter, broadcast strides and no-copy reshapes. Strides and offsets count
 * elements.
 *
 * @param shape   the iteration shape
 * @param strides one stride array per operand
 */
public record StridedLayout(int[] shape, long[][] strides) {

    /** The most axes a kernel layout holds after merging (XP_MAXD in xp_common.cuh). */
    public static final int MAX_DIMS = 16;

    /**
     * The layout of {@code shape} for operands with the given strides, with axes of length 1 dropped and
     * neighbouring axes merged where every operand steps through them as one (C order is kept, so position i
     * of the merged layout is position i of the original). A 0-d or all-ones shape becomes one axis of length 1.
     */
    public static StridedLayout of(int[] shape, int[]... strides) {
        int k = strides.length;
        int[] s = new int[shape.length];
        long[][] st = new long[k][shape.length];
        int nd = 0;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1) {
                continue;
            }
            if (nd > 0 && mergeable(st, strides, nd - 1, d, shape[d])) {
                s[nd - 1] *= shape[d];
                for (int o = 0; o < k; o++) {
                    st[o][nd - 1] = strides[o][d];
                }
                continue;
            }
            s[nd] = shape[d];
            for (int o = 0; o < k; o++) {
                st[o][nd] = strides[o][d];
            }
            nd++;
        }
        if (nd == 0) {
            return new StridedLayout(new int[] {1}, new long[k][1]);
        }
        long[][] out = new long[k][];
        for (int o = 0; o < k; o++) {
            out[o] = Arrays.copyOf(st[o], nd);
        }
        return new StridedLayout(Arrays.copyOf(s, nd), out);
    }

    /**
     * The layout of {@code shape} with every axis kept (kernels that treat one axis specially need its index),
     * a 0-d shape becoming one axis of length 1.
     */
    public static StridedLayout exact(int[] shape, int[]... strides) {
        if (shape.length == 0) {
            return new StridedLayout(new int[] {1}, new long[strides.length][1]);
        }
        long[][] st = new long[strides.length][];
        for (int o = 0; o < strides.length; o++) {
            st[o] = new long[shape.length];
            for (int d = 0; d < shape.length; d++) {
                st[o][d] = strides[o][d];
            }
        }
        return new StridedLayout(shape.clone(), st);
    }

    private static boolean mergeable(long[][] merged, int[][] strides, int last, int d, int len) {
        for (int o = 0; o < strides.length; o++) {
            if (merged[o][last] != (long) strides[o][d] * len) {
                return false;
            }
        }
        return true;
    }

    /** The number of positions. */
    public long size() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * The kernel parameter {@code Strided<K>}: nd, shape[MAX_DIMS], then MAX_DIMS strides per operand.
     *
     * @throws IllegalArgumentException when more than {@link #MAX_DIMS} axes remain after merging
     */
    public long[] pack() {
        int nd = shape.length;
        if (nd > MAX_DIMS) {
            throw new IllegalArgumentException("the cuda kernels take at most " + MAX_DIMS + " axes that cannot be"
                    + " merged; this layout has " + nd + " (shape " + Arrays.toString(shape) + "); copy the array to"
                    + " a contiguous one first");
        }
        long[] p = new long[1 + MAX_DIMS * (1 + strides.length)];
        p[0] = nd;
        for (int d = 0; d < nd; d++) {
            p[1 + d] = shape[d];
            for (int o = 0; o < strides.length; o++) {
                p[1 + MAX_DIMS * (1 + o) + d] = strides[o][d];
            }
        }
        return p;
    }

    /** C-order strides of {@code shape}. */
    public static int[] contiguous(int[] shape) {
        return DlpackTensor.contiguousStrides(shape);
    }

    /** Whether a layout is C-contiguous (axes of length 1 may have any stride). */
    public static boolean isContiguous(int[] shape, int[] strides) {
        long expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /**
     * The strides of an array of {@code shape}/{@code strides} viewed as broadcast to {@code target}: 0 where
     * the array has length 1 or lacks the axis.
     *
     * @throws IllegalArgumentException when the shape does not broadcast to the target
     */
    public static int[] broadcastStrides(int[] shape, int[] strides, int[] target) {
        if (!Broadcast.broadcastsTo(shape, target)) {
            throw new IllegalArgumentException("shape " + Broadcast.format(shape) + " cannot be broadcast to "
                    + Broadcast.format(target));
        }
        int[] out = new int[target.length];
        int shift = target.length - shape.length;
        for (int i = 0; i < shape.length; i++) {
            out[shift + i] = shape[i] == 1 && target[shift + i] != 1 ? 0 : strides[i];
        }
        return out;
    }

    /**
     * Strides that view the elements with a new shape without copying, or null when the layout does not allow
     * it (NumPy's {@code _attempt_nocopy_reshape}).
     */
    public static int[] reshapeStrides(int[] oldShape, int[] oldStrides, int[] newShape) {
        int oldNd = 0;
        int[] os = new int[oldShape.length];
        int[] ost = new int[oldShape.length];
        for (int i = 0; i < oldShape.length; i++) {
            if (oldShape[i] != 1) {
                os[oldNd] = oldShape[i];
                ost[oldNd] = oldStrides[i];
                oldNd++;
            }
        }
        int newNd = newShape.length;
        int[] nst = new int[newNd];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        while (ni < newNd && oi < oldNd) {
            long np = newShape[ni];
            long op = os[oi];
            while (np != op) {
                if (np < op) {
                    np *= newShape[nj++];
                } else {
                    op *= os[oj++];
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                if (ost[ok] != os[ok + 1] * ost[ok + 1]) {
                    return null;
                }
            }
            nst[nj - 1] = ost[oj - 1];
            for (int nk = nj - 1; nk > ni; nk--) {
                nst[nk - 1] = nst[nk] * newShape[nk];
            }
            ni = nj++;
            oi = oj++;
        }
        int last = ni > 0 ? nst[ni - 1] : 1;
        for (int nk = ni; nk < newNd; nk++) {
            nst[nk] = last;
        }
        return nst;
    }

    /** The lowest and highest element offsets a layout reaches from {@code offset} (size must be > 0). */
    public static long[] extent(int[] shape, int[] strides, long offset) {
        long lo = offset;
        long hi = offset;
        for (int i = 0; i < shape.length; i++) {
            long span = (long) (shape[i] - 1) * strides[i];
            if (span < 0) {
                lo += span;
            } else {
                hi += span;
            }
        }
        return new long[] {lo, hi};
    }
}
