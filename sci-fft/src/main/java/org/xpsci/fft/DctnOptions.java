package org.xpsci.fft;

import java.util.Arrays;
import java.util.Objects;
import org.xpsci.xp.FftNorm;

/**
 * The keyword arguments of scipy.fft's {@code dctn, idctn, dstn, idstn}, with SciPy's defaults:
 * {@code type=2, s=None, axes=None, norm="backward", orthogonalize=None, workers=None}.
 *
 * @param type          the transform type, 1 to 4
 * @param s             lengths along the transformed axes (-1 keeps an axis' length); null keeps every length
 * @param axes          the axes to transform; null means the last {@code len(s)} axes, or all
 * @param norm          the normalisation mode; null means {@link FftNorm#BACKWARD}
 * @param orthogonalize whether to scale the end terms so the transform is orthogonal; null means
 *                      {@code norm == ORTHO}
 * @param workers       threads for the host fast path, as SciPy's {@code workers}; null is the default
 */
public record DctnOptions(int type, int[] s, int[] axes, FftNorm norm, Boolean orthogonalize, Integer workers) {

    /** Copies the arrays, so later changes to the caller's arrays do not leak in. */
    public DctnOptions {
        s = s == null ? null : s.clone();
        axes = axes == null ? null : axes.clone();
    }

    /** SciPy's defaults: type 2 over every axis, norm "backward". */
    public static DctnOptions defaults() {
        return new DctnOptions(2, null, null, FftNorm.BACKWARD, null, null);
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

    /** A copy with the transform type (1 to 4). */
    public DctnOptions withType(int value) {
        return new DctnOptions(value, s, axes, norm, orthogonalize, workers);
    }

    /** A copy with the lengths {@code s}. */
    public DctnOptions withS(int... value) {
        return new DctnOptions(type, value, axes, norm, orthogonalize, workers);
    }

    /** A copy transforming over {@code axes}. */
    public DctnOptions withAxes(int... value) {
        return new DctnOptions(type, s, value, norm, orthogonalize, workers);
    }

    /** A copy with the normalisation mode. */
    public DctnOptions withNorm(FftNorm value) {
        return new DctnOptions(type, s, axes, value, orthogonalize, workers);
    }

    /**
     * A copy with the normalisation mode given by name ("backward", "ortho", "forward").
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public DctnOptions withNorm(String value) {
        return withNorm(FftNorm.parse(value));
    }

    /** A copy with {@code orthogonalize} (null: follow the norm). */
    public DctnOptions withOrthogonalize(Boolean value) {
        return new DctnOptions(type, s, axes, norm, value, workers);
    }

    /** A copy with the number of workers. */
    public DctnOptions withWorkers(Integer value) {
        return new DctnOptions(type, s, axes, norm, orthogonalize, value);
    }

    /** Equal when every option is equal (arrays by content). */
    @Override
    public boolean equals(Object other) {
        return other instanceof DctnOptions o && type == o.type && Arrays.equals(s, o.s)
                && Arrays.equals(axes, o.axes) && norm == o.norm && Objects.equals(orthogonalize, o.orthogonalize)
                && Objects.equals(workers, o.workers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(s), Arrays.hashCode(axes), norm, orthogonalize, workers);
    }

    @Override
    public String toString() {
        return "DctnOptions[type=" + type + ", s=" + Arrays.toString(s) + ", axes=" + Arrays.toString(axes)
                + ", norm=" + norm + ", orthogonalize=" + orthogonalize + ", workers=" + workers + "]";
    }
}
