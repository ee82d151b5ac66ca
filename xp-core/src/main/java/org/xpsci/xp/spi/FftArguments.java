package org.xpsci.xp.spi;

import java.util.Arrays;
import org.xpsci.xp.Axes;

/**
 * The fft extension's argument rules, with SciPy's error messages, for every backend: transform lengths
 * ({@code n}, {@code s}), the axes of n-dimensional transforms, and the sample spacing of fftfreq/rfftfreq.
 */
public final class FftArguments {

    private FftArguments() {
    }

    /**
     * The transform length along an axis: {@code n} when given, else the input's length there.
     *
     * @param param the parameter's name for the message ("n", "s[1]")
     * @throws IllegalArgumentException "invalid number of data points" when the length is below 1
     */
    public static int length(Integer n, int inputLength, int axis, String param) {
        if (n != null && n < 1) {
            throw new IllegalArgumentException("invalid number of data points (" + n + ") specified: " + param
                    + " must be a positive integer");
        }
        int len = n == null ? inputLength : n;
        if (len < 1) {
            throw new IllegalArgumentException("invalid number of data points (" + len + ") specified: x has "
                    + len + " elements along axis " + axis + " (pass " + param + " to zero-pad)");
        }
        return len;
    }

    /**
     * The output length of a complex-to-real transform (irfft, hfft): {@code n} when given, else
     * {@code 2*(m-1)} for {@code m} input points.
     *
     * @throws IllegalArgumentException "invalid number of data points" when the length is below 1
     */
    public static int realOutputLength(Integer n, int inputLength, int axis, String param) {
        if (n != null) {
            return length(n, inputLength, axis, param);
        }
        int len = 2 * (inputLength - 1);
        if (len < 1) {
            throw new IllegalArgumentException("invalid number of data points (" + len + ") specified: the default "
                    + "output length 2*(m-1) needs m >= 2 input points along axis " + axis + "; got m="
                    + inputLength + " (pass " + param + ")");
        }
        return len;
    }

    /**
     * The axes an n-dimensional transform runs over, normalised: {@code axes} when given (then {@code s}, if
     * given, must have the same length), else the last {@code len(s)} axes, else every axis.
     *
     * @throws IllegalArgumentException when s and axes differ in length, s is longer than the rank, or an axis
     *                                  is out of range or repeated
     */
    public static int[] resolve(int[] s, int[] axes, int ndim) {
        if (axes == null) {
            if (s == null) {
                return Axes.normalize(null, ndim);
            }
            if (s.length > ndim) {
                throw new IllegalArgumentException("s has " + s.length + " entries " + Arrays.toString(s)
                        + " but x has only " + ndim + " dimensions; pass at most " + ndim + " lengths");
            }
            int[] last = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                last[i] = ndim - s.length + i;
            }
            return last;
        }
        if (s != null && s.length != axes.length) {
            throw new IllegalArgumentException("when given, axes and shape arguments have to be of the same length;"
                    + " got s=" + Arrays.toString(s) + " and axes=" + Arrays.toString(axes));
        }
        return Axes.normalize(axes, ndim);
    }

    /** Entry {@code i} of {@code s} as a length request: null when s is absent or the entry is -1 (keep). */
    public static Integer entry(int[] s, int i) {
        if (s == null || s[i] == -1) {
            return null;
        }
        return s[i];
    }

    /**
     * The frequency step {@code 1/(n*d)} of fftfreq and rfftfreq.
     *
     * @throws IllegalArgumentException when n is below 1, or d is zero or NaN
     */
    public static double frequencyStep(int n, double d) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be a positive integer (the window length); got " + n);
        }
        if (d == 0 || Double.isNaN(d)) {
            throw new IllegalArgumentException("d must be a non-zero sample spacing; got " + d);
        }
        return 1.0 / (n * d);
    }
}
