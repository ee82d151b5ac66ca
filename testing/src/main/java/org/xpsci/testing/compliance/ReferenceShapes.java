package org.xpsci.testing.compliance;

import java.util.Arrays;

/** The standard's shape rules, written out independently of xp-core: broadcasting and reductions. */
public final class ReferenceShapes {

    private ReferenceShapes() {
    }

    /** The broadcast shape of two shapes, or null when they are incompatible. */
    public static int[] broadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                return null;
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /**
     * The shape after reducing {@code axes} (null: all; negative counts from the end), keeping them as 1 when
     * {@code keepdims}.
     */
    public static int[] reduced(int[] shape, int[] axes, boolean keepdims) {
        boolean[] reduce = new boolean[shape.length];
        if (axes == null) {
            Arrays.fill(reduce, true);
        } else {
            for (int a : axes) {
                reduce[a < 0 ? a + shape.length : a] = true;
            }
        }
        return Arrays.stream(indices(shape.length)).filter(i -> keepdims || !reduce[i])
                .map(i -> reduce[i] ? 1 : shape[i]).toArray();
    }

    /** The number of elements a reduction over {@code axes} combines into each result element. */
    public static long reducedCount(int[] shape, int[] axes) {
        long n = 1;
        if (axes == null) {
            for (int d : shape) {
                n *= d;
            }
            return n;
        }
        for (int a : axes) {
            n *= shape[a < 0 ? a + shape.length : a];
        }
        return n;
    }

    /** The number of elements of a shape. */
    public static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    private static int[] indices(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    /** A shape as NumPy prints it. */
    public static String format(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return b.append(')').toString();
    }
}
