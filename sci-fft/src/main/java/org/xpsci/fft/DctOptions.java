package org.xpsci.fft;

import org.xpsci.xp.FftNorm;

/**
 * The keyword arguments of scipy.fft's {@code dct, idct, dst, idst}, with SciPy's defaults:
 * {@code type=2, n=None, axis=-1, norm="backward", orthogonalize=None, workers=None}.
 *
 * @param type          the transform type, 1 to 4
 * @param n             transform length: the input is cropped or zero-padded to it; null keeps the input's length
 * @param axis          the axis to transform
 * @param norm          the normalisation mode; null means {@link FftNorm#BACKWARD}
 * @param orthogonalize whether to scale the end terms so the transform matrix is orthogonal; null means
 *                      {@code norm == ORTHO}
 * @param workers       threads for the host fast path, as SciPy's {@code workers}; null is the default
 */
public record DctOptions(int type, Integer n, int axis, FftNorm norm, Boolean orthogonalize, Integer workers) {

    /** SciPy's defaults: type 2 along the last axis, norm "backward". */
    public static DctOptions defaults() {
        return new DctOptions(2, null, -1, FftNorm.BACKWARD, null, null);
    }

    /** A copy with the transform type (1 to 4). */
    public DctOptions withType(int value) {
        return new DctOptions(value, n, axis, norm, orthogonalize, workers);
    }

    /** A copy with the transform length (null keeps the input's length). */
    public DctOptions withN(Integer value) {
        return new DctOptions(type, value, axis, norm, orthogonalize, workers);
    }

    /** A copy transforming along {@code axis}. */
    public DctOptions withAxis(int value) {
        return new DctOptions(type, n, value, norm, orthogonalize, workers);
    }

    /** A copy with the normalisation mode. */
    public DctOptions withNorm(FftNorm value) {
        return new DctOptions(type, n, axis, value, orthogonalize, workers);
    }

    /**
     * A copy with the normalisation mode given by name ("backward", "ortho", "forward").
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public DctOptions withNorm(String value) {
        return withNorm(FftNorm.parse(value));
    }

    /** A copy with {@code orthogonalize} (null: follow the norm). */
    public DctOptions withOrthogonalize(Boolean value) {
        return new DctOptions(type, n, axis, norm, value, workers);
    }

    /** A copy with the number of workers. */
    public DctOptions withWorkers(Integer value) {
        return new DctOptions(type, n, axis, norm, orthogonalize, value);
    }
}
