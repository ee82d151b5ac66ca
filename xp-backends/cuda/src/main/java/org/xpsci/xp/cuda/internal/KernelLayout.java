package org.xpsci.xp.cuda.internal;

import java.util.Arrays;

/**
 * The layout a cuda kernel walks: one iteration shape and the strides of each operand over it, with axes
 * merged before a launch, packed as the {@code Strided<K>} kernel parameter. Strides count elements. (The
 * layout arithmetic of views, shared with the cpu backend, is xp-core's
 * {@link org.xpsci.xp.spi.StridedLayout}.)
 *
 * @param shape   the iteration shape
 * @param strides one stride array per operand
 */
public record KernelLayout(int[] shape, long[][] strides) {

    /** The most axes a kernel layout holds after merging (XP_MAXD in xp_common.cuh). */
    public static final int MAX_DIMS = 16;

    /**
     * The layout of {@code shape} for operands with the given strides, with axes of length 1 dropped and
     * neighbouring axes merged where every operand steps through them as one (C order is kept, so position i
     * of the merged layout is position i of the original). A 0-d or all-ones shape becomes one axis of length 1.
     */
    public static KernelLayout of(int[] shape, int[]... strides) {
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
            return new KernelLayout(new int[] {1}, new long[k][1]);
        }
        long[][] out = new long[k][];
        for (int o = 0; o < k; o++) {
            out[o] = Arrays.copyOf(st[o], nd);
        }
        return new KernelLayout(Arrays.copyOf(s, nd), out);
    }

    /**
     * The layout of {@code shape} with every axis kept (kernels that treat one axis specially need its index),
     * a 0-d shape becoming one axis of length 1.
     */
    public static KernelLayout exact(int[] shape, int[]... strides) {
        if (shape.length == 0) {
            return new KernelLayout(new int[] {1}, new long[strides.length][1]);
        }
        long[][] st = new long[strides.length][];
        for (int o = 0; o < strides.length; o++) {
            st[o] = new long[shape.length];
            for (int d = 0; d < shape.length; d++) {
                st[o][d] = strides[o][d];
            }
        }
        return new KernelLayout(shape.clone(), st);
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
}
