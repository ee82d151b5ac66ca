package org.xpsci.testing.compliance;

import java.util.function.BiFunction;

/**
 * Reference computations on generated arrays, in plain Java, for the value checks of the suite: reductions
 * over axes and C-order index arithmetic.
 */
public final class Reference {

    private Reference() {
    }

    /** The C-order strides (in elements) of a shape. */
    public static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= Math.max(shape[i], 1);
        }
        return s;
    }

    /** The multi-index of flat position {@code flat} in a shape. */
    public static int[] unravel(int flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = shape[d] == 0 ? 0 : flat % shape[d];
            flat = shape[d] == 0 ? 0 : flat / shape[d];
        }
        return idx;
    }

    /**
     * Reduces element values over {@code axes} (null: all): each output element (C order, reduced axes
     * dropped) is the fold of {@code combine} over its inputs in C order, starting from {@code initial}.
     */
    public static <T> T[] reduce(int[] shape, int[] axes, T[] values, T initial, BiFunction<T, T, T> combine,
                                 T[] out) {
        boolean[] reduced = new boolean[shape.length];
        if (axes == null) {
            java.util.Arrays.fill(reduced, true);
        } else {
            for (int a : axes) {
                reduced[a < 0 ? a + shape.length : a] = true;
            }
        }
        java.util.Arrays.fill(out, initial);
        int[] outShape = ReferenceShapes.reduced(shape, axes, false);
        int[] outStrides = strides(outShape);
        for (int i = 0; i < values.length; i++) {
            int[] idx = unravel(i, shape);
            int o = 0;
            for (int d = 0, k = 0; d < shape.length; d++) {
                if (!reduced[d]) {
                    o += idx[d] * outStrides[k++];
                }
            }
            out[o] = combine.apply(out[o], values[i]);
        }
        return out;
    }
}
