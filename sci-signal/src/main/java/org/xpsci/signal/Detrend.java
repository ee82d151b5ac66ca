package org.xpsci.signal;

import org.xpsci.signal.internal.TrendRemoval;
import org.xpsci.xp.NdArray;

/**
 * {@code scipy.signal.detrend}: removes the mean ({@link DetrendType#CONSTANT}) or the least-squares line of
 * each piece between breakpoints ({@link DetrendType#LINEAR}, the default) along an axis. Float32 and complex
 * data keep their dtype, other dtypes give float64; the input is never modified.
 */
public final class Detrend {

    private Detrend() {
    }

    /** {@code detrend(data)}: the linear trend along the last axis removed. */
    public static NdArray detrend(NdArray data) {
        return detrend(data, -1, DetrendType.LINEAR);
    }

    /** {@code detrend(data, type=type)} along the last axis. */
    public static NdArray detrend(NdArray data, DetrendType type) {
        return detrend(data, -1, type);
    }

    /** {@code detrend(data, axis, type)} without breakpoints. */
    public static NdArray detrend(NdArray data, int axis, DetrendType type) {
        return detrend(data, axis, type, new int[0]);
    }

    /**
     * {@code detrend(data, axis, type, bp)}: with LINEAR, a separate line is fitted to each piece between the
     * sorted breakpoints (0 and the axis length are always breakpoints); CONSTANT ignores them.
     *
     * @param bp breakpoints, each in [0, N] where N is the length of the axis
     * @throws IllegalArgumentException for a breakpoint outside [0, N], in SciPy's words
     * @throws org.xpsci.xp.AxisException when the axis is out of range
     */
    public static NdArray detrend(NdArray data, int axis, DetrendType type, int... bp) {
        if (type == null) {
            throw new IllegalArgumentException("Trend type must be 'linear' or 'constant'; got null");
        }
        return TrendRemoval.detrend(data, axis, type, bp);
    }
}
