package org.xpsci.xp;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Shape broadcasting as the array API standard defines it, implemented once for every backend. */
public final class Broadcast {

    private Broadcast() {
    }

    /**
     * The shape that {@code shapes} broadcast to: shapes are aligned on their trailing dimensions, and each
     * dimension must be equal or 1 across them.
     *
     * @throws IllegalArgumentException naming every shape when they are incompatible
     */
    public static int[] shapes(int[]... shapes) {
        int ndim = 0;
        for (int[] s : shapes) {
            ndim = Math.max(ndim, s.length);
        }
        int[] out = new int[ndim];
        Arrays.fill(out, 1);
        for (int[] s : shapes) {
            int shift = ndim - s.length;
            for (int i = 0; i < s.length; i++) {
                int d = s[i];
                int o = out[shift + i];
                if (o == d || d == 1) {
                    continue;
                }
                if (o == 1) {
                    out[shift + i] = d;
                } else {
                    throw incompatible(shapes);
                }
            }
        }
        return out;
    }

    /** The broadcast shape of the arrays' shapes. */
    public static int[] shapes(NdArray... arrays) {
        int[][] s = new int[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            s[i] = arrays[i].shape();
        }
        return shapes(s);
    }

    /**
     * Whether {@code from} broadcasts to exactly {@code to} (the rule of {@code broadcast_to}).
     */
    public static boolean broadcastsTo(int[] from, int[] to) {
        if (from.length > to.length) {
            return false;
        }
        int shift = to.length - from.length;
        for (int i = 0; i < from.length; i++) {
            if (from[i] != 1 && from[i] != to[shift + i]) {
                return false;
            }
        }
        return true;
    }

    /** Formats a shape the way NumPy prints it: {@code (2, 3)}, {@code (4,)}, {@code ()}. */
    public static String format(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    private static IllegalArgumentException incompatible(int[][] shapes) {
        return new IllegalArgumentException("shapes "
                + Arrays.stream(shapes).map(Broadcast::format).collect(Collectors.joining(" "))
                + " cannot be broadcast together: each dimension must be equal or 1");
    }
}
