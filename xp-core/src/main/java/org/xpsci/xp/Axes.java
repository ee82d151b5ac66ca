package org.xpsci.xp;

/** Axis normalisation shared by every backend and consumer: negative axes count from the end. */
public final class Axes {

    private Axes() {
    }

    /**
     * Normalises {@code axis} for an array of rank {@code ndim} to the range [0, ndim).
     *
     * @throws AxisException when the axis is out of range
     */
    public static int normalize(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new AxisException("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /**
     * Normalises several axes; {@code null} means every axis, in order.
     *
     * @throws AxisException when an axis is out of range or repeated
     */
    public static int[] normalize(int[] axes, int ndim) {
        if (axes == null) {
            int[] all = new int[ndim];
            for (int i = 0; i < ndim; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[axes.length];
        boolean[] seen = new boolean[ndim];
        for (int i = 0; i < axes.length; i++) {
            int a = normalize(axes[i], ndim);
            if (seen[a]) {
                throw new AxisException("repeated axis " + axes[i] + " in axes " + java.util.Arrays.toString(axes));
            }
            seen[a] = true;
            out[i] = a;
        }
        return out;
    }

    /** A membership mask of length {@code ndim} for already normalised axes. */
    public static boolean[] mask(int[] normalizedAxes, int ndim) {
        boolean[] m = new boolean[ndim];
        for (int a : normalizedAxes) {
            m[a] = true;
        }
        return m;
    }

    /** The shape left after reducing {@code axes} (normalised), keeping them as 1 when {@code keepdims}. */
    public static int[] reducedShape(int[] shape, int[] axes, boolean keepdims) {
        boolean[] m = mask(axes, shape.length);
        int n = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!m[i] || keepdims) {
                n++;
            }
        }
        int[] out = new int[n];
        int j = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!m[i]) {
                out[j++] = shape[i];
            } else if (keepdims) {
                out[j++] = 1;
            }
        }
        return out;
    }

    /** The product of the dimensions (1 for a 0-d shape). */
    public static long size(int[] shape) {
        long s = 1;
        for (int d : shape) {
            s *= d;
        }
        return s;
    }
}
