package org.xpsci.fft;

import java.util.Arrays;
import java.util.Objects;
import org.xpsci.xp.FftNorm;

/**
 * The keyword arguments of scipy.fft's n-dimensional transforms ({@code fftn, rfftn, hfftn, ...} and the
 * {@code *2} variants), with SciPy's defaults: {@code s=None, axes=None, norm="backward", workers=None}. The
 * {@code *2} functions read null axes as {@code (-2, -1)}.
 *
 * @param s       lengths along the transformed axes (-1 keeps an axis' length; for the last axis of irfftn and
 *                hfftn it is the output length); null keeps every length
 * @param axes    the axes to transform; null means the last {@code len(s)} axes, or all
 * @param norm    the normalisation mode; null means {@link FftNorm#BACKWARD}
 * @param workers threads for host fast paths, as SciPy's {@code workers} (see {@link Fft}); null is the default
 */
public record FftnOptions(int[] s, int[] axes, FftNorm norm, Integer workers) {

    /** Copies the arrays, so later changes to the caller's arrays do not leak in. */
    public FftnOptions {
        s = s == null ? null : s.clone();
        axes = axes == null ? null : axes.clone();
    }

    /** SciPy's defaults: {@code s=None, axes=None, norm="backward", workers=None}. */
    public static FftnOptions defaults() {
        return new FftnOptions(null, null, FftNorm.BACKWARD, null);
    }

    /** The lengths (a copy), or null. */
    @Override
    public int[] s() {
        return s == null ? null : s.clone();
    }

    /** The axes (a copy), or null. */
    @Override
    public int[] axes() {
        return axes == null ? null : axes.clone();
    }

    /** A copy with the lengths {@code s}. */
    public FftnOptions withS(int... value) {
        return new FftnOptions(value, axes, norm, workers);
    }

    /** A copy transforming over {@code axes}. */
    public FftnOptions withAxes(int... value) {
        return new FftnOptions(s, value, norm, workers);
    }

    /** A copy with the normalisation mode. */
    public FftnOptions withNorm(FftNorm value) {
        return new FftnOptions(s, axes, value, workers);
    }

    /**
     * A copy with the normalisation mode given by name ("backward", "ortho", "forward").
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public FftnOptions withNorm(String value) {
        return withNorm(FftNorm.parse(value));
    }

    /** A copy with the number of workers. */
    public FftnOptions withWorkers(Integer value) {
        return new FftnOptions(s, axes, norm, value);
    }

    /** These options with axes {@code (-2, -1)} when none are given (the {@code *2} functions). */
    FftnOptions twoDimensional() {
        return axes != null ? this : new FftnOptions(s, new int[] {-2, -1}, norm, workers);
    }

    /** Equal when every option is equal (arrays by content). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FftnOptions o && Arrays.equals(s, o.s) && Arrays.equals(axes, o.axes)
                && norm == o.norm && Objects.equals(workers, o.workers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(s), Arrays.hashCode(axes), norm, workers);
    }

    @Override
    public String toString() {
        return "FftnOptions[s=" + Arrays.toString(s) + ", axes=" + Arrays.toString(axes) + ", norm=" + norm
                + ", workers=" + workers + "]";
    }
}
