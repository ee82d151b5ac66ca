package org.xpsci.fft.internal;

import java.util.Arrays;
import org.xpsci.xp.Axes;

/**
 * The axes and lengths an n-dimensional DCT/DST runs over, resolved with SciPy's rules
 * ({@code _init_nd_shape_and_axes}): {@code axes} when given (then {@code s}, when given, must have the same
 * length), else the last {@code len(s)} axes, else every axis; {@code s[i] = -1} keeps that axis' length.
 *
 * @param axes    the normalised axes
 * @param lengths the transform length along each of them
 */
public record TransformAxes(int[] axes, int[] lengths) {

    /**
     * Resolves {@code s} and {@code axes} for an array of {@code shape}.
     *
     * @throws IllegalArgumentException for mismatched lengths, too many lengths, axes out of range or repeated,
     *                                  and lengths below 1 ("invalid number of data points")
     */
    public static TransformAxes resolve(int[] s, int[] axes, int[] shape) {
        int ndim = shape.length;
        int[] ax;
        if (axes != null) {
            if (s != null && s.length != axes.length) {
                throw new IllegalArgumentException("when given, axes and shape arguments have to be of the same"
                        + " length; got s=" + Arrays.toString(s) + " and axes=" + Arrays.toString(axes));
            }
            ax = Axes.normalize(axes, ndim);
        } else if (s != null) {
            if (s.length > ndim) {
                throw new IllegalArgumentException("shape requires more axes than are present: s="
                        + Arrays.toString(s) + " has " + s.length + " entries, x has " + ndim + " dimensions");
            }
            ax = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                ax[i] = ndim - s.length + i;
            }
        } else {
            ax = Axes.normalize(null, ndim);
        }
        int[] len = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            len[i] = s == null || s[i] == -1 ? shape[ax[i]] : s[i];
            if (len[i] < 1) {
                throw new IllegalArgumentException("invalid number of data points (" + len[i] + ") specified along"
                        + " axis " + ax[i] + (s == null || s[i] == -1 ? " (x has no elements there)" : " (s["
                        + i + "]); lengths must be positive"));
            }
        }
        return new TransformAxes(ax, len);
    }

    /**
     * The one-axis case: {@code n} (null keeps the length) along {@code axis}.
     *
     * @throws IllegalArgumentException for a 0-d array, an axis out of range or a length below 1
     */
    public static TransformAxes one(Integer n, int axis, int[] shape) {
        int ax = Axes.normalize(axis, shape.length);
        int len = n == null ? shape[ax] : n;
        if (len < 1) {
            throw new IllegalArgumentException("invalid number of data points (" + len + ") specified"
                    + (n == null ? ": x has no elements along axis " + ax : ": n must be a positive integer"));
        }
        return new TransformAxes(new int[] {ax}, new int[] {len});
    }

    /** The shape after cropping or zero-padding {@code shape} to the lengths. */
    public int[] outputShape(int[] shape) {
        int[] out = shape.clone();
        for (int i = 0; i < axes.length; i++) {
            out[axes[i]] = lengths[i];
        }
        return out;
    }
}
